/**
 * A1 addresses from 0-based row/column numbers, and sheet-qualified references. Pure helpers
 * for the plan builder and the appliers (Office.js wants "B5:C9"; IronCalc wants 1-based
 * numbers, which the applier gets by adding 1 to the plan's 0-based ones).
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const digit = (n - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B5" for row 4, column 1 (0-based); absolute "$B$5" when asked. */
export function cellAddress(row: number, column: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row + 1}`;
}

/** "B5:D9" (or "B5" for one cell) for a rectangle of height × width starting at row, column. */
export function rangeAddress(
  row: number,
  column: number,
  height: number,
  width: number,
  absolute = false
): string {
  const first = cellAddress(row, column, absolute);
  if (height === 1 && width === 1) return first;
  return `${first}:${cellAddress(row + height - 1, column + width - 1, absolute)}`;
}

/**
 * A sheet name as a formula writes it: always quoted ('My sheet'!), with quotes doubled, so the
 * plan stays right whatever free name an applier picks for a sheet.
 */
export function quoteSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "'Inputs'!$B$5": a reference to cells on a named sheet. */
export function sheetRef(sheetName: string, address: string): string {
  return `${quoteSheet(sheetName)}!${address}`;
}

/** The 0-based row and column of an A1 cell address ("$B$5" → { row: 4, column: 1 }). */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const [, letters = "", digits = ""] = match;
  let column = 0;
  for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}
