/**
 * Columns the analyst moved inside one of the add-in's tables, on IronCalc, as the preview
 * loads: a load writes the headers in the plan's order (and an upgrade the rows too), so a
 * reload or an upgrade over moved columns would put the analyst's data under other headers or
 * make their own formulas read another column. Both stop before any change, name the table
 * and the columns, and say how to move them back; once moved back, the load goes through and
 * the analyst's formula still reads what it read. IronCalc's moveColumns moves the cells and
 * updates every formula that points at them, as Excel's cut and Insert Cut Cells do.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { applyPlanToEngine, readCell, sheetIndexOf } from "../../src/preview/engine";
import { buildPlan, type WorkbookPlan } from "../../src/workbook";
import { HostError } from "../../src/workbook/host";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";
import { snapshot } from "./engineWorkbook";

beforeAll(() => loadIronCalc());

const current = (): WorkbookPlan => buildPlan();

/** A workbook built by `plan`, with a sheet of the analyst's that reads the first scenario's funding. */
function builtBy(plan: WorkbookPlan): { model: Model; mine: number; column: number } {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, plan, { lambda: false });
  model.newSheet();
  const mine = model.getWorksheetsProperties().length - 1;
  model.renameSheet(mine, "My analysis");
  const s = plan.scenarios;
  const column = s.column + s.columns.indexOf("fundingUsd"); // 0-based
  const sheetName = plan.sheets.find((x) => x.key === "scenarios")?.name ?? "";
  const letter = String.fromCharCode(65 + column);
  model.setUserInput(mine, 1, 1, `='${sheetName}'!${letter}${s.firstRow + 1}*2`);
  model.evaluate();
  return { model, mine, column };
}

/** The analyst moves a whole column one to the right (cut, then Insert Cut Cells after the next). */
function moveRight(model: Model, sheet: number, column: number, by = 1): void {
  model.moveColumns(sheet, column + 1, 1, by);
  model.evaluate();
}

/** The scenario columns just before and after `key` in the plan. */
function neighbours(plan: WorkbookPlan, key: string): [string, string] {
  const columns = plan.scenarios.columns;
  const i = columns.indexOf(key as (typeof columns)[number]);
  return [columns[i - 1] ?? "", columns[i + 1] ?? ""];
}

function refusal(model: Model, plan: WorkbookPlan): HostError {
  try {
    applyPlanToEngine(model, plan, { lambda: false });
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error("The load went through");
}

/** A scenario column's header, as the plan writes it. */
function header(key: string): string {
  const table = current().tables.find((t) => t.key === "scenarios");
  const found = table?.columns.find((c) => c.key === key)?.header;
  if (found === undefined) throw new Error(`no column ${key}`);
  return found;
}

const quoted = (text: string): string => text.replace(/[()$]/g, (c) => `\\${c}`);

const theirValue = (model: Model, mine: number): unknown => readCell(model, mine, 0, 0);

describe.each([
  ["a reload of this layout", (): WorkbookPlan => current()],
  ["an upgrade from layout 1", (): WorkbookPlan => olderLayoutPlan(1)],
])("%s over scenario columns the analyst moved", (_, builtWith) => {
  it("stops before any change, naming the table and the columns and how to move them back", () => {
    const plan = builtWith();
    const { model, mine, column } = builtBy(plan);
    const before = theirValue(model, mine);
    const sheet = sheetIndexOf(model, plan, "scenarios");
    moveRight(model, sheet, column); // the funding column now after the next one
    const [previous, next] = neighbours(plan, "fundingUsd");
    expect(theirValue(model, mine)).toEqual(before); // their formula followed the cells
    const moved = snapshot(model);

    const error = refusal(model, current());
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.message).toMatch(
      /SavedScenarios on "Scenarios" are not in the add-in's order/
    );
    expect(error.problem.message).toMatch(
      new RegExp(`"${quoted(header(next))}" is now before "${quoted(header("fundingUsd"))}"`)
    );
    expect(error.problem.message).toMatch(/Nothing was changed/);
    expect(error.problem.repair).toBe(
      `Move the column "${header("fundingUsd")}" back after "${header(previous)}" in SavedScenarios (cut the column, then right-click the column it belongs before and choose Insert Cut Cells: your formulas follow the cells), then load again.`
    );
    expect(snapshot(model)).toBe(moved);
    expect(theirValue(model, mine)).toEqual(before);
  });

  it("goes through once the column is moved back, and the analyst's formula reads what it read", () => {
    const plan = builtWith();
    const { model, mine, column } = builtBy(plan);
    const before = theirValue(model, mine);
    const sheet = sheetIndexOf(model, plan, "scenarios");
    moveRight(model, sheet, column);
    refusal(model, current());
    moveRight(model, sheet, column + 1, -1);
    applyPlanToEngine(model, current(), { lambda: false });
    expect(theirValue(model, mine)).toEqual(before);
    const s = current().scenarios;
    expect(readCell(model, sheet, s.headerRow, column)).toEqual({
      kind: "text",
      value: header("fundingUsd"),
    });
  });
});

describe("a reload over figure columns the analyst moved", () => {
  it("stops for every figure table, the moves spelt out, nothing changed", () => {
    const plan = current();
    const model = newEngineWorkbook();
    applyPlanToEngine(model, plan, { lambda: false });
    const figures = sheetIndexOf(model, plan, "figures");
    // The first column ("id") moved two places right: every figure table on the sheet moves.
    moveRight(model, figures, 0, 2);
    const moved = snapshot(model);
    const error = refusal(model, plan);
    const tables = plan.tables.filter((t) => t.sheet === "figures");
    expect(tables.length).toBeGreaterThan(1);
    expect(error.problem.message).toMatch(new RegExp(`^${tables.length} things stop the load`));
    const first = tables[0];
    const [id, second] = [first?.columns[0]?.header, first?.columns[1]?.header];
    for (const t of tables) expect(error.problem.repair).toContain(` in ${t.name} (cut the column`);
    expect(error.problem.repair).toContain(
      `Move the column "${id}" back to the table's first place, before "${second}"`
    );
    expect(snapshot(model)).toBe(moved);
  });

  it("does not stop for a renamed header: the reload writes it back", () => {
    const plan = current();
    const model = newEngineWorkbook();
    applyPlanToEngine(model, plan, { lambda: false });
    const s = plan.scenarios;
    const sheet = sheetIndexOf(model, plan, "scenarios");
    model.setUserInput(sheet, s.headerRow + 1, s.column + 2, "My note");
    applyPlanToEngine(model, plan, { lambda: false });
    expect(readCell(model, sheet, s.headerRow, s.column + 1)).toEqual({
      kind: "text",
      value: "Note",
    });
  });
});
