/**
 * Loading twice, and living beside the analyst's own things, on IronCalc: a second load changes
 * nothing; it keeps the analyst's inputs, saved scenarios and overridden figures (a reset brings
 * back the article's inputs); a sheet or name of the plan's that is the user's stops the load
 * before anything changes; free sheet names put the add-in beside the user's sheets; a renamed
 * add-in sheet is found again by its marker.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, evaluate, OUTPUT_IDS } from "../../src/model";
import {
  applyPlanToEngine,
  EngineConflictError,
  readCell,
  sheetIndexOf,
} from "../../src/preview/engine";
import {
  masterCheckPasses,
  ownedSheetNames,
  readInputs,
  readOutputs,
  savedScenarios,
  writeInputs,
  writeScenarioRows,
} from "../support/engineReads";
import { buildPlan, DEFAULT_SHEET_NAMES } from "../../src/workbook";
import { newEngineWorkbook, type Model } from "../support/ironcalc";
import { expectReading, loadedWorkbook, snapshot } from "./engineWorkbook";

function expectOutputsOf(
  model: Model,
  plan: ReturnType<typeof buildPlan>,
  inputs = DEFAULT_INPUTS
): void {
  const read = readOutputs(model, plan);
  const expected = evaluate(inputs);
  for (const id of OUTPUT_IDS) expectReading(read[id], expected[id], id);
}

describe("loading the article twice", () => {
  it("changes nothing the second time", () => {
    const { model, plan } = loadedWorkbook({}, { lambda: false });
    const before = snapshot(model);
    const result = applyPlanToEngine(model, plan, { lambda: false });
    expect(snapshot(model)).toBe(before);
    expect(result.created).toEqual([]);
    expect(result.updated).toEqual(plan.sheets.map((s) => s.name));
  });

  it("keeps the analyst's inputs, scenarios and overridden figures; a reset brings back the article's inputs", () => {
    const { model, plan } = loadedWorkbook({}, { lambda: false });
    const edited = { ...DEFAULT_INPUTS, fundingUsd: 50e9, spendGrowth: 0.3 };
    writeInputs(model, plan, edited);
    const saved = { name: "Mine", note: "kept", inputs: edited };
    writeScenarioRows(model, plan, [saved], 3);
    const figures = sheetIndexOf(model, plan, "figures");
    const costs = plan.tables[0];
    if (!costs) throw new Error("no figure table");
    const lowColumn = costs.columns.findIndex((c) => c.key === "low") + 1;
    const flagColumn = costs.columns.findIndex((c) => c.key === "overridden") + 1;
    const firstRow = costs.headerRow + 2;
    model.setUserInput(figures, firstRow, lowColumn, "5000000");
    model.setUserInput(figures, firstRow, flagColumn, "TRUE");
    model.setUserInput(figures, firstRow + 1, lowColumn, "1"); // changed, not marked: restored
    model.evaluate();

    applyPlanToEngine(model, plan, { lambda: false });
    expect(readInputs(model, plan)).toEqual({ ...edited, efficiencyShare: 0.075 });
    expect(savedScenarios(model, plan).map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
      "Mine",
    ]);
    expect(readCell(model, figures, firstRow - 1, lowColumn - 1)).toEqual({
      kind: "number",
      value: 5e6,
    });
    expect(readCell(model, figures, firstRow, lowColumn - 1)).toEqual({
      kind: "number",
      value: 6e6,
    });
    expectOutputsOf(model, plan, { ...edited, efficiencyShare: 0.075 });

    applyPlanToEngine(model, plan, { lambda: false, resetInputs: true });
    expectOutputsOf(model, plan);
    expect(savedScenarios(model, plan).map((s) => s.name)).toContain("Mine");
    expect(readCell(model, figures, firstRow - 1, lowColumn - 1)).toEqual({
      kind: "number",
      value: 6e6,
    });
    expect(masterCheckPasses(model, plan)).toBe(true);
  });

  it("keeps a note the analyst typed beside the model, and restores a formula they overwrote", () => {
    const { model, plan } = loadedWorkbook({}, { lambda: false });
    const sheet = sheetIndexOf(model, plan, "model");
    const out = plan.outputCells.runwayAtFrontierYears;
    model.setUserInput(sheet, out.row + 1, out.column + 6, "my note");
    model.setUserInput(sheet, out.row + 1, out.column + 1, "99");
    model.evaluate();
    applyPlanToEngine(model, plan, { lambda: false });
    expect(model.getCellContent(sheet, out.row + 1, out.column + 6)).toBe("my note");
    expect(readOutputs(model, plan).runwayAtFrontierYears).toBeCloseTo(40 / 7.5, 12);
  });
});

describe("beside the analyst's own sheets and names", () => {
  /** A workbook of the analyst's: a sheet called Inputs with their numbers on it. */
  function usersWorkbook(): Model {
    const model = newEngineWorkbook();
    model.renameSheet(0, "Inputs");
    model.setUserInput(0, 1, 1, "my figures");
    model.setUserInput(0, 5, 2, "123");
    model.evaluate();
    return model;
  }

  it("stops before changing anything when a sheet of the plan's name is the user's", () => {
    const model = usersWorkbook();
    const before = snapshot(model);
    expect(() => applyPlanToEngine(model, buildPlan(), { lambda: false })).toThrow(
      EngineConflictError
    );
    expect(() => applyPlanToEngine(model, buildPlan(), { lambda: false })).toThrow(
      /the sheet "Inputs"/
    );
    expect(snapshot(model)).toBe(before);
  });

  it("stops when a defined name or a table name of the plan's is the user's", () => {
    for (const taken of ["in_FundingUsd", "chk_AllChecksPass", "SavedScenarios"]) {
      const model = newEngineWorkbook();
      model.newDefinedName(taken, null, "Sheet1!$A$1");
      const before = snapshot(model);
      expect(() => applyPlanToEngine(model, buildPlan(), { lambda: false }), taken).toThrow(
        new RegExp(taken)
      );
      expect(snapshot(model)).toBe(before);
    }
  });

  it("loads beside the user's sheet under a free name, leaving the user's sheet as it was", () => {
    const model = usersWorkbook();
    const plan = buildPlan({ sheetNames: { inputs: "Inputs (AI)" } });
    applyPlanToEngine(model, plan, { lambda: false });
    expect(model.getCellContent(0, 1, 1)).toBe("my figures");
    expect(model.getCellContent(0, 5, 2)).toBe("123");
    expect(model.getWorksheetsProperties()[0]?.name).toBe("Inputs");
    expectOutputsOf(model, plan);
    writeInputs(model, plan, { ...DEFAULT_INPUTS, fundingUsd: 20e9 });
    expect(readOutputs(model, plan).runwayAtFrontierYears).toBeCloseTo(20 / 7.5, 12);
    expect(model.getCellContent(0, 5, 2)).toBe("123");
  });

  it("finds a renamed add-in sheet by its marker, and reloads into it", () => {
    const { model, plan } = loadedWorkbook({}, { lambda: false });
    const inputs = sheetIndexOf(model, plan, "inputs");
    model.renameSheet(inputs, "My inputs");
    writeInputs(model, plan, { ...DEFAULT_INPUTS, fundingUsd: 30e9 });
    expect(readOutputs(model, plan).runwayAtFrontierYears).toBeCloseTo(30 / 7.5, 12);

    const sheetNames = ownedSheetNames(model);
    expect(sheetNames).toEqual({ ...DEFAULT_SHEET_NAMES, inputs: "My inputs" });
    const sheets = model.getWorksheetsProperties().length;
    const again = buildPlan({ sheetNames });
    applyPlanToEngine(model, again, { lambda: false });
    expect(model.getWorksheetsProperties().length).toBe(sheets);
    expect(readOutputs(model, again).runwayAtFrontierYears).toBeCloseTo(30 / 7.5, 12);
  });
});
