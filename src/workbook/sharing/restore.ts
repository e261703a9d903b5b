/**
 * "Restore add-in formulas", decided from the workbook as read, before anything is written.
 * Pure. Each row of the record puts its AICOST formula back only where the cell still holds
 * what prepare wrote (sameFormula for formulas, up to references the spreadsheet moved since;
 * holdsValue for frozen values); any other cell is left as it is and listed with the reason.
 * The formula goes back with its references as they are now (references.ts): a twin's or a
 * written-out cell's from the cell itself, a frozen cell's from the record's live copy. Restored rows are cleared from the
 * record; a record left empty goes, with its sheet and marker, unless the analyst put
 * something of theirs on its sheet (then only its rows are cleared, and the report says so). It stops, with nothing
 * written, when a cell to restore or the record sheet is protected.
 */
import { HostError, type RestoreReport, type SharingStatus } from "../host";
import { sharingMessages as say } from "../messages/sharing";
import { describeValue, type CellContent } from "./cellValues";
import { contentAt, findRecord, findSheet, type WorkbookContents } from "./contents";
import { sameFormula } from "./formulaCalls";
import { cellName, emptyRow } from "./record";
import { whyRecordStays } from "./recordLeftovers";
import { formulaToPutBack, missingSheets } from "./restoreFormula";
import type { CellWrite, SharingWrites } from "./writes";

export interface RestorePlan {
  readonly writes: SharingWrites;
  readonly report: RestoreReport;
}

export function sharingStatus(contents: WorkbookContents): SharingStatus {
  const rows = findRecord(contents)?.rows.length ?? 0;
  return { prepared: rows > 0, preparedCells: rows };
}

/** What to write to restore the workbook; throws a HostError (nothing written) when it cannot. */
export function planRestore(contents: WorkbookContents): RestorePlan {
  const record = findRecord(contents);
  if (!record)
    return { writes: { cells: [], record: null }, report: { restored: 0, leftAlone: [] } };
  const cells: CellWrite[] = [];
  const cleared: number[] = [];
  const leftAlone: string[] = [];
  for (const row of record.rows) {
    const entry = row.entry;
    if (entry === null) {
      leftAlone.push(say.unreadableRow(row.row + 1, row.problem));
      continue;
    }
    const at = entry.cell;
    const sheet = at ? findSheet(contents, at.sheet) : undefined;
    if (!at || !sheet) {
      leftAlone.push(say.cellDeleted(entry.original, row.row + 1));
      continue;
    }
    const now = contentAt(sheet, at.row, at.column);
    const back = formulaToPutBack({ ...entry, cell: at }, now);
    if (typeof back === "object" && back !== null) {
      leftAlone.push(say.cannotPutBack(cellName(at), back.problem, entry.original));
      continue;
    }
    if (back !== null) {
      const missing = missingSheets(back, (n) => findSheet(contents, n) !== undefined);
      if (missing.length > 0) {
        leftAlone.push(say.sheetsGone(cellName(at), entry.original, missing));
        continue;
      }
      cells.push({ cell: at, written: { kind: "formula", formula: back } });
      cleared.push(row.row);
    } else if (now.formula !== null && sameFormula(now.formula, entry.original)) {
      cleared.push(row.row); // already back (a restore cut short, or the analyst typed it again)
    } else {
      leftAlone.push(
        say.editedSincePrepared(
          cellName(at),
          describeContent(now),
          describeValue(entry.written),
          entry.original
        )
      );
    }
  }

  const protectedSheets = [
    ...new Set(
      cells
        .map((w) => findSheet(contents, w.cell.sheet))
        .filter((s) => s?.protected)
        .map((s) => s?.name ?? "")
    ),
  ];
  if (cleared.length > 0 && record.sheet.protected) protectedSheets.push(record.sheet.name);
  if (protectedSheets.length > 0) {
    throw new HostError(say.restoreOnProtectedSheets(protectedSheets));
  }

  // An empty record goes with its sheet, unless the workbook's structure keeps sheets in place
  // or the analyst put something of theirs on it (recordLeftovers.ts).
  const allCleared = cleared.length > 0 && cleared.length === record.rows.length;
  const stays = allCleared ? whyRecordStays(record.sheet, cleared) : null;
  const empty = allCleared && stays === null && !contents.structureProtected;
  return {
    writes: {
      cells,
      record:
        cleared.length === 0
          ? null
          : {
              sheet: record.sheet.name,
              action: empty ? "delete" : "update",
              marker: empty ? "delete" : "keep",
              rows: empty ? [] : cleared.map((row) => ({ row, cells: emptyRow() })),
            },
    },
    // A cleared row's cell holds its add-in formula again, put back now or already back.
    report: { restored: cleared.length, leftAlone, ...(stays === null ? {} : { notes: [stays] }) },
  };
}

function describeContent(cell: CellContent): string {
  return cell.formula ?? describeValue(cell.value);
}
