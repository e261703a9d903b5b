// The preview's WorkbookHost on a real IronCalc workbook (in Node; the browser tests drive the
// same host through the page). Expected numbers come from src/model's evaluate().
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, INPUT_SPECS, type ScenarioInputs } from "../../src/model";
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
import type { WorkbookState } from "../../src/workbook/host";
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
  it("gives the model's 'never' and its Excel errors where the model gives them", async () => {
    const { host } = await loadedHost();
    // Revenue above the spend: the money never runs out.
    const inputs = { ...DEFAULT_INPUTS, annualRevenueUsd: 20e9 };
    const state = await host.writeInput("annualRevenueUsd", 20e9);
    expect(state.outputs.runwayAtFrontierYears).toBe("never");
    expectOutputsOf(state, inputs);
  });
});

describe("PreviewHost scenarios, in the scenarios table's cells", () => {
  const cheap: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.03, spendGrowth: 0.3 };
  const dear: ScenarioInputs = { ...DEFAULT_INPUTS, efficiencyShare: 0.2, fundingUsd: 60e9 };

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

  it("gives a saved row the columns' number formats, as the planned rows have, after a delete too", async () => {
    const { host, model } = await loadedHost();
    await host.saveScenario({ name: "Cheap", note: "", inputs: cheap });
    const sheet = model.getWorksheetsProperties().findIndex((s) => s.name === "Scenarios");
    const { firstRow, column } = plan.scenarios;
    const shareColumn = column + plan.scenarios.columns.indexOf("efficiencyShare");
    const shown = (index: number): string =>
      model.getFormattedCellValue(sheet, firstRow + index + 1, shareColumn + 1);
    expect(shown(0)).toMatch(/%$/);
    expect(shown(3)).toMatch(/%$/);
    // The delete empties the row the last scenario moved up from; the next save fills it.
    await host.deleteScenario("Article low");
    await host.saveScenario({ name: "Dear", note: "", inputs: dear });
    expect(shown(2)).toMatch(/%$/);
    expect(shown(3)).toMatch(/%$/);
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
