/**
 * Upgrading a workbook built by layout 1 (the fixture test/fixtures/layout-1, applied as that
 * layout wrote it) to this layout, on IronCalc, as the preview does: the analyst's inputs,
 * overridden figures and saved scenarios with their notes are carried over; their own sheet,
 * names and formulas that use the add-in's cells by address keep their values; every output
 * is what src/model computes; a second load changes nothing. A newer layout, an unreadable
 * stamp, and cells of the analyst's where the new layout writes stop the load before any change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, evaluate, FIGURES, OUTPUT_IDS } from "../../src/model";
import {
  applyPlanToEngine,
  EngineLayoutError,
  masterCheckPasses,
  readCell,
  readInputs,
  readOutputs,
  sheetIndexOf,
  writeInputs,
  writeScenarioRows,
} from "../../src/preview/engine";
import { buildPlan, PLAN_VERSION, type WorkbookPlan } from "../../src/workbook";
import { LAYOUT_STAMP_NAME } from "../../src/workbook/names";
import { EDITED, KEPT_LINES, SAVED, THEIR_FORMULAS } from "../fixtures/analystEdits";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";
import { expectReading, snapshot } from "./engineWorkbook";

let layoutOne: WorkbookPlan;
const current = (): WorkbookPlan => buildPlan();

beforeAll(() => {
  loadIronCalc();
  layoutOne = olderLayoutPlan(1);
});

/** A workbook as layout 1 of the add-in left it. */
function builtByLayoutOne(): Model {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, layoutOne, { lambda: false });
  return model;
}

/** Cell contents of a rectangle (0-based top-left), as typed. */
function contents(
  model: Model,
  sheet: number,
  row: number,
  column: number,
  height: number,
  width: number
): string[][] {
  return Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) =>
      model.getCellContent(sheet, row + i + 1, column + j + 1)
    )
  );
}

/** The saved-scenario rows of the plan's table (its whole capacity), as typed. */
function scenarioRows(model: Model, plan: WorkbookPlan): string[][] {
  const s = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, "scenarios");
  return contents(model, sheet, s.firstRow, s.column, s.capacity, s.columns.length);
}

interface Edited {
  readonly model: Model;
  /** The analyst's own sheet's index. */
  readonly mine: number;
}

/**
 * What an analyst does in a layout-1 workbook: two inputs typed, one typed as a formula; a
 * figure changed and marked overridden; "Article high" deleted (a gap in the table, as Excel
 * leaves it) and three scenarios saved with notes; a sheet of their own whose formulas use
 * the add-in's cells by address and by name, and a name of their own.
 */
function editedByTheAnalyst(): Edited {
  const model = builtByLayoutOne();
  const plan = layoutOne;
  writeInputs(model, plan, {
    fundingUsd: EDITED.fundingUsd,
    efficiencyShare: EDITED.efficiencyShare,
  });
  const inputs = sheetIndexOf(model, plan, "inputs");
  const growth = plan.inputCells.spendGrowth;
  model.setUserInput(inputs, growth.row + 1, growth.column + 1, "=0.2+0.05");

  const figures = sheetIndexOf(model, plan, "figures");
  const costs = plan.tables[0];
  if (!costs) throw new Error("no figure table");
  const column = (key: string): number => costs.columns.findIndex((c) => c.key === key) + 1;
  model.setUserInput(figures, costs.headerRow + 2, column("low"), "5000000");
  model.setUserInput(figures, costs.headerRow + 2, column("overridden"), "TRUE");

  const scenarios = sheetIndexOf(model, plan, "scenarios");
  const top = plan.scenarios.firstRow + 3; // "Article high", 1-based
  model.rangeClearContents(scenarios, top, 1, top, plan.scenarios.columns.length);
  writeScenarioRows(model, plan, SAVED, 3);

  model.newSheet();
  const mine = model.getWorksheetsProperties().length - 1;
  model.renameSheet(mine, "My analysis");
  THEIR_FORMULAS.forEach((f, i) => model.setUserInput(mine, i + 1, 1, f));
  model.newDefinedName("MyFunding", null, "Inputs!$B$9");
  model.evaluate();
  return { model, mine };
}

/** The analyst's sheet: what each cell holds and shows. */
function theirSheet(model: Model, mine: number): string {
  const cells = Array.from({ length: 10 }, (_, r) => [
    model.getCellContent(mine, r + 1, 1),
    JSON.stringify(readCell(model, mine, r, 0)),
  ]);
  return JSON.stringify(cells);
}

function stampOf(model: Model): { formula: string | undefined; value: unknown } {
  const formula = model.getDefinedNameList().find((n) => n.name === LAYOUT_STAMP_NAME)?.formula;
  const checks = sheetIndexOf(model, current(), "checks");
  const cell = readCell(model, checks, 2, 1);
  return { formula, value: cell.kind === "empty" ? undefined : cell.value };
}

describe("a workbook built by layout 1", () => {
  it("has the add-in's markers and no layout stamp (what makes it layout 1)", () => {
    const model = builtByLayoutOne();
    expect(model.getDefinedNameList().some((n) => n.name.startsWith("AICOST_OWNS_"))).toBe(true);
    expect(stampOf(model)).toEqual({ formula: undefined, value: undefined });
  });
});

describe("upgrading it to this layout", () => {
  let edited: Edited;
  let before: {
    sheet: string;
    table: string[][];
    figureRow: string[][];
    growth: string;
  };
  let result: ReturnType<typeof applyPlanToEngine>;
  let afterUpgrade: string;

  beforeAll(() => {
    edited = editedByTheAnalyst();
    const { model, mine } = edited;
    const plan = layoutOne;
    const figures = sheetIndexOf(model, plan, "figures");
    const growth = plan.inputCells.spendGrowth;
    before = {
      sheet: theirSheet(model, mine),
      table: scenarioRows(model, plan),
      figureRow: contents(model, figures, 4, 0, 1, 10),
      growth: model.getCellContent(
        sheetIndexOf(model, plan, "inputs"),
        growth.row + 1,
        growth.column + 1
      ),
    };
    result = applyPlanToEngine(model, current(), { lambda: false });
    afterUpgrade = snapshot(model);
  });

  it("says it upgraded from layout 1, and what it carried over", () => {
    expect(result.upgradedFrom).toBe(1);
    expect(result.kept).toEqual(expect.arrayContaining([...KEPT_LINES]));
    expect(result.kept.join(" ")).toMatch(/Funding round: \$52B \(the article: \$40B\)/);
  });

  it("stamps the workbook with this layout: AICOST_LayoutVersion on Checks!B3, which holds this layout's number", () => {
    expect(stampOf(edited.model)).toEqual({ formula: "Checks!$B$3", value: PLAN_VERSION });
    const checks = sheetIndexOf(edited.model, current(), "checks");
    expect(edited.model.getCellContent(checks, 3, 1)).toMatch(/^Workbook layout, written by/);
  });

  it("keeps the analyst's inputs, the one they typed as a formula still a formula", () => {
    const { model } = edited;
    const plan = current();
    expect(readInputs(model, plan)).toEqual(EDITED);
    const growth = plan.inputCells.spendGrowth;
    const inputs = sheetIndexOf(model, plan, "inputs");
    expect(model.getCellContent(inputs, growth.row + 1, growth.column + 1)).toBe(before.growth);
  });

  it("keeps the figure they overrode, marked as overridden, and the checks accept it", () => {
    const { model } = edited;
    const plan = current();
    expect(contents(model, sheetIndexOf(model, plan, "figures"), 4, 0, 1, 10)).toEqual(
      before.figureRow
    );
    expect(readCell(model, sheetIndexOf(model, plan, "figures"), 4, 3)).toEqual({
      kind: "number",
      value: 5e6,
    });
    expect(masterCheckPasses(model, plan)).toBe(true);
  });

  it("keeps every saved scenario with its note, in its row (the gap included), text as text", () => {
    const { model } = edited;
    const plan = current();
    const table = scenarioRows(model, plan);
    expect(table).toEqual(before.table);
    expect(table[3]?.[1]).toBe("'=not a formula, a note");
    expect(table[2]?.every((c) => c === "")).toBe(true);
  });

  it("leaves the analyst's sheet and name as they were, every value the same", () => {
    const { model, mine } = edited;
    expect(theirSheet(model, mine)).toBe(before.sheet);
    expect(model.getDefinedNameList().find((n) => n.name === "MyFunding")?.formula).toBe(
      "Inputs!$B$9"
    );
    expect(readCell(model, mine, 0, 0)).toEqual({ kind: "number", value: 15e9 });
    expect(readCell(model, mine, 1, 0)).toEqual({ kind: "number", value: 52 });
  });

  it("computes every output as src/model does from the analyst's inputs", () => {
    const read = readOutputs(edited.model, current());
    const expected = evaluate(EDITED);
    for (const id of OUTPUT_IDS) expectReading(read[id], expected[id], id);
  });

  it("holds this layout's formulas and labels everywhere but the analyst's data", () => {
    const fresh = newEngineWorkbook();
    applyPlanToEngine(fresh, current(), { lambda: false });
    const { model } = edited;
    const plan = current();
    for (const sheet of plan.sheets) {
      const index = sheetIndexOf(model, plan, sheet.key);
      const freshIndex = sheetIndexOf(fresh, plan, sheet.key);
      for (const block of sheet.blocks.filter((b) => !b.analystData)) {
        const height = block.cells.length;
        const width = block.cells[0]?.length ?? 0;
        expect(
          contents(model, index, block.row, block.column, height, width),
          `${sheet.name} ${block.address}`
        ).toEqual(contents(fresh, freshIndex, block.row, block.column, height, width));
      }
    }
  });

  it("changes nothing when loaded again, and says nothing of an upgrade", () => {
    const again = applyPlanToEngine(edited.model, current(), { lambda: false });
    expect(snapshot(edited.model)).toBe(afterUpgrade);
    expect(again.upgradedFrom).toBeUndefined();
    expect(again.kept).toEqual([]);
  });
});

describe("what the upgrade reads by name and header, not by layout 1's addresses", () => {
  it("takes an input from where its name now points (cut and pasted elsewhere in Excel)", () => {
    const model = builtByLayoutOne();
    const inputs = sheetIndexOf(model, layoutOne, "inputs");
    // Excel moves the name and its marker with a cut cell; the old cell is left empty.
    model.setUserInput(inputs, 30, 12, "61000000000");
    model.rangeClearContents(inputs, 9, 2, 9, 2);
    for (const name of ["in_FundingUsd", "AICOST_OWNS_NAME_in_FundingUsd"]) {
      model.updateDefinedName(name, null, name, null, "Inputs!$L$30");
    }
    model.evaluate();
    applyPlanToEngine(model, current(), { lambda: false });
    expect(readInputs(model, current()).fundingUsd).toBe(61e9);
    expect(model.getDefinedNameList().find((n) => n.name === "in_FundingUsd")?.formula).toBe(
      "Inputs!$B$9"
    );
    expectReading(
      readOutputs(model, current()).runwayAtFrontierYears,
      evaluate({ ...DEFAULT_INPUTS, fundingUsd: 61e9 }).runwayAtFrontierYears,
      "runway"
    );
  });

  it("carries the scenarios over a reset too, which puts the article's inputs and figures back", () => {
    const { model } = editedByTheAnalyst();
    const plan = current();
    const table = scenarioRows(model, plan);
    const result = applyPlanToEngine(model, plan, { lambda: false, resetInputs: true });
    expect(result.upgradedFrom).toBe(1);
    expect(readInputs(model, plan)).toEqual(DEFAULT_INPUTS);
    expect(readCell(model, sheetIndexOf(model, plan, "figures"), 4, 3)).toEqual({
      kind: "number",
      value: FIGURES[0]?.low,
    });
    expect(scenarioRows(model, plan)).toEqual(table);
    expect(stampOf(model).value).toBe(PLAN_VERSION);
  });
});

describe("loads that stop before changing anything", () => {
  function refusal(model: Model): EngineLayoutError {
    const before = snapshot(model);
    let error: unknown;
    try {
      applyPlanToEngine(model, current(), { lambda: false });
    } catch (e) {
      error = e;
    }
    expect(snapshot(model)).toBe(before);
    if (!(error instanceof EngineLayoutError))
      throw new Error(`Expected a refusal, got ${String(error)}`);
    return error;
  }

  /** A workbook of this layout whose stamp cell the test then changes. */
  function stamped(typed: string): Model {
    const model = newEngineWorkbook();
    applyPlanToEngine(model, current(), { lambda: false });
    const checks = sheetIndexOf(model, current(), "checks");
    model.setUserInput(checks, 3, 2, typed);
    model.evaluate();
    return model;
  }

  it("refuses a workbook a newer add-in built (the next layout): update the add-in", () => {
    const next = PLAN_VERSION + 1;
    const error = refusal(stamped(String(next)));
    expect(error.problem.code).toBe("unsupported");
    expect(error.problem.message).toMatch(
      new RegExp(
        `newer version .* \\(workbook layout ${next}\\); this version writes layout ${PLAN_VERSION}`
      )
    );
    expect(error.problem.repair).toMatch(/^Update the add-in/);
  });

  it("refuses a stamp it cannot read, and says what to type", () => {
    const error = refusal(stamped("two"));
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.message).toMatch(/Checks!B3\) holds "two"/);
    expect(error.problem.repair).toMatch(/Type the layout number back into Checks!B3/);
  });

  it("refuses to upgrade over cells the analyst used where the stamp goes, and upgrades once they are moved", () => {
    const model = builtByLayoutOne();
    const checks = sheetIndexOf(model, layoutOne, "checks");
    model.setUserInput(checks, 3, 1, "reviewed by Ana, May");
    model.evaluate();
    const error = refusal(model);
    expect(error.problem.code).toBe("conflict");
    expect(error.problem.message).toMatch(
      /writes into Checks!A3:B3, which layout 1 left empty.*"reviewed by Ana, May"/
    );
    model.rangeClearContents(checks, 3, 1, 3, 1);
    expect(applyPlanToEngine(model, current(), { lambda: false }).upgradedFrom).toBe(1);
  });

  it("refuses to upgrade when a scenario column's header was changed, naming it", () => {
    const model = builtByLayoutOne();
    const s = layoutOne.scenarios;
    model.setUserInput(sheetIndexOf(model, layoutOne, "scenarios"), s.headerRow + 1, 2, "Comment");
    model.evaluate();
    const error = refusal(model);
    expect(error.problem.message).toMatch(/no column headed "Note"/);
    expect(error.problem.message).toMatch(/"Comment" of yours/);
  });
});
