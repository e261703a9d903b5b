/**
 * What a host writes to prepare or restore, decided before anything is written (prepare.ts,
 * restore.ts) and carried out by src/excel/sharing.ts and src/preview/sharing.ts in one go.
 */
import type { PlanCell } from "../plan";
import type { Written } from "./cellValues";
import type { CellAt } from "./record";

export interface CellWrite {
  readonly cell: CellAt;
  readonly written: Written;
}

export interface RecordWrite {
  /** The record sheet's name as the workbook shows it (new: a free name). */
  readonly sheet: string;
  /**
   * "create": add the sheet, its heading, styles and widths, then the rows; "update": write the
   * rows; "delete": the record is empty, remove the sheet (and its marker).
   */
  readonly action: "create" | "update" | "delete";
  /** The marker AICOST_OWNS_SHEET_sharing: add it, point it at this sheet, keep or delete it. */
  readonly marker: "add" | "update" | "keep" | "delete";
  /** Rows of the record to write (0-based row, all RECORD_COLUMNS cells); empty rows clear. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly PlanCell[] }[];
}

export interface SharingWrites {
  /**
   * The analyst's cells to change. Hosts write the record first: should a cell write fail
   * half-way, every cell changed is in the record, and restore puts back those that were.
   */
  readonly cells: readonly CellWrite[];
  readonly record: RecordWrite | null;
}
