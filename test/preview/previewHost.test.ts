// The preview's WorkbookHost on a real IronCalc workbook (in Node; the browser tests drive the
// same host through the page). Expected numbers come from src/model's evaluate().
import { describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  evaluate,
  INPUT_SPECS,
  scenarioAt,
  type ScenarioInputs,
} from "../../src/model";
import { TWINS } from "../../src/model/twins";
import { runwayYears } from "../../src/model/finance";
import { readCell } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import {
  PreviewWorkbook,
  STORAGE_KEY,
  type WorkbookStorage,
} from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import { HostError, type WorkbookState } from "../../src/workbook/host";
import { Model, newEngineWorkbook, sameNumber } from "../support/ironcalc";
import { expectInputs, expectOutputsOf } from "./support/hostState";

const plan = buildPlan();

function freshHost(model: Model = newEngineWorkbook(), storage?: WorkbookStorage): PreviewHost {
  return new PreviewHost(new PreviewWorkbook(model, storage), plan);
}

async function loadedHost(): Promise<{ host: PreviewHost; model: Model }> {
  const model = newEngineWorkbook();
  const host = freshHost(model);
  await host.loadArticle({ resetInputs: false });
  return { host, model };
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe("PreviewHost before the article is loaded", () => {
  it("reports a workbook without the figures, and refuses writes with not-loaded", async () => {
    const host = freshHost();
    expect(await host.readState()).toEqual({
      loaded: false,
      inputs: {},
      outputs: {},
      problems: [],
    });
    expect(await host.listScenarios()).toEqual({ scenarios: [], problems: [] });
    expect((await rejection(host.writeInput("efficiencyShare", 0.1))).problem.code).toBe(
      "not-loaded"
    );
    expect((await rejection(host.applyScenario("Article low"))).problem.code).toBe("not-loaded");
  });
});

describe("PreviewHost.loadArticle", () => {
  it("builds every sheet of the plan and reads back the model's outputs for the defaults", async () => {
    const model = newEngineWorkbook();
    const host = freshHost(model);
    const steps: string[] = [];
    const summary = await host.loadArticle({ resetInputs: false }, (step) => steps.push(step));
    expect(steps.length).toBeGreaterThan(0);
    expect(summary.created).toEqual(expect.arrayContaining(plan.sheets.map((s) => s.name)));
    expect(model.getWorksheetsProperties().map((s) => s.name)).toEqual(
      plan.sheets.map((s) => s.name)
    );
    const state = await host.readState();
    expect(state.loaded).toBe(true);
    expect(state.problems).toEqual([]);
    expectInputs(state.inputs, DEFAULT_INPUTS);
    expectOutputsOf(state, DEFAULT_INPUTS);
  });

  it("keeps the analyst's inputs on a second load, and resets them when asked", async () => {
    const { host } = await loadedHost();
    await host.writeInput("efficiencyShare", 0.2);
    const again = await host.loadArticle({ resetInputs: false });
    expect(again.kept.length).toBeGreaterThan(0);
    expect((await host.readState()).inputs.efficiencyShare).toBe(0.2);
    await host.loadArticle({ resetInputs: true });
    expectInputs((await host.readState()).inputs, DEFAULT_INPUTS);
  });

  it("tells its listeners after the load, and stops when unsubscribed", async () => {
    const host = freshHost();
    const heard: WorkbookState[] = [];
    const unsubscribe = host.onWorkbookChanged((state) => heard.push(state));
    await host.loadArticle({ resetInputs: false });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.loaded).toBe(true);
    unsubscribe();
    await host.loadArticle({ resetInputs: false });
    expect(heard).toHaveLength(1);
  });
});

describe("PreviewHost.writeInput", () => {
  it("writes the input cell and returns the outputs the workbook's formulas give", async () => {
    const { host } = await loadedHost();
    const inputs = { ...DEFAULT_INPUTS, frontierAnnualSpendUsd: 9.5e9 };
    const state = await host.writeInput("frontierAnnualSpendUsd", 9.5e9);
    expect(state.inputs.frontierAnnualSpendUsd).toBe(9.5e9);
    expectOutputsOf(state, inputs);
  });

  it("gives the model's 'never' and its Excel errors where the model gives them", async () => {
    const { host } = await loadedHost();
    // Revenue above the spend: the money never runs out.
    const inputs = { ...DEFAULT_INPUTS, annualRevenueUsd: 20e9 };
    const state = await host.writeInput("annualRevenueUsd", 20e9);
    expect(state.outputs.runwayAtFrontierYears).toBe("never");
    expectOutputsOf(state, inputs);
  });

  it("reports an input cell that holds text instead of a number", async () => {
    const { host } = await loadedHost();
    host.typeIntoInput("fundingUsd", "forty billion");
    const state = await host.readState();
    expect(state.inputs.fundingUsd).toBeUndefined();
    expect(state.problems.map((p) => p.code)).toEqual(["damaged"]);
    expect(state.problems[0]?.message).toMatch(/Funding round/);
  });
});

describe("PreviewHost scenarios, in the scenarios table's cells", () => {
  const cheap: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.03, spendGrowth: 0.3 };
  const dear: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.2, fundingUsd: 60e9 };

  it("lists the article's low, mid and high, then saved ones in order", async () => {
    const { host } = await loadedHost();
    const before = await host.listScenarios();
    expect(before.problems).toEqual([]);
    expect(before.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
    ]);
    expectInputs(before.scenarios[0]?.inputs, scenarioAt("low"));
    expectInputs(before.scenarios[1]?.inputs, scenarioAt("mid"));
    await host.saveScenario({ name: "Cheap", note: "3% and growing", inputs: cheap });
    const after = await host.saveScenario({ name: "Dear", note: "", inputs: dear });
    expect(after.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
      "Cheap",
      "Dear",
    ]);
    expect(after.scenarios[3]).toMatchObject({ name: "Cheap", note: "3% and growing" });
    expectInputs(after.scenarios[3]?.inputs, cheap);
  });

  it("refuses a name already used (whatever its case) unless replacing", async () => {
    const { host } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    const refused = await rejection(host.saveScenario({ name: " cheap ", note: "", inputs: dear }));
    expect(refused.problem.code).toBe("conflict");
    const replaced = await host.saveScenario(
      { name: "Cheap", note: "now dear", inputs: dear },
      { replace: true }
    );
    const same = replaced.scenarios.filter((s) => s.name === "Cheap");
    expect(same).toHaveLength(1);
    expect(same[0]?.note).toBe("now dear");
    expectInputs(same[0]?.inputs, dear);
  });

  it("applies a scenario: the input cells take its values and the outputs follow", async () => {
    const { host } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    const heard: WorkbookState[] = [];
    host.onWorkbookChanged((state) => heard.push(state));
    const state = await host.applyScenario("CHEAP");
    expectInputs(state.inputs, cheap);
    expectOutputsOf(state, cheap);
    expect(heard).toEqual([state]);
  });

  it("computes every saved scenario on the Compare sheet", async () => {
    const { host, model } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    const compare = model.getWorksheetsProperties().findIndex((s) => s.name === "Compare");
    const sheet = plan.sheets.find((s) => s.key === "compare");
    expect(sheet).toBeDefined();
    // Row 4 of the table (the fourth scenario) computes Cheap: its spend at efficiency.
    const want = evaluate(cheap).spendAtEfficiencyUsd as number;
    const found: number[] = [];
    for (let row = 0; row < 30; row++) {
      for (let column = 0; column < 40; column++) {
        const cell = readCell(model, compare, row, column);
        if (cell.kind === "number" && sameNumber(cell.value, want)) found.push(row);
      }
    }
    expect(found.length).toBeGreaterThan(0);
  });

  it("renames and deletes rows; the rows below move up, leaving no gap", async () => {
    const { host } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    await host.saveScenario({ name: "Dear", note: "", inputs: dear });
    await host.renameScenario("Cheap", "Frugal");
    const list = await host.deleteScenario("Article mid");
    expect(list.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article high",
      "Frugal",
      "Dear",
    ]);
    expectInputs(list.scenarios[3]?.inputs, dear);
    expect((await rejection(host.renameScenario("Frugal", "dear"))).problem.code).toBe("conflict");
    expect((await rejection(host.applyScenario("Article mid"))).problem.code).toBe("damaged");
  });

  it("says the table is full when every row is taken", async () => {
    const { host } = await loadedHost();
    const free = plan.scenarios.capacity - 3;
    for (let i = 0; i < free; i++)
      await host.saveScenario({ name: `S${i}`, note: "", inputs: cheap });
    const full = await rejection(host.saveScenario({ name: "One more", note: "", inputs: dear }));
    expect(full.problem.message).toMatch(/full/);
  });

  it("gives a saved row the columns' number formats, as the planned rows have", async () => {
    const { host, model } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    const sheet = model.getWorksheetsProperties().findIndex((s) => s.name === "Scenarios");
    const { firstRow, column } = plan.scenarios;
    const shareColumn = column + plan.scenarios.columns.indexOf("efficiencyShare");
    const planned = model.getFormattedCellValue(sheet, firstRow + 1, shareColumn + 1);
    const saved = model.getFormattedCellValue(sheet, firstRow + 4, shareColumn + 1);
    expect(planned).toMatch(/%$/);
    expect(saved).toMatch(/%$/);
  });
});

describe("PreviewHost on a workbook kept in storage", () => {
  it("reopens with the same inputs, outputs and scenarios (a page reload)", async () => {
    const store = new Map<string, string>();
    const storage: WorkbookStorage = {
      getItem: (key) => store.get(key) ?? null,
      setItem: (key, value) => void store.set(key, value),
      removeItem: (key) => void store.delete(key),
    };
    const model = newEngineWorkbook();
    const workbook = new PreviewWorkbook(model, storage);
    const host = new PreviewHost(workbook, plan);
    await host.loadArticle({ resetInputs: false });
    await host.writeInput("efficiencyShare", 0.15);
    await host.saveScenario({
      name: "Kept",
      note: "",
      inputs: { ...DEFAULT_INPUTS, efficiencyShare: 0.15 },
    });
    workbook.saveNow();
    expect(store.get(STORAGE_KEY)?.length).toBeGreaterThan(0);

    const bytes = Uint8Array.from(Buffer.from(store.get(STORAGE_KEY) ?? "", "base64"));
    const reopened = freshHost(Model.from_bytes(bytes, "en"));
    const state = await reopened.readState();
    expect(state.inputs.efficiencyShare).toBe(0.15);
    expectOutputsOf(state, { ...DEFAULT_INPUTS, efficiencyShare: 0.15 });
    expect((await reopened.listScenarios()).scenarios.map((s) => s.name)).toContain("Kept");
  });
});

describe("the preview evaluates the portable LAMBDA twins", () => {
  it("BURN.YEARS in a cell gives the model's runwayYears", async () => {
    const { model } = await loadedHost();
    expect(TWINS.map((t) => t.name)).toContain("BURN.YEARS");
    const sheet = model.getWorksheetsProperties().findIndex((s) => s.name === "Model");
    model.setUserInput(sheet, 60, 1, "=BURN.YEARS(40000000000,7500000000,0.3)");
    const cell = readCell(model, sheet, 59, 0);
    const want = runwayYears(40e9, 7.5e9, 0.3);
    expect(cell.kind).toBe("number");
    expect(typeof want).toBe("number");
    expect(sameNumber(cell.kind === "number" ? cell.value : NaN, want as number)).toBe(true);
  });
});

describe("the inputs a scenario row must have", () => {
  it("every input has a column in the scenarios table", () => {
    for (const spec of INPUT_SPECS) expect(plan.scenarios.columns).toContain(spec.id);
  });
});
