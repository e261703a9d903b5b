/**
 * Rows an analyst typed below the saved scenarios' capacity, on a RELOAD (same layout) through
 * the Excel host on the fake Excel over IronCalc: (a) the table grew to take them, as Excel
 * grows a table when one types in the row right below it, and (b) rows further down, below the
 * grown table. The reload leaves every one of them as typed, the table as large as it grew, and
 * warns in the words of the upgrade (carryOver.ts rowsBelow), in the same four round trips. The
 * window is the same ROWS_READ_BELOW rows for reload and upgrade: the last row in it is warned
 * of by both, the first row past it by neither.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlan, type WorkbookPlan } from "../../src/workbook";
import { columnLetters } from "../../src/workbook/a1";
import { ROWS_READ_BELOW } from "../../src/workbook/upgrade";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc } from "../support/ironcalc";
import {
  belowWarning,
  belowWarnings,
  excelCells,
  FIRST_BELOW,
  SCENARIOS as S,
  rowsAt as cellsAt,
  typeScenario,
} from "../support/rowsBelow";
import type { TableRecord } from "./support/fakeBook";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

beforeAll(() => loadIronCalc());

const WIDTH = S.columns.length;

/** A workbook `plan` built, with the analyst's first scenario saved in the table. */
async function loadedBy(plan: () => WorkbookPlan): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const host = hostOn(excel, { makePlan: plan });
  await host.loadArticle({ resetInputs: false });
  return excel;
}

/** The add-in's scenarios table as the fake holds it (the analyst owns no other here). */
function scenariosTable(excel: FakeExcel): TableRecord {
  const table = excel.book.tables.find((t) => t.name.startsWith("SavedScenarios"));
  if (!table) throw new Error("no scenarios table");
  return table;
}

/**
 * What Excel does when one types in the row right below a table: the table takes that row.
 * The fake does not model it, so the test grows the table's record as Excel would.
 */
function growTableBy(excel: FakeExcel, rows: number): void {
  const table = scenariosTable(excel);
  const index = excel.book.tables.indexOf(table);
  excel.book.tables[index] = { ...table, area: { ...table.area, r1: table.area.r1 + rows } };
}

const rowsAt = (excel: FakeExcel, first: number, count: number): string[] =>
  cellsAt(excelCells(excel), first, count);

const reload = (excel: FakeExcel, resetInputs = false) =>
  hostOn(excel).loadArticle({ resetInputs });

describe("a reload over a scenarios table Excel grew to take rows typed below it", () => {
  it("leaves the rows and the grown table as they are, and warns in the upgrade's words", async () => {
    const excel = await loadedBy(() => buildPlan());
    for (let i = 0; i < 3; i++) {
      typeScenario(excel, FIRST_BELOW + i, `Extra ${i + 1}`);
      growTableBy(excel, 1);
    }
    const rows = rowsAt(excel, FIRST_BELOW, 3);
    const grown = structuredClone(scenariosTable(excel));
    excel.syncs = 0;

    const summary = await reload(excel);

    expect(summary.upgradedFrom).toBeUndefined();
    expect(excel.syncs).toBe(4);
    expect(summary.warnings).toContainEqual(
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 2], "load")
    );
    expect(rowsAt(excel, FIRST_BELOW, 3)).toEqual(rows);
    expect(rows[0]).toMatch(/^Extra 1\|typed below the table\|/);
    expect(scenariosTable(excel)).toEqual(grown);
    // What the warning says: the pane does not list them.
    const listed = (await hostOn(excel).listScenarios()).scenarios.map((s) => s.name);
    expect(listed).not.toContain("Extra 1");
  });

  it("says the same, word for word, as the upgrade of a layout-1 workbook with those rows", async () => {
    const warningsOf = async (plan: () => WorkbookPlan): Promise<string[]> => {
      const excel = await loadedBy(plan);
      for (let i = 0; i < 2; i++) {
        typeScenario(excel, FIRST_BELOW + i, `Extra ${i + 1}`);
        growTableBy(excel, 1);
      }
      const summary = await reload(excel);
      return belowWarnings(summary.warnings);
    };
    const upgraded = await warningsOf(() => olderLayoutPlan(1));
    const reloaded = await warningsOf(() => buildPlan());
    expect(upgraded).toEqual([belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "upgrade")]);
    expect(reloaded).toEqual([belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "load")]);
  });
});

describe("a reload over rows typed below the grown table", () => {
  it("warns of the grown rows and the rows below them together, changing none", async () => {
    const excel = await loadedBy(() => buildPlan());
    typeScenario(excel, FIRST_BELOW, "In the grown table");
    growTableBy(excel, 1);
    typeScenario(excel, FIRST_BELOW + 3, "Further down");
    const rows = rowsAt(excel, FIRST_BELOW, 4);

    const summary = await reload(excel, true); // a reset keeps saved scenarios, and these

    expect(belowWarnings(summary.warnings)).toEqual([
      belowWarning([FIRST_BELOW, FIRST_BELOW + 3], "load"),
    ]);
    expect(rowsAt(excel, FIRST_BELOW, 4)).toEqual(rows);
  });

  it(`sees the last of the ${ROWS_READ_BELOW} rows below, as the upgrade does, and not the next`, async () => {
    const last = FIRST_BELOW + ROWS_READ_BELOW - 1;
    const olderLayoutPlan1 = (): WorkbookPlan => olderLayoutPlan(1);
    for (const plan of [() => buildPlan(), olderLayoutPlan1]) {
      const excel = await loadedBy(plan);
      typeScenario(excel, last, "Far down");
      typeScenario(excel, last + 1, "Out of sight");
      const rows = rowsAt(excel, last, 2);
      const summary = await reload(excel);
      const load = plan === olderLayoutPlan1 ? "upgrade" : "load";
      expect(belowWarnings(summary.warnings)).toEqual([belowWarning([last], load)]);
      expect(rowsAt(excel, last, 2)).toEqual(rows);
    }
  });

  it("warns of nothing when nothing is below the table, in four round trips", async () => {
    const excel = await loadedBy(() => buildPlan());
    // A cell beside the table's columns is not in them: no warning for it.
    excel.type("Scenarios", `${columnLetters(S.column + WIDTH)}${FIRST_BELOW}`, "their own");
    excel.syncs = 0;
    const summary = await reload(excel);
    expect(summary.warnings).toEqual([]);
    expect(excel.syncs).toBe(4);
  });
});
