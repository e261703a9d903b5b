// The preview keeps its workbook in the browser's storage: one kept from a visit when the
// preview wrote layout 1 (the fixture test/fixtures/layout-1) opens with its inputs and
// scenarios, and a load upgrades it as Excel's host does. One a newer layout wrote is left
// alone. Expected numbers come from src/model's evaluate().
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, type ScenarioInputs } from "../../src/model";
import { readCell, sheetIndexOf } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import {
  PreviewWorkbook,
  STORAGE_KEY,
  type WorkbookStorage,
} from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import { HostError, type SavedScenario, type WorkbookState } from "../../src/workbook/host";
import { olderLayoutPlan } from "../fixtures/layouts";
import { Model, newEngineWorkbook } from "../support/ironcalc";
import { snapshot } from "../workbook/engineWorkbook";
import { expectInputs, expectOutputsOf } from "./support/hostState";

const EDITED: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.15, fundingUsd: 45e9 };
const SAVED: readonly SavedScenario[] = [
  { name: "Dear", note: "=the high end, as text", inputs: { ...EDITED, efficiencyShare: 0.1 } },
  { name: "Cheap", note: "R1 at 5%", inputs: { ...EDITED, efficiencyShare: 0.05 } },
  { name: "Growing", note: "+30% a year", inputs: { ...EDITED, spendGrowth: 0.3 } },
];

function memoryStorage(): { storage: WorkbookStorage; store: Map<string, string> } {
  const store = new Map<string, string>();
  return {
    store,
    storage: {
      getItem: (key) => store.get(key) ?? null,
      setItem: (key, value) => void store.set(key, value),
      removeItem: (key) => void store.delete(key),
    },
  };
}

/** The bytes the preview kept after a visit with the layout-1 add-in and an analyst's edits. */
async function keptByLayoutOne(): Promise<Uint8Array> {
  const { storage, store } = memoryStorage();
  const workbook = new PreviewWorkbook(newEngineWorkbook(), storage);
  const older = new PreviewHost(workbook, olderLayoutPlan(1));
  await older.loadArticle({ resetInputs: false });
  await older.writeInput("efficiencyShare", EDITED.efficiencyShare);
  await older.writeInput("fundingUsd", EDITED.fundingUsd);
  for (const s of SAVED) await older.saveScenario(s);
  workbook.saveNow();
  return Uint8Array.from(Buffer.from(store.get(STORAGE_KEY) ?? "", "base64"));
}

function reopened(bytes: Uint8Array): { host: PreviewHost; model: Model } {
  const model = Model.from_bytes(bytes, "en");
  return { host: new PreviewHost(new PreviewWorkbook(model, undefined), buildPlan()), model };
}

/** No problem, and the inputs and every output as src/model has them. */
function expectState(state: WorkbookState, inputs: ScenarioInputs): void {
  expect(state.problems).toEqual([]);
  expectInputs(state.inputs, inputs);
  expectOutputsOf(state, inputs);
}

describe("a preview workbook kept from layout 1", () => {
  it("opens with its inputs and scenarios, and a load upgrades it, keeping them", async () => {
    const { host, model } = reopened(await keptByLayoutOne());
    expectState(await host.readState(), EDITED);
    const list = await host.listScenarios();
    expect(list.scenarios.slice(-3)).toEqual(SAVED);

    const summary = await host.loadArticle({ resetInputs: false });

    expect(summary.updated[0]).toBe("Upgraded this workbook from layout 1 to layout 2");
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.kept).toContain("Your saved scenarios (6, with their notes)");
    expect(summary.kept.join(" ")).toMatch(/Funding round: \$45B \(the article: \$40B\)/);
    expectState(await host.readState(), EDITED);
    expect(await host.listScenarios()).toEqual(list);
    const checks = sheetIndexOf(model, buildPlan(), "checks");
    expect(readCell(model, checks, 2, 1)).toEqual({ kind: "number", value: 2 });

    const again = await host.loadArticle({ resetInputs: false });
    expect(again.updated.join(" ")).not.toMatch(/Upgraded/);
    expect(again.upgradedFrom).toBeUndefined();
    expectState(await host.readState(), EDITED);
  });
});

describe("a preview workbook a newer layout wrote", () => {
  it("is left as it is, with the repair: update", async () => {
    const { host, model } = reopened(await keptByLayoutOne());
    await host.loadArticle({ resetInputs: false });
    const checks = sheetIndexOf(model, buildPlan(), "checks");
    model.setUserInput(checks, 3, 2, "3");
    model.evaluate();
    const before = snapshot(model);

    const error = await host.loadArticle({ resetInputs: true }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).problem.code).toBe("unsupported");
    expect((error as HostError).problem.repair).toMatch(/^Update the add-in/);
    expect(snapshot(model)).toEqual(before);
  });
});

describe("a preview workbook kept from layout 1 whose Scenarios sheet was deleted", () => {
  /** Reopened, with a sheet of the analyst's (a formula over an input, a text, a number). */
  async function withoutScenarios(): Promise<{ host: PreviewHost; model: Model }> {
    const opened = reopened(await keptByLayoutOne());
    const { model } = opened;
    model.newSheet();
    const mine = model.getWorksheetsProperties().length - 1;
    model.renameSheet(mine, "My notes");
    model.setUserInput(mine, 1, 1, "=in_FundingUsd*2");
    model.setUserInput(mine, 2, 1, "'=not a formula");
    model.setUserInput(mine, 3, 1, "1234");
    model.deleteSheet(sheetIndexOf(model, buildPlan(), "scenarios"));
    model.evaluate();
    return opened;
  }
  const theirSheet = (model: Model): string[] => {
    const mine = model.getWorksheetsProperties().findIndex((s) => s.name === "My notes");
    return [1, 2, 3].map((r) => model.getCellContent(mine, r, 1));
  };

  it("a plain load stops, changes nothing, and names both ways on", async () => {
    const { host, model } = await withoutScenarios();
    const before = snapshot(model);

    const error = await host.loadArticle({ resetInputs: false }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HostError);
    const { problem } = error as HostError;
    expect(problem.code).toBe("damaged");
    expect(problem.message).toContain("The add-in cannot find its saved scenarios table");
    expect(problem.repair).toBe(
      `Put the sheet or the table's header row back (undo, or reopen an earlier saved copy or version of the workbook), then load again. Or use "Reset inputs to the article": it rebuilds the add-in's sheets with the article's inputs and figures and an empty saved scenarios table, and leaves your own sheets alone.`
    );
    expect(snapshot(model)).toEqual(before);
  });

  it("a reset goes through with an empty scenarios table, warns, and leaves their sheet alone", async () => {
    const { host, model } = await withoutScenarios();
    const theirs = theirSheet(model);

    const summary = await host.loadArticle({ resetInputs: true });

    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings).toContainEqual(
      "No saved scenarios were carried over: the add-in could not find its saved scenarios table (its sheet, or its header row, was deleted or moved by hand). The reset rebuilt its sheets with an empty saved scenarios table; your own sheets were left alone."
    );
    expect(sheetIndexOf(model, buildPlan(), "scenarios")).toBeGreaterThanOrEqual(0);
    expect((await host.listScenarios()).scenarios).toEqual([]);
    expect(theirSheet(model)).toEqual(theirs);
    const mine = model.getWorksheetsProperties().findIndex((s) => s.name === "My notes");
    expect(readCell(model, mine, 0, 0)).toEqual({
      kind: "number",
      value: DEFAULT_INPUTS.fundingUsd * 2,
    });
    expectState(await host.readState(), DEFAULT_INPUTS);

    const again = await host.loadArticle({ resetInputs: false });
    expect(again.upgradedFrom).toBeUndefined();
    // (The preview's own warnings, that it draws no charts, stay.)
    expect(again.warnings.filter((w) => w.includes("saved scenarios"))).toEqual([]);
  });
});
