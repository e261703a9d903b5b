/**
 * Columns the analyst moved inside the add-in's scenarios table, through the Excel host on the
 * fake Excel over IronCalc: a reload (which writes the headers in the plan's order over rows
 * it leaves in place) and an upgrade from layout 1 (which writes the rows back in the plan's
 * order) both stop before any change, say which table and columns and how to move them back;
 * once moved back, the load goes through and the analyst's formula reads what it read.
 * IronCalc's moveColumns moves the cells and every formula pointing at them follows, as with
 * Excel's cut and Insert Cut Cells.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlan, type WorkbookPlan } from "../../src/workbook";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();
const S = PLAN.scenarios;
const FUNDING = S.column + S.columns.indexOf("fundingUsd"); // 0-based column of the sheet
const LETTER = String.fromCharCode(65 + FUNDING);

function header(key: string): string {
  const found = PLAN.tables.find((t) => t.key === "scenarios")?.columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.header;
}

/** A workbook loaded by `plan`, with the analyst's formula on the first scenario's funding. */
async function builtBy(plan: () => WorkbookPlan): Promise<FakeExcel> {
  const excel = new FakeExcel();
  await hostOn(excel, { makePlan: plan }).loadArticle({ resetInputs: false });
  excel.addSheet("My analysis");
  excel.type("My analysis", "A1", `=Scenarios!${LETTER}${S.firstRow + 1}*2`);
  excel.defineName("MyFunding", `=Scenarios!$${LETTER}$${S.firstRow + 1}`);
  return excel;
}

/** The analyst cuts a column and inserts it `by` columns further right (left if negative). */
function moveColumn(excel: FakeExcel, column: number, by: number): void {
  const book = excel.book;
  book.engine.moveColumns(book.index(book.sheet("Scenarios")), column + 1, 1, by);
  // Their name followed the cells too; defined again so the fake lists names afresh.
  const to = String.fromCharCode(65 + column + by);
  excel.deleteName("MyFunding");
  excel.defineName("MyFunding", `=Scenarios!$${to}$${S.firstRow + 1}`);
  excel.type("My analysis", "B1", "moved"); // and the sheet recalculates, as Excel does
}

describe.each([
  ["a reload of this layout", () => buildPlan()],
  ["an upgrade from layout 1", () => olderLayoutPlan(1)],
])("%s over a scenario column the analyst moved", (_, plan) => {
  it("stops before any change, saying how to move it back; goes through once it is", async () => {
    const excel = await builtBy(plan);
    const before = excel.value("My analysis", "A1");
    moveColumn(excel, FUNDING, 1);
    expect(excel.value("My analysis", "A1")).toEqual(before); // their formula followed
    const moved = excel.state();

    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    const next = S.columns[S.columns.indexOf("fundingUsd") + 1] ?? "";
    const previous = S.columns[S.columns.indexOf("fundingUsd") - 1] ?? "";
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.message).toContain(
      `The columns of the table SavedScenarios on "Scenarios" are not in the add-in's order ("${header(next)}" is now before "${header("fundingUsd")}")`
    );
    expect(error.problem.repair).toMatch(
      new RegExp(
        `^Move the column "${escape(header("fundingUsd"))}" back after "${escape(header(previous))}" in SavedScenarios \\(cut the column, then right-click the column it belongs before and choose Insert Cut Cells`
      )
    );
    expect(excel.state()).toEqual(moved);

    moveColumn(excel, FUNDING + 1, -1);
    await hostOn(excel).loadArticle({ resetInputs: false });
    expect(excel.value("My analysis", "A1")).toEqual(before);
    expect(excel.content("Scenarios", `${LETTER}${S.headerRow + 1}`)).toBe(header("fundingUsd"));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
