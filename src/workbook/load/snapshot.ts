/**
 * What the workbook holds before a load,as a host reads it (in Excel: in ONE context.sync()): its sheets (and which are
 * protected), tables, workbook-scoped defined names (with the add-in's ownership markers among
 * them) and whether its structure is protected. reconcile.ts decides everything from this
 * plain object, the same for every host.
 */

export interface SheetInfo {
  readonly name: string;
  readonly protected: boolean;
}

export interface TableInfo {
  readonly name: string;
  /** The name of the sheet the table is on. */
  readonly sheet: string;
}

export interface NameInfo {
  readonly name: string;
  /** As Excel returns it, with "=": `=Inputs!$B$5`, `=#REF!`, `=LAMBDA(...)`. */
  readonly formula: string;
}

export interface WorkbookSnapshot {
  /** In tab order. */
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  /** Workbook-scoped names only (sheet-scoped names never clash with the add-in's). */
  readonly names: readonly NameInfo[];
  /** Review > Protect Workbook: no sheet can be added or renamed. */
  readonly structureProtected: boolean;
}
