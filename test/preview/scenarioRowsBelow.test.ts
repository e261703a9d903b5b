/**
 * Rows an analyst typed below the saved scenarios' capacity, in a workbook layout 1 built, on
 * IronCalc as the preview loads it: the upgrade writes the table's capacity rows only, so those
 * rows stay where they are, cell for cell (nothing is deleted), and the load's summary warns
 * that the pane and the Compare sheet do not use them. Without such rows, no warning.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_IDS, scenarioAt } from "../../src/model";
import { applyPlanToEngine, sheetIndexOf } from "../../src/preview/engine";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { buildPlan } from "../../src/workbook/buildPlan";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, newEngineWorkbook, type Model } from "../support/ironcalc";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();
const S = PLAN.scenarios;
/** The sheet's first row (1-based) below the table's capacity. */
const FIRST_BELOW = S.firstRow + S.capacity + 1;

/** A layout-1 workbook with two scenarios typed right below the table's capacity. */
function withRowsBelow(count: number): { model: Model; sheet: number } {
  const model = newEngineWorkbook();
  applyPlanToEngine(model, olderLayoutPlan(1), { lambda: false });
  const sheet = sheetIndexOf(model, PLAN, "scenarios");
  const inputs = scenarioAt("high");
  for (let i = 0; i < count; i++) {
    const row = [`Extra ${i + 1}`, "typed below the table", ...INPUT_IDS.map((id) => inputs[id])];
    row.forEach((value, j) =>
      model.setUserInput(sheet, FIRST_BELOW + i, S.column + j + 1, String(value))
    );
  }
  model.evaluate();
  return { model, sheet };
}

function rowsBelow(model: Model, sheet: number): string[][] {
  return Array.from({ length: 3 }, (_, i) =>
    Array.from({ length: S.columns.length }, (_, j) =>
      model.getCellContent(sheet, FIRST_BELOW + i, S.column + j + 1)
    )
  );
}

describe("an upgrade over rows typed below the saved scenarios table", () => {
  it("leaves them where they are and says so in the summary's warnings", async () => {
    const { model, sheet } = withRowsBelow(2);
    const before = rowsBelow(model, sheet);
    const host = new PreviewHost(new PreviewWorkbook(model, undefined), PLAN);
    const summary = await host.loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Rows ${FIRST_BELOW} to ${FIRST_BELOW + 1} on "Scenarios", below the ${S.capacity} rows of the table SavedScenarios, hold something in its columns: the upgrade left them where they are \\(nothing was deleted\\)`
        )
      )
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
    expect(result.warnings).toEqual([expect.stringMatching(new RegExp(`^Row ${FIRST_BELOW} on`))]);
  });
});
