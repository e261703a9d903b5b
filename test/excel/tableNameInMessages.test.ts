/**
 * Where the analyst's own tables already have the add-in's planned names (SavedScenarios,
 * ArticleCosts), the add-in's tables get free names (SavedScenarios_2, ArticleCosts_2: refs.ts),
 * and every message the analyst then sees names them so, never by the planned name that is
 * their own table's: the reload's and the upgrade's warnings and kept lines, and the problems
 * that stop a load (moved or inserted columns, a changed header, a table of theirs on the
 * add-in's sheet). Through the Excel host on the fake Excel over IronCalc.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlan, type WorkbookPlan } from "../../src/workbook";
import { columnLetters } from "../../src/workbook/a1";
import type { HostProblem, LoadSummary } from "../../src/workbook/host";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import { belowWarning, FIRST_BELOW, typeScenario } from "../support/rowsBelow";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

beforeAll(() => loadIronCalc());

const PLAN = buildPlan();
const S = PLAN.scenarios;
/** The planned name, not followed by the free name's suffix: their table, not the add-in's. */
const PLANNED_NAME = /\b(SavedScenarios|ArticleCosts)\b(?!_2)/;

function header(key: string): string {
  const found = PLAN.tables.find((t) => t.key === "scenarios")?.columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.header;
}

/** Their tables of the planned names on a sheet of their own, then the article loaded by `plan`. */
async function besideTheirTables(plan: () => WorkbookPlan): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.addSheet("My tables");
  excel.type("My tables", "A1", "Scenario", "Owner");
  excel.type("My tables", "A2", "Board case", "CFO");
  excel.addTable("My tables", "A1:B2", "SavedScenarios");
  excel.type("My tables", "D1", "Cost", "USD");
  excel.type("My tables", "D2", "Cloud", 1200);
  excel.addTable("My tables", "D1:E2", "ArticleCosts");
  const first = await hostOn(excel, { makePlan: plan }).loadArticle({ resetInputs: false });
  expect(first.warnings).toContainEqual(
    `The name "SavedScenarios" is already used in your workbook: the add-in's table is named "SavedScenarios_2".`
  );
  return excel;
}

function typeBelow(excel: FakeExcel, rows: number): void {
  for (let i = 0; i < rows; i++) typeScenario(excel, FIRST_BELOW + i, `Extra ${i + 1}`, "below");
}

/** The analyst overrides the article's first cost (as test/contract/upgrade.test.ts does). */
function overrideFirstCost(excel: FakeExcel): void {
  excel.type("Figures", "D5", 5000000);
  excel.type("Figures", "J5", "TRUE");
}

/** Every line of a summary the analyst reads about the add-in's tables. */
const linesOf = (summary: LoadSummary): string[] => [...summary.kept, ...summary.warnings];
const textOf = (problem: HostProblem): string => `${problem.message} ${problem.repair}`;

describe("a reload beside the analyst's own SavedScenarios and ArticleCosts tables", () => {
  it("names SavedScenarios_2 in the warning of rows below, ArticleCosts_2 in what it kept", async () => {
    const excel = await besideTheirTables(() => buildPlan());
    typeBelow(excel, 2);
    overrideFirstCost(excel);
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.warnings).toContainEqual(
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "load", "SavedScenarios_2")
    );
    expect(summary.kept).toContainEqual("ArticleCosts_2: v3_training_cost, marked as overridden");
    expect(summary.kept).toContainEqual("Your saved scenarios in SavedScenarios_2");
    expect(linesOf(summary).filter((line) => PLANNED_NAME.test(line))).toEqual([]);
  });

  it("names SavedScenarios_2 when a moved column stops it", async () => {
    const excel = await besideTheirTables(() => buildPlan());
    const note = S.column + S.columns.indexOf("note");
    const book = excel.book;
    book.engine.moveColumns(book.index(book.sheet("Scenarios")), note + 1, 1, 1);
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toContain(
      `The columns of the table SavedScenarios_2 on "Scenarios" are not in the add-in's order`
    );
    expect(error.problem.repair).toContain(`" in SavedScenarios_2 (cut the column`);
    expect(textOf(error.problem)).not.toMatch(PLANNED_NAME);
  });

  it("names SavedScenarios_2 when a column inserted inside the table stops it", async () => {
    const excel = await besideTheirTables(() => buildPlan());
    const fundingLetters = columnLetters(S.column + S.columns.indexOf("fundingUsd"));
    excel.insertColumns("Scenarios", fundingLetters);
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toContain(
      `The column "${header("fundingUsd")}" of the table SavedScenarios_2 on "Scenarios" is no longer where the add-in put it`
    );
    expect(textOf(error.problem)).not.toMatch(PLANNED_NAME);
  });

  it("names SavedScenarios_2 as the name to give back to a renamed add-in table", async () => {
    const excel = await besideTheirTables(() => buildPlan());
    const ours = excel.book.tables.find((t) => t.name === "SavedScenarios_2");
    if (!ours) throw new Error("the add-in's table is not SavedScenarios_2");
    ours.name = "RenamedByHand"; // Table Design > Table Name
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toContain(
      `holds a table "RenamedByHand" that is not the add-in's, where the add-in must put its table "SavedScenarios_2"`
    );
    expect(error.problem.repair).toMatch(/^Rename the table back to "SavedScenarios_2"/);
    expect(textOf(error.problem)).not.toMatch(PLANNED_NAME);
  });
});

describe("an upgrade from layout 1 beside the analyst's own tables of the planned names", () => {
  it("names ArticleCosts_2 and SavedScenarios_2 in what it kept and warns of", async () => {
    const excel = await besideTheirTables(() => olderLayoutPlan(1));
    typeBelow(excel, 1);
    overrideFirstCost(excel);
    const summary = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.kept).toContainEqual("ArticleCosts_2: v3_training_cost, marked as overridden");
    expect(summary.warnings).toContainEqual(
      belowWarning([FIRST_BELOW], "upgrade", "SavedScenarios_2")
    );
    expect(linesOf(summary).filter((line) => PLANNED_NAME.test(line))).toEqual([]);
  });

  it("names SavedScenarios_2 when a header it needs was changed", async () => {
    const excel = await besideTheirTables(() => olderLayoutPlan(1));
    const noteCell = `${columnLetters(S.column + S.columns.indexOf("note"))}${S.headerRow + 1}`;
    excel.type("Scenarios", noteCell, "My remarks");
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toContain(
      `The table SavedScenarios_2 on "Scenarios" has no column headed "${header("note")}"`
    );
    expect(textOf(error.problem)).not.toMatch(PLANNED_NAME);
  });

  it("says what it misses, not their table's name, when the scenarios' sheet is gone", async () => {
    const excel = await besideTheirTables(() => olderLayoutPlan(1));
    const book = excel.book;
    const sheet = book.sheet("Scenarios");
    book.deleteSheet(sheet);
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toContain("The add-in cannot find its saved scenarios table");
    expect(textOf(error.problem)).not.toMatch(PLANNED_NAME);
  });
});
