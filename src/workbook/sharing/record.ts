/**
 * The record of a prepared workbook: a sheet the add-in creates and owns, readable by a
 * colleague who opens the workbook without the add-in, and read back by "Restore add-in
 * formulas". Pure.
 *
 * Ownership works as for the plan's sheets (plan.ts "Ownership"): a hidden workbook name points
 * at the record sheet's A1, so it follows a rename, and a sheet of that name without it is the
 * analyst's. The name is AICOST_SHARING_RECORD, not AICOST_OWNS_…: the hosts read any
 * AICOST_OWNS_ marker as "the article was loaded here" (and an unstamped one as layout 1 to
 * upgrade), which a prepared workbook without the article must not look like.
 *
 * One row per prepared cell: where it is (as text, and as a live reference that Excel keeps
 * pointing at the cell when its sheet is renamed or rows are inserted), how it was replaced,
 * the add-in formula it held and what was written instead, both kept as TEXT (typedInput's
 * apostrophe: a formula text in the record can never run), why, and for a frozen cell a live
 * but inert copy of its formula's references that the spreadsheet keeps up to date
 * (references.ts), so Restore writes the formula back with the references as they are now.
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import { cellAddress, parseCellAddress, sheetRef } from "../a1";
import { sharingMessages } from "../messages/sharing";
import type { PlanCell, StyleRole } from "../plan";
import { parseTyped, typed, type CellContent, type Written } from "./cellValues";
import type { How } from "./conversion";
import { liveReferences, referencesNow, type ReferencesNow } from "./references";

/** The record sheet's planned name; a free one ("Add-in formulas (2)") when the analyst has it. */
export const RECORD_SHEET_NAME = "Add-in formulas";
/** The record sheet's ownership marker (see above for why it is not AICOST_OWNS_…). */
export const RECORD_MARKER = "AICOST_SHARING_RECORD";

/** The record marker's formula: the record sheet's A1 (follows the sheet when it is renamed). */
export function recordMarkerFormula(sheetName: string): string {
  return `=${sheetRef(sheetName, "$A$1")}`;
}

const TITLE = sharingMessages.recordTitle;
const RECORD_INTRO: readonly string[] = sharingMessages.recordIntro;
const RECORD_HEADERS = [
  "Cell",
  "Shows now",
  "Replaced with",
  "Add-in formula (as it was)",
  "Written instead (as typed)",
  "Why",
  "References now (kept up to date)",
] as const;

/** 0-based rows: title, the intro lines, a blank row, the header, then one row per cell. */
const HEADER_ROW = 2 + RECORD_INTRO.length;
export const FIRST_ROW = HEADER_ROW + 1;
export const RECORD_COLUMNS = RECORD_HEADERS.length;
const COLUMN = {
  cell: 0,
  link: 1,
  how: 2,
  original: 3,
  written: 4,
  why: 5,
  references: 6,
} as const;
/** Widths in points: addresses, values, labels, then long formulas, reasons and references. */
export const RECORD_WIDTHS_PT: readonly number[] = [110, 90, 90, 320, 320, 420, 200];

const HOW_LABEL: Readonly<Record<How, string>> = {
  twin: "portable twin",
  native: "formula written out",
  frozen: "frozen value",
};

/** A cell of the workbook, by its sheet's name and 0-based row and column. */
export interface CellAt {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface RecordEntry {
  /** Where the cell is now; null when it was deleted since (its link reads #REF!). */
  readonly cell: CellAt | null;
  readonly how: How;
  /** The AICOST formula the cell held, exactly as the workbook gave it. */
  readonly original: string;
  readonly written: Written;
  readonly why: string;
  /**
   * As read back: what the live copy of a frozen formula's references says now, or null when
   * the row has none (a formula without references, or one whose copy could not be kept).
   */
  readonly references?: ReferencesNow | null;
}

/** A row of the record as read back: an entry, or a row that cannot be read (kept as it is). */
export type RecordRow =
  | { readonly row: number; readonly entry: RecordEntry }
  | { readonly row: number; readonly entry: null; readonly problem: string };

/** "Sheet1!B4", or "'My sheet'!B4" where the name needs quotes, as Excel writes references. */
export function cellName(cell: CellAt): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(cell.sheet) && !/^[A-Za-z]{1,3}\d+$/.test(cell.sheet);
  const sheet = plain ? cell.sheet : `'${cell.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${cellAddress(cell.row, cell.column)}`;
}

/** The cells of one record row. Texts stay text (the applier types them with typedInput). */
export function entryCells(entry: RecordEntry & { readonly cell: CellAt }): PlanCell[] {
  const live = entry.how === "frozen" ? liveReferences(entry.original, entry.cell.sheet) : null;
  return [
    cellName(entry.cell),
    { formula: `=${sheetRef(entry.cell.sheet, cellAddress(entry.cell.row, entry.cell.column))}` },
    HOW_LABEL[entry.how],
    entry.original,
    typed(entry.written),
    entry.why,
    live === null || live === "too long" ? null : { formula: live },
  ];
}

/** The title, intro and header (rows 0 to HEADER_ROW), written whenever the record is. */
export function recordHeading(): { readonly cells: PlanCell[][]; readonly roles: StyleRole[] } {
  const blank = (): PlanCell[] => Array.from({ length: RECORD_COLUMNS }, () => null);
  const line = (text: string): PlanCell[] => [text, ...blank().slice(1)];
  return {
    cells: [line(TITLE), ...RECORD_INTRO.map(line), blank(), [...RECORD_HEADERS]],
    roles: ["title", ...RECORD_INTRO.map((): StyleRole => "note"), "note", "header"],
  };
}

/** An empty row of the record, to clear a restored or superseded entry. */
export function emptyRow(): PlanCell[] {
  return Array.from({ length: RECORD_COLUMNS }, () => null);
}

/**
 * The record's rows from the sheet as read (`cellAt` gives any cell; rows are 0-based): every
 * non-empty row from FIRST_ROW to `lastRow`, read as an entry or reported as unreadable.
 */
export function readRecord(
  cellAt: (row: number, column: number) => CellContent,
  lastRow: number
): RecordRow[] {
  const rows: RecordRow[] = [];
  for (let row = FIRST_ROW; row <= lastRow; row++) {
    const cells = Array.from({ length: RECORD_COLUMNS }, (_, c) => cellAt(row, c));
    if (cells.every(isEmpty)) continue;
    rows.push(readEntry(row, cells));
  }
  return rows;
}

/** Empty, or cleared to "" (a cleared cell may keep the apostrophe its text had, as a style). */
function isEmpty(cell: CellContent): boolean {
  return (
    cell.formula === null &&
    (cell.value.kind === "empty" || (cell.value.kind === "text" && cell.value.value === ""))
  );
}

function readEntry(row: number, cells: readonly CellContent[]): RecordRow {
  const text = (column: number): string | undefined => {
    const cell = cells[column];
    return cell?.formula === null && cell.value.kind === "text" ? cell.value.value : undefined;
  };
  const unreadable = (problem: string): RecordRow => ({ row, entry: null, problem });
  const link = cells[COLUMN.link]?.formula;
  const where = link ? readLink(link) : null;
  if (where === null) return unreadable(sharingMessages.linkNotAReference);
  const how = (Object.keys(HOW_LABEL) as How[]).find((h) => HOW_LABEL[h] === text(COLUMN.how));
  const original = text(COLUMN.original);
  // A cell frozen to empty text ("") was written as nothing: its record cell is empty too.
  const writtenCell = cells[COLUMN.written];
  const written =
    how === "frozen" && writtenCell && isEmpty(writtenCell) ? "" : text(COLUMN.written);
  if (!how || original === undefined || !original.startsWith("=") || written === undefined) {
    return unreadable(sharingMessages.rowEdited);
  }
  const entry: RecordEntry = {
    cell: where === "gone" ? null : where,
    how,
    original,
    written: parseTyped(written),
    why: text(COLUMN.why) ?? "",
    references: readReferences(cells[COLUMN.references], where === "gone" ? null : where.sheet),
  };
  return { row, entry };
}

/** The live copy of a frozen formula's references as it reads now (references.ts). */
function readReferences(cell: CellContent | undefined, sheet: string | null): ReferencesNow | null {
  if (!cell?.formula || sheet === null) return null;
  return referencesNow(cell.formula, sheet);
}

/**
 * The cell a link formula points at now (`=Sheet1!B4`, `='My sheet'!B4`), "gone" when Excel
 * made it #REF! (the cell was deleted), or null when it is no single-cell reference.
 */
export function readLink(formula: string): CellAt | "gone" | null {
  const tokens = tokenize(formula, { withLocation: false, mergeRefs: false }).filter(
    (t) => t.type !== tokenTypes.WHITESPACE
  );
  if (tokens.some((t) => t.type === tokenTypes.ERROR && t.value.toUpperCase() === "#REF!"))
    return "gone";
  const [prefix, context, bang, range, ...rest] = tokens;
  if (
    prefix?.type !== tokenTypes.FX_PREFIX ||
    bang?.value !== "!" ||
    range?.type !== tokenTypes.REF_RANGE ||
    rest.length > 0
  ) {
    return null;
  }
  const sheet =
    context?.type === tokenTypes.CONTEXT
      ? context.value
      : context?.type === tokenTypes.CONTEXT_QUOTE
        ? context.value.slice(1, -1).replace(/''/g, "'")
        : null;
  if (sheet === null || !/^\$?[A-Za-z]+\$?\d+$/.test(range.value)) return null;
  const { row, column } = parseCellAddress(range.value.toUpperCase());
  return { sheet, row, column };
}
