/**
 * Rows an analyst typed below the saved scenarios' capacity (in Excel the table grows to take
 * them), in a workbook layout 1 built, through the Excel host on the fake Excel over IronCalc:
 * the upgrade writes the table's capacity rows only, so those rows stay where they are (nothing
 * is deleted), the summary's warnings say the pane and the Compare sheet do not use them, and
 * the survey still takes one round trip. Without such rows, no warning.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import {
  belowWarning,
  belowWarnings,
  excelCells,
  FIRST_BELOW,
  rowsAt,
  typeScenario,
} from "../support/rowsBelow";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

beforeAll(() => loadIronCalc());

async function layoutOneWith(rowsBelow: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await hostOn(excel, { makePlan: () => olderLayoutPlan(1) }).loadArticle({ resetInputs: false });
  for (let i = 0; i < rowsBelow; i++) typeScenario(excel, FIRST_BELOW + i, `Extra ${i + 1}`);
  return excel;
}

const below = (excel: FakeExcel): string[] => rowsAt(excelCells(excel), FIRST_BELOW, 4);

describe("an upgrade over rows typed below the saved scenarios table", () => {
  it("leaves them where they are and says so in the summary's warnings", async () => {
    const excel = await layoutOneWith(3);
    const before = below(excel);
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings).toContainEqual(
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 2], "upgrade")
    );
    expect(below(excel)).toEqual(before);
    expect(below(excel)[0]).toMatch(/^Extra 1\|typed below the table\|/);
  });

  it("names a single row as a row", async () => {
    const excel = await layoutOneWith(1);
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(belowWarnings(summary.warnings)).toEqual([belowWarning([FIRST_BELOW], "upgrade")]);
  });

  it("warns of nothing when nothing is below the table, in the same four round trips", async () => {
    const excel = await layoutOneWith(0);
    excel.syncs = 0;
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(belowWarnings(summary.warnings)).toEqual([]);
    expect(excel.syncs).toBe(4);
  });
});
