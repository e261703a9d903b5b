/** Reads the WorkbookSnapshot (src/workbook/load/snapshot.ts) in ONE context.sync(). */
import type { WorkbookSnapshot } from "../workbook/load/snapshot";

export type { WorkbookSnapshot };

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
