/**
 * What the load tests of the contract suite read back, the same way on both books: the whole
 * workbook as the add-in can change it (every sheet's cells over the add-in's area, as typed;
 * the names; the tables), and a summary without the preview's word on charts (it draws none:
 * docs/HOSTS.md, "Where the IronCalc adapter stands in").
 */
import { buildPlan } from "../../../src/workbook/buildPlan";
import { columnLetters } from "../../../src/workbook/a1";
import { ROWS_READ_BELOW } from "../../../src/workbook/upgrade";
import type { ContractBook } from "./books";

const PLAN = buildPlan();

/** Rows and columns to read on each sheet: past every block and table of the plan. */
const EXTENT = (() => {
  let rows = 0;
  let columns = 0;
  for (const sheet of PLAN.sheets) {
    for (const b of sheet.blocks) {
      rows = Math.max(rows, b.row + b.cells.length);
      columns = Math.max(columns, b.column + (b.cells[0]?.length ?? 0));
    }
  }
  for (const t of PLAN.tables) {
    rows = Math.max(rows, t.headerRow + 1 + t.capacity + ROWS_READ_BELOW);
    columns = Math.max(columns, t.column + t.columns.length);
  }
  return { rows: rows + 1, columns: columns + 1 };
})();

/** A new workbook's own empty sheet (Excel's "Sheet1"; the preview makes it the first sheet). */
const BLANK_SHEET = "Sheet1";

/** Every non-empty cell of every sheet, as typed, sheet by sheet in tab order. */
export function contents(book: ContractBook): Record<string, Record<string, string>> {
  const all: Record<string, Record<string, string>> = {};
  for (const sheet of book.sheetNames()) {
    if (sheet === BLANK_SHEET) continue;
    const cells: Record<string, string> = {};
    for (let r = 0; r < EXTENT.rows; r++) {
      for (let c = 0; c < EXTENT.columns; c++) {
        const address = `${columnLetters(c)}${r + 1}`;
        const content = book.content(sheet, address);
        if (content !== "") cells[address] = content;
      }
    }
    all[sheet] = cells;
  }
  return all;
}

/**
 * The analyst's names and the add-in's, as Excel lists them, compared without case, quotes or
 * brackets: IronCalc prints a formula it parsed again, and drops brackets it does not need.
 */
export function names(book: ContractBook): string[] {
  // The preview's tables are names too (its stand-in): the table's, and one per column.
  const keys = PLAN.tables.flatMap((t) => t.columns.map((c) => c.key));
  const tables = new Set(
    book
      .tables()
      .flatMap((t) => [t.name, ...keys.map((k) => `${t.name}_${k}`)].map((n) => n.toUpperCase()))
  );
  return book
    .names()
    .filter((n) => !n.name.toUpperCase().startsWith("AICOST_PREVIEW_"))
    .filter((n) => !tables.has(n.name.toUpperCase()))
    .map((n) => `${n.name.toUpperCase()} ${n.formula.replace(/['()]/g, "").toUpperCase()}`)
    .sort();
}

/** Everything a load can change, to compare before and after, and across the two books. */
export function workbook(book: ContractBook): unknown {
  return {
    sheets: book.sheetNames().filter((s) => s !== BLANK_SHEET),
    cells: contents(book),
    names: names(book),
    tables: book.tables(),
  };
}

export { refusal } from "../../excel/support/hostOn";
