/**
 * The Excel host over a fake Excel whose cells compute on IronCalc, where it differs from the
 * preview: the named cells reached through their defined names (a name deleted in Name Manager),
 * a protected sheet, and the analyst's edits heard through Excel's change events. What both
 * hosts share (the state read, a slider change and their round trips) is in test/contract/.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ExcelHost } from "../../src/excel/excelHost";
import { INPUT_IDS } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn as sharedHostOn, refusal } from "./support/hostOn";

const PLAN = buildPlan();

/** Typed edits are read at once here, so change tests need no waiting. */
function hostOn(excel: FakeExcel): ExcelHost {
  return sharedHostOn(excel, { changeDelayMs: 0 });
}

/** Where a named input lives on the Inputs sheet, e.g. "B6". */
function inputCell(id: (typeof INPUT_IDS)[number]): string {
  return PLAN.inputCells[id].address;
}

let loaded: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  loaded = new FakeExcel();
  await hostOn(loaded).loadArticle({ resetInputs: false });
});

describe("reading the workbook", () => {
  it("reports an input whose name was deleted, reads the rest, and a reload repairs it", async () => {
    const excel = loaded.copy();
    excel.deleteName("in_FundingUsd");
    const host = hostOn(excel);
    const state = await host.readState();
    expect(state.loaded).toBe(true);
    expect(state.inputs.fundingUsd).toBeUndefined();
    expect(state.inputs.valuationUsd).toBe(300e9);
    const [problem] = state.problems.filter((p) => p.code === "damaged");
    expect(problem?.message).toMatch(/"Funding round" has lost its name in_FundingUsd/);
    expect(problem?.repair).toMatch(/Load the article's figures again/);

    await host.loadArticle({ resetInputs: false });
    expect((await host.readState()).problems).toEqual([]);
  });
});

describe("a slider change", () => {
  it("says what to do when the input's name is gone", async () => {
    const excel = loaded.copy();
    excel.deleteName("in_SpendGrowth");
    const error = await refusal(hostOn(excel).writeInput("spendGrowth", 0.3));
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.repair).toMatch(/Load the article's figures again/);
  });

  it("says how to unprotect when Excel refuses a protected Inputs sheet", async () => {
    const excel = loaded.copy();
    excel.protect("Inputs");
    const error = await refusal(hostOn(excel).writeInput("spendGrowth", 0.3));
    expect(error.problem.code).toBe("protected");
    expect(error.problem.repair).toMatch(/Unprotect/);
  });
});

describe("the analyst typing into an input cell", () => {
  /** Long enough for a handler that would wrongly run to have run (for "nothing happens" checks). */
  const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  /** Waits for the listeners to have been told (the read takes a round trip). */
  const told = (check: () => void): Promise<void> =>
    vi.waitFor(check, { timeout: 10_000, interval: 10 });

  it("tells the listeners the new state, and stops when they unsubscribe", async () => {
    const excel = loaded.copy();
    const host = hostOn(excel);
    const seen: number[] = [];
    const unsubscribe = host.onWorkbookChanged((state) =>
      seen.push(state.inputs.spendGrowth ?? NaN)
    );
    await host.changesSettled();
    expect(excel.handlerCount("Inputs")).toBe(1);

    excel.type("Inputs", inputCell("spendGrowth"), 0.3);
    await told(() => expect(seen).toEqual([0.3]));

    unsubscribe();
    await host.changesSettled();
    expect(excel.handlerCount("Inputs")).toBe(0);
    excel.type("Inputs", inputCell("spendGrowth"), 0.1);
    await settle();
    expect(seen).toEqual([0.3]);
  });

  it("ignores the add-in's own writes where Excel says who wrote (no extra round trip)", async () => {
    const excel = loaded.copy();
    const host = hostOn(excel);
    let calls = 0;
    host.onWorkbookChanged(() => calls++);
    await host.changesSettled();
    const before = excel.syncs;
    await host.writeInput("spendGrowth", 0.2);
    await settle();
    expect(calls).toBe(0);
    expect(excel.syncs - before).toBe(1);
  });

  it("reads once more after its own write in an Excel that does not say who wrote", async () => {
    const excel = loaded.copy({ triggerSource: false });
    const host = hostOn(excel);
    const seen: number[] = [];
    host.onWorkbookChanged((state) => seen.push(state.inputs.spendGrowth ?? NaN));
    await host.changesSettled();
    await host.writeInput("spendGrowth", 0.2);
    await told(() => expect(seen).toEqual([0.2]));
  });

  it("starts listening once the article is loaded, when the pane subscribed before", async () => {
    const excel = new FakeExcel();
    const host = hostOn(excel);
    const seen: number[] = [];
    host.onWorkbookChanged((state) => seen.push(state.inputs.fundingUsd ?? NaN));
    await host.changesSettled();
    await host.loadArticle({ resetInputs: false });
    excel.type("Inputs", inputCell("fundingUsd"), 50e9);
    await told(() => expect(seen).toEqual([50e9]));
    expect(excel.handlerCount("Inputs")).toBe(1);
  });

  it("reads a burst of edits (a paste) once", async () => {
    const excel = loaded.copy();
    const host = new ExcelHost({
      runner: excel.runner,
      requirements: excel.requirements,
      makePlan: (options) => buildPlan(options),
      changeDelayMs: 10,
    });
    let calls = 0;
    host.onWorkbookChanged(() => calls++);
    await host.changesSettled();
    excel.type("Inputs", inputCell("spendGrowth"), 0.1);
    excel.type("Inputs", inputCell("fundingUsd"), 41e9);
    excel.type("Inputs", inputCell("capexUsd"), 81e9);
    await told(() => expect(calls).toBe(1));
    await settle(100);
    expect(calls).toBe(1);
  });
});
