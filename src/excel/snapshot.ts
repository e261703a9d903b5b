/**
 * What the workbook holds before a load, read in ONE context.sync(): its sheets (and which are
 * protected), tables, workbook-scoped defined names (with the add-in's ownership markers among
 * them) and whether its structure is protected. reconcile.ts decides everything from this
 * plain object, so every decision can be tested without Office.js.
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

/** Reads the snapshot with one sync; every load is queued first. */
export async function readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/protection/protected");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const names = workbook.names.load("items/name,items/formula");
  const protection = workbook.protection.load("protected");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    structureProtected: protection.protected,
  };
}
