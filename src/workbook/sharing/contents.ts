/**
 * The workbook as "Prepare for sharing" and "Restore add-in formulas" read it, from either
 * host: every sheet's used cells (formula and shown value), the workbook-scoped names and
 * whether sheets can be added. Pure data and lookups.
 */
import { ownershipMarkerName } from "../names";
import type { Twin } from "../../model/twins";
import { EMPTY_CELL, type CellContent } from "./cellValues";
import { sameFormula } from "./formulaCalls";
import { readLink, readRecord, RECORD_MARKER, type CellAt, type RecordRow } from "./record";

export interface SheetContents {
  readonly name: string;
  readonly protected: boolean;
  /** 0-based row and column of cells[0][0] (the used range's top-left). */
  readonly top: number;
  readonly left: number;
  /** The used range's cells; cells outside it are empty. */
  readonly cells: readonly (readonly CellContent[])[];
  /**
   * Whether the sheet holds charts or shapes ("unknown" where the host cannot tell). Read for
   * the record sheet only, which Restore deletes only when it holds none; absent: unknown.
   */
  readonly drawings?: "none" | "some" | "unknown";
}

export interface NameContents {
  readonly name: string;
  /** With its "=", as the host returns it. */
  readonly formula: string;
}

export interface WorkbookContents {
  /** In tab order. */
  readonly sheets: readonly SheetContents[];
  /** Workbook-scoped defined names. */
  readonly names: readonly NameContents[];
  /** Review > Protect Workbook: no sheet can be added or deleted. */
  readonly structureProtected: boolean;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-US") === b.toLocaleUpperCase("en-US");
}

export function findSheet(contents: WorkbookContents, name: string): SheetContents | undefined {
  return contents.sheets.find((s) => sameSheetName(s.name, name));
}

export function contentAt(sheet: SheetContents, row: number, column: number): CellContent {
  return sheet.cells[row - sheet.top]?.[column - sheet.left] ?? EMPTY_CELL;
}

/** Every cell holding a formula, with where it is. */
export function* formulaCells(
  sheet: SheetContents
): Generator<{ readonly cell: CellAt; readonly content: CellContent & { formula: string } }> {
  for (let i = 0; i < sheet.cells.length; i++) {
    const row = sheet.cells[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const content = row[j];
      if (content?.formula != null) {
        yield {
          cell: { sheet: sheet.name, row: sheet.top + i, column: sheet.left + j },
          content: { ...content, formula: content.formula },
        };
      }
    }
  }
}

export function findName(contents: WorkbookContents, name: string): NameContents | undefined {
  return contents.names.find((n) => sameSheetName(n.name, name));
}

/**
 * The twins a call may use: the workbook holds the twin's name with the add-in's ownership
 * marker, as reconcile.ts decides whose a twin is (a name of the analyst's, or none where Excel
 * refused LAMBDA names, leaves the twin out), AND the name's formula is the twin's as the add-in
 * wrote it: compared as syntax trees (sameFormula), since engines hand LAMBDAs back re-spelled
 * (case, spaces, numbers). A twin the analyst changed would compute something else, so the
 * twin's formula is written out with LET instead.
 */
export function twinsInWorkbook(contents: WorkbookContents): (twin: Twin) => boolean {
  return (twin) => {
    const name = findName(contents, twin.name);
    return (
      name !== undefined &&
      findName(contents, ownershipMarkerName("NAME", twin.name)) !== undefined &&
      sameFormula(name.formula, `=${twin.formula}`)
    );
  };
}

export interface FoundRecord {
  readonly sheet: SheetContents;
  readonly rows: readonly RecordRow[];
  /** The last row of the record sheet that holds anything (0-based), for appending below it. */
  readonly lastRow: number;
}

/** The sheet the record's marker points at (it follows a rename), or null without one. */
export function findRecordSheet(names: readonly NameContents[]): string | null {
  const marker = names.find((n) => sameSheetName(n.name, RECORD_MARKER));
  const at = marker ? readLink(marker.formula) : null;
  return at && at !== "gone" ? at.sheet : null;
}

/**
 * The sheets sharingStatus needs read: only the record's (the rest may stay unread, as empty).
 * Hosts read the names first, then only the sheets this picks.
 */
export function sheetsForStatus(names: readonly NameContents[]): (sheetName: string) => boolean {
  const record = findRecordSheet(names);
  return (sheetName) => record !== null && sameSheetName(sheetName, record);
}

/** The record sheet, found through its marker (so it is ours, whatever it is named now). */
export function findRecord(contents: WorkbookContents): FoundRecord | null {
  const name = findRecordSheet(contents.names);
  const sheet = name === null ? undefined : findSheet(contents, name);
  if (!sheet) return null;
  const lastRow = sheet.top + sheet.cells.length - 1;
  return {
    sheet,
    rows: readRecord((row, column) => contentAt(sheet, row, column), lastRow),
    lastRow,
  };
}
