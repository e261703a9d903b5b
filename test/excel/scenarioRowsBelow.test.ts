/**
 * Rows an analyst typed below the saved scenarios' capacity (in Excel the table grows to take
 * them), in a workbook layout 1 built, through the Excel host on the fake Excel over IronCalc:
 * the upgrade writes the table's capacity rows only, so those rows stay where they are (nothing
 * is deleted), the summary's warnings say the pane and the Compare sheet do not use them, and
 * the survey still takes one round trip. Without such rows, no warning.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_IDS, scenarioAt } from "../../src/model";
import { buildPlan } from "../../src/workbook";
import { columnLetters } from "../../src/workbook/a1";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

beforeAll(() => loadIronCalc());

const S = buildPlan().scenarios;
/** The sheet's first row (1-based) below the table's capacity. */
const FIRST_BELOW = S.firstRow + S.capacity + 1;

async function layoutOneWith(rowsBelow: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await hostOn(excel, { makePlan: () => olderLayoutPlan(1) }).loadArticle({ resetInputs: false });
  const inputs = scenarioAt("low");
  for (let i = 0; i < rowsBelow; i++) {
    excel.type(
      "Scenarios",
      `${columnLetters(S.column)}${FIRST_BELOW + i}`,
      `Extra ${i + 1}`,
      "typed below the table",
      ...INPUT_IDS.map((id) => inputs[id])
    );
  }
  return excel;
}

const below = (excel: FakeExcel): string[] =>
  Array.from({ length: 4 }, (_, i) =>
    S.columns
      .map((_, j) => excel.content("Scenarios", `${columnLetters(S.column + j)}${FIRST_BELOW + i}`))
      .join("|")
  );

describe("an upgrade over rows typed below the saved scenarios table", () => {
  it("leaves them where they are and says so in the summary's warnings", async () => {
    const excel = await layoutOneWith(3);
    const before = below(excel);
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings).toContainEqual(
      `Rows ${FIRST_BELOW} to ${FIRST_BELOW + 2} on "Scenarios", below the ${S.capacity} rows of the table SavedScenarios, hold something in its columns: the upgrade left them where they are (nothing was deleted), but the task pane and the Compare sheet use only the table's ${S.capacity} rows. To use one as a saved scenario, move it into an empty row of the table (or delete a scenario you no longer need to make room).`
    );
    expect(below(excel)).toEqual(before);
    expect(below(excel)[0]).toMatch(/^Extra 1\|typed below the table\|/);
  });

  it("warns of nothing when nothing is below the table, in the same four round trips", async () => {
    const excel = await layoutOneWith(0);
    excel.syncs = 0;
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.warnings.filter((w) => w.includes("below the"))).toEqual([]);
    expect(excel.syncs).toBe(4);
  });
});
