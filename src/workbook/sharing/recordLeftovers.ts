/**
 * Whether the record sheet may go once Restore has cleared its rows. Pure.
 *
 * The sheet is the add-in's, but the analyst may have put things on it since: a note beside a
 * row, cells below the record, a chart or a shape. It is deleted only when nothing but what
 * prepare wrote is left: the heading (as prepare wrote it, or emptied) and the rows being
 * cleared, and the host can tell there are no charts or shapes. Otherwise only the rows are
 * cleared and the analyst is told why the sheet stayed.
 */
import { cellAddress } from "../a1";
import { sharingMessages as say } from "../messages/sharing";
import type { PlanCell } from "../plan";
import type { CellContent } from "./cellValues";
import type { SheetContents } from "./contents";
import { FIRST_ROW, RECORD_COLUMNS, recordHeading } from "./record";

/** At most this many of the analyst's cells are named in the note. */
const NAMED_CELLS = 3;

/** Why the record sheet must stay once `cleared` rows are emptied, or null when it may go. */
export function whyRecordStays(sheet: SheetContents, cleared: readonly number[]): string | null {
  const clearedRows = new Set(cleared);
  const heading = recordHeading().cells;
  const theirs: string[] = [];
  sheet.cells.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      const row = sheet.top + i;
      const column = sheet.left + j;
      if (isEmpty(cell)) return;
      const ours =
        column < RECORD_COLUMNS &&
        (row < FIRST_ROW ? sameAsWritten(cell, heading[row]?.[column]) : clearedRows.has(row));
      if (!ours) theirs.push(cellAddress(row, column));
    })
  );
  const reasons: string[] = [];
  if (theirs.length > 0) {
    const named = theirs.slice(0, NAMED_CELLS).join(", ");
    reasons.push(say.holdsTheirCells(named, Math.max(0, theirs.length - NAMED_CELLS)));
  }
  if (sheet.drawings === "some") reasons.push(say.holdsDrawings);
  else if (sheet.drawings !== "none") reasons.push(say.drawingsUnknown);
  if (reasons.length === 0) return null;
  return say.recordKept(sheet.name, reasons);
}

function isEmpty(cell: CellContent): boolean {
  return (
    cell.formula === null &&
    (cell.value.kind === "empty" || (cell.value.kind === "text" && cell.value.value === ""))
  );
}

function sameAsWritten(cell: CellContent, written: PlanCell | undefined): boolean {
  return (
    typeof written === "string" &&
    cell.formula === null &&
    cell.value.kind === "text" &&
    cell.value.value === written
  );
}
