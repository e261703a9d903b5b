/**
 * Rows an analyst typed below the saved scenarios' capacity, on a RELOAD (same layout) in the
 * preview, on IronCalc: IronCalc has no tables, so nothing grows; rows below the capacity are
 * cells below it, the case Excel's grown table comes to. The reload leaves them cell for cell,
 * and its summary warns in the upgrade's words (carryOver.ts rowsBelow) over the same
 * ROWS_READ_BELOW rows: the last one in the window is warned of, the next is not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_IDS, scenarioAt } from "../../src/model";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { ROWS_READ_BELOW } from "../../src/workbook/upgrade";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();
const S = PLAN.scenarios;
/** The sheet's first row (1-based) below the table's capacity. */
const FIRST_BELOW = S.firstRow + S.capacity + 1;

/** A workbook `built` applied, with scenarios typed in the given sheet rows (1-based). */
function withRows(built: WorkbookPlan, rows: readonly number[]): { model: Model; sheet: number } {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, built, { lambda: false });
  const sheet = sheetIndexOf(model, PLAN, "scenarios");
  const inputs = scenarioAt("mid");
  rows.forEach((at, i) => {
    const row = [`Extra ${i + 1}`, "typed below the table", ...INPUT_IDS.map((id) => inputs[id])];
    row.forEach((value, j) => model.setUserInput(sheet, at, S.column + j + 1, String(value)));
  });
  model.evaluate();
  return { model, sheet };
}

/** What each of `count` sheet rows from `first` holds across the table's columns, as typed. */
function rowsAt(model: Model, sheet: number, first: number, count: number): string[][] {
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: S.columns.length }, (_, j) =>
      model.getCellContent(sheet, first + i, S.column + j + 1)
    )
  );
}

const belowWarnings = (warnings: readonly string[]): string[] =>
  warnings.filter((w) => w.includes("below the"));

describe("a preview reload over rows typed below the saved scenarios table", () => {
  it("leaves them cell for cell and warns in the pane's summary", async () => {
    const { model, sheet } = withRows(PLAN, [FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 4]);
    const before = rowsAt(model, sheet, FIRST_BELOW, 5);
    const host = new PreviewHost(new PreviewWorkbook(model, undefined), PLAN);

    const summary = await host.loadArticle({ resetInputs: false });

    expect(summary.upgradedFrom).toBeUndefined();
    expect(belowWarnings(summary.warnings)).toEqual([
      `3 rows from row ${FIRST_BELOW} to ${FIRST_BELOW + 4} on "Scenarios", below the ${S.capacity} rows of the table SavedScenarios, hold something in its columns: the load left them where they are (nothing was deleted), but the task pane and the Compare sheet use only the table's ${S.capacity} rows. To use one as a saved scenario, move it into an empty row of the table (or delete a scenario you no longer need to make room).`,
    ]);
    expect(rowsAt(model, sheet, FIRST_BELOW, 5)).toEqual(before);
    expect(before[0]?.[0]).toBe("Extra 1");
    const names = (await host.listScenarios()).scenarios.map((s) => s.name);
    expect(names).not.toContain("Extra 1");
  });

  it("says what the upgrade says of the same rows, but for who left them", () => {
    const rows = [FIRST_BELOW, FIRST_BELOW + 1];
    const upgraded = applyPlanToEngine(withRows(olderLayoutPlan(1), rows).model, PLAN, {
      lambda: false,
    });
    const reloaded = applyPlanToEngine(withRows(PLAN, rows).model, PLAN, { lambda: false });
    expect(upgraded.upgradedFrom).toBe(1);
    expect(belowWarnings(upgraded.warnings)).toHaveLength(1);
    expect(belowWarnings(reloaded.warnings)).toEqual(
      belowWarnings(upgraded.warnings).map((w) =>
        w.replace("the upgrade left them", "the load left them")
      )
    );
  });

  it(`sees the last of the ${ROWS_READ_BELOW} rows below, reload and upgrade alike, not the next`, () => {
    const last = FIRST_BELOW + ROWS_READ_BELOW - 1;
    for (const built of [PLAN, olderLayoutPlan(1)]) {
      const { model, sheet } = withRows(built, [last, last + 1]);
      const before = rowsAt(model, sheet, last, 2);
      const result = applyPlanToEngine(model, PLAN, { lambda: false });
      expect(belowWarnings(result.warnings)).toEqual([
        expect.stringMatching(new RegExp(`^Row ${last} on "Scenarios"`)),
      ]);
      expect(rowsAt(model, sheet, last, 2)).toEqual(before);
    }
  });

  it("warns of nothing when nothing is below the table, reset or not", () => {
    const { model } = withRows(PLAN, []);
    expect(applyPlanToEngine(model, PLAN, { lambda: false }).warnings).toEqual([]);
    expect(applyPlanToEngine(model, PLAN, { lambda: false, resetInputs: true }).warnings).toEqual(
      []
    );
  });
});
