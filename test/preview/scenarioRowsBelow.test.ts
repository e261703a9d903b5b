/**
 * Rows an analyst typed below the saved scenarios' capacity, in a workbook layout 1 built, on
 * IronCalc as the preview loads it: the upgrade writes the table's capacity rows only, so those
 * rows stay where they are, cell for cell (nothing is deleted), and the load's summary warns
 * that the pane and the Compare sheet do not use them. Without such rows, no warning.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";
import {
  belowWarning,
  engineCells,
  FIRST_BELOW,
  rowsAt,
  typeScenarioInEngine,
} from "../support/rowsBelow";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();

/** A layout-1 workbook with `count` scenarios typed right below the table's capacity. */
function withRowsBelow(count: number): { model: Model; sheet: number } {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, olderLayoutPlan(1), { lambda: false });
  const sheet = sheetIndexOf(model, PLAN, "scenarios");
  for (let i = 0; i < count; i++)
    typeScenarioInEngine(model, sheet, FIRST_BELOW + i, `Extra ${i + 1}`);
  model.evaluate();
  return { model, sheet };
}

const rowsBelow = (model: Model, sheet: number): string[] =>
  rowsAt(engineCells(model, sheet), FIRST_BELOW, 3);

describe("an upgrade over rows typed below the saved scenarios table", () => {
  it("leaves them where they are and says so in the summary's warnings", async () => {
    const { model, sheet } = withRowsBelow(2);
    const before = rowsBelow(model, sheet);
    const host = new PreviewHost(new PreviewWorkbook(model, undefined), PLAN);
    const summary = await host.loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings).toContainEqual(
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "upgrade")
    );
    expect(rowsBelow(model, sheet)).toEqual(before);
    // What the warning says: the pane does not list them.
    const names = (await host.listScenarios()).scenarios.map((s) => s.name);
    expect(names).not.toContain("Extra 1");
  });

  it("warns of nothing when nothing is below the table", () => {
    const { model } = withRowsBelow(0);
    const result = applyPlanToEngine(model, PLAN, { lambda: false });
    expect(result.upgradedFrom).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it("names a single row as a row", () => {
    const { model } = withRowsBelow(1);
    const result = applyPlanToEngine(model, PLAN, { lambda: false });
    expect(result.warnings).toEqual([belowWarning([FIRST_BELOW], "upgrade")]);
  });
});
