/**
 * Rows an analyst typed below the saved scenarios' capacity, on a RELOAD (same layout) in the
 * preview, on IronCalc: IronCalc has no tables, so nothing grows; rows below the capacity are
 * cells below it, the case Excel's grown table comes to. The reload leaves them cell for cell,
 * and its summary warns in the upgrade's words (carryOver.ts rowsBelow) over the same
 * ROWS_READ_BELOW rows: the last one in the window is warned of, the next is not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { ROWS_READ_BELOW } from "../../src/workbook/upgrade";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";
import {
  belowWarning,
  belowWarnings,
  engineCells,
  FIRST_BELOW,
  rowsAt as cellsAt,
  typeScenarioInEngine,
} from "../support/rowsBelow";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();

/** A workbook `built` applied, with scenarios typed in the given sheet rows (1-based). */
function withRows(built: WorkbookPlan, rows: readonly number[]): { model: Model; sheet: number } {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, built, { lambda: false });
  const sheet = sheetIndexOf(model, PLAN, "scenarios");
  rows.forEach((at, i) => typeScenarioInEngine(model, sheet, at, `Extra ${i + 1}`));
  model.evaluate();
  return { model, sheet };
}

/** What each of `count` sheet rows from `first` holds across the table's columns, as typed. */
const rowsAt = (model: Model, sheet: number, first: number, count: number): string[] =>
  cellsAt(engineCells(model, sheet), first, count);

describe("a preview reload over rows typed below the saved scenarios table", () => {
  it("leaves them cell for cell and warns in the pane's summary", async () => {
    const { model, sheet } = withRows(PLAN, [FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 4]);
    const before = rowsAt(model, sheet, FIRST_BELOW, 5);
    const host = new PreviewHost(new PreviewWorkbook(model, undefined), PLAN);

    const summary = await host.loadArticle({ resetInputs: false });

    expect(summary.upgradedFrom).toBeUndefined();
    expect(belowWarnings(summary.warnings)).toEqual([
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 4], "load"),
    ]);
    expect(rowsAt(model, sheet, FIRST_BELOW, 5)).toEqual(before);
    expect(before[0]).toMatch(/^Extra 1\|typed below the table\|/);
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
    expect(belowWarnings(upgraded.warnings)).toEqual([belowWarning(rows, "upgrade")]);
    expect(belowWarnings(reloaded.warnings)).toEqual([belowWarning(rows, "load")]);
  });

  it(`sees the last of the ${ROWS_READ_BELOW} rows below, reload and upgrade alike, not the next`, () => {
    const last = FIRST_BELOW + ROWS_READ_BELOW - 1;
    for (const built of [PLAN, olderLayoutPlan(1)]) {
      const { model, sheet } = withRows(built, [last, last + 1]);
      const before = rowsAt(model, sheet, last, 2);
      const result = applyPlanToEngine(model, PLAN, { lambda: false });
      const load = built === PLAN ? "load" : "upgrade";
      expect(belowWarnings(result.warnings)).toEqual([belowWarning([last], load)]);
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
