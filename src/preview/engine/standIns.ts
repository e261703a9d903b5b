/**
 * What Excel has and IronCalc does not, kept by the preview's adapter as records beside the
 * cells (docs/HOSTS.md, "Where the IronCalc adapter stands in"). Each record is a workbook
 * name with the prefix AICOST_PREVIEW_ whose formula is a reference (IronCalc keeps nothing
 * else in a name), so it travels with the workbook's bytes and follows a renamed sheet:
 * - a table: AICOST_PREVIEW_TABLE_<name> over its header and body, the name <name> over its
 *   body (so the table's name is taken, as in Excel, where tables and names share one
 *   namespace) and, for the add-in's tables, <name>_<column key> over each column's body (what
 *   a structured reference would read); the snapshot reports it as a table, not as names;
 * - a protected sheet: AICOST_PREVIEW_PROTECTED_<n> on its A1;
 * - a protected structure: AICOST_PREVIEW_STRUCTURE.
 * The records only say what is protected: the preview refuses a load as Excel would, nothing
 * else in it enforces protection.
 */
import type { Model } from "@ironcalc/wasm";
import { parseCellAddress, rangeAddress, sheetRef } from "../../workbook/a1";
import { NameSet, referenceParts } from "../../workbook/references";

const PREFIX = "AICOST_PREVIEW_";
const TABLE = `${PREFIX}TABLE_`;
const PROTECTED = `${PREFIX}PROTECTED_`;
const STRUCTURE = `${PREFIX}STRUCTURE`;

/** Whether a workbook name is one of these records. */
export function isStandInRecord(name: string): boolean {
  return name.toLocaleUpperCase("en-US").startsWith(PREFIX);
}

export interface StandIns {
  /** The tables, by the names they have, with their sheet and their whole range's address. */
  readonly tables: readonly { name: string; sheet: string; address: string }[];
  readonly protectedSheets: NameSet;
  readonly structureProtected: boolean;
}

/** The records, from one listing of the workbook's names. */
export function readStandIns(names: readonly { name: string; formula: string }[]): StandIns {
  const tables: { name: string; sheet: string; address: string }[] = [];
  const protectedSheets = new NameSet();
  let structureProtected = false;
  for (const { name, formula } of names) {
    if (!isStandInRecord(name)) continue;
    const parts = referenceParts(formula);
    const upper = name.toLocaleUpperCase("en-US");
    if (upper === STRUCTURE) structureProtected = true;
    else if (!parts) continue;
    else if (upper.startsWith(TABLE)) tables.push({ name: name.slice(TABLE.length), ...parts });
    else if (upper.startsWith(PROTECTED)) protectedSheets.add(parts.sheet);
  }
  return { tables, protectedSheets, structureProtected };
}

/**
 * A table over `address` (its header row first) on a sheet: the record and the table's name
 * over its body, defined again where a table of that name was on a sheet since deleted.
 */
export function defineTable(
  model: Model,
  sheet: string,
  address: string,
  name: string,
  columnKeys: readonly string[] = []
): void {
  const [first = "", last = first] = address.replace(/\$/g, "").split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  const width = b.column - a.column + 1;
  const height = Math.max(b.row - a.row, 1);
  const whole = rangeAddress(a.row, a.column, height + 1, width, true);
  const body = rangeAddress(a.row + 1, a.column, height, width, true);
  const existing = new NameSet(globalNames(model).map((n) => n.name));
  const define = (recordName: string, formula: string): void => {
    if (existing.has(recordName))
      model.updateDefinedName(recordName, null, recordName, null, formula);
    else model.newDefinedName(recordName, null, formula);
  };
  define(`${TABLE}${name}`, sheetRef(sheet, whole));
  define(name, sheetRef(sheet, body));
  columnKeys.forEach((key, j) =>
    define(
      `${name}_${key}`,
      sheetRef(sheet, rangeAddress(a.row + 1, a.column + j, height, 1, true))
    )
  );
}

/** Review > Protect Sheet, as the records hold it. */
export function protectSheet(model: Model, sheet: string): void {
  const records = readStandIns(globalNames(model));
  if (records.protectedSheets.has(sheet)) return;
  const taken = new NameSet(globalNames(model).map((n) => n.name));
  let n = 1;
  while (taken.has(`${PROTECTED}${n}`)) n++;
  model.newDefinedName(`${PROTECTED}${n}`, null, sheetRef(sheet, "$A$1"));
}

/** Review > Protect Workbook (its structure). */
export function protectStructure(model: Model): void {
  const first = model.getWorksheetsProperties()[0]?.name;
  if (first === undefined || readStandIns(globalNames(model)).structureProtected) return;
  model.newDefinedName(STRUCTURE, null, sheetRef(first, "$A$1"));
}

/** The workbook-scoped names, as IronCalc lists them (formulas without "="). */
export function globalNames(model: Model): { name: string; formula: string }[] {
  return model
    .getDefinedNameList()
    .filter((n) => n.scope == null)
    .map((n) => ({ name: n.name, formula: n.formula }));
}
