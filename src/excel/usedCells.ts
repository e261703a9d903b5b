/**
 * Every wanted sheet's used cells (formulas, values and value types), read within Excel on the
 * web's limit of about 5 MB a request or response. First each used range's size (one round
 * trip, which also carries whatever the caller queued); then, when all the cells together fit
 * under CELLS_PER_REQUEST, all of them in one round trip, as for any ordinary workbook; above it,
 * in blocks of whole rows, as few round trips as the blocks need.
 */
import { rangeAddress } from "../workbook/a1";

/**
 * Cells per request: three properties a cell (a formula of some 30 characters, its value and
 * type) come to about 60 bytes in JSON, so 25,000 cells are some 1.5 MB, well under 5 MB even
 * with long texts here and there.
 */
export const CELLS_PER_REQUEST = 25_000;

export interface UsedCells {
  /** 0-based row and column of the used range's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

interface Block {
  readonly sheet: string;
  readonly row: number;
  readonly rows: number;
}

export async function readUsedCells(
  context: Excel.RequestContext,
  sheets: readonly string[],
  cellsPerRequest = CELLS_PER_REQUEST
): Promise<Map<string, UsedCells>> {
  const used = sheets.map((name) => ({
    name,
    range: context.workbook.worksheets
      .getItem(name)
      .getUsedRange(true)
      .load("address,rowCount,columnCount"),
  }));
  await context.sync();
  const sizes = used.map(({ name, range }) => ({
    name,
    ...topLeft(range.address),
    rows: range.rowCount,
    columns: range.columnCount,
  }));
  const result = new Map<string, UsedCells>();
  for (const s of sizes) {
    result.set(s.name, { top: s.row, left: s.column, formulas: [], values: [], valueTypes: [] });
  }
  for (const request of requests(sizes, cellsPerRequest)) {
    const loaded = request.map((block) => {
      const size = sizes.find((s) => s.name === block.sheet);
      if (!size) throw new Error(`No size read for ${block.sheet}`);
      const range = context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(rangeAddress(size.row + block.row, size.column, block.rows, size.columns))
        .load("formulas,values,valueTypes");
      return { block, range };
    });
    // One request per block on purpose: Excel (on the web) refuses a request or response over
    // about 5 MB, and an ordinary workbook fits in one block, so this loops only for big ones.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { block, range } of loaded) {
      const cells = result.get(block.sheet);
      if (!cells) continue;
      cells.formulas.push(...range.formulas);
      cells.values.push(...range.values);
      cells.valueTypes.push(...range.valueTypes.map((row) => row.map(String)));
    }
  }
  return result;
}

/** Blocks of whole rows, in reading order, packed into requests of at most `limit` cells. */
function requests(
  sizes: readonly { name: string; rows: number; columns: number }[],
  limit: number
): Block[][] {
  const all: Block[][] = [[]];
  let cells = 0;
  for (const size of sizes) {
    const rowsPerBlock = Math.max(1, Math.floor(limit / size.columns));
    for (let row = 0; row < size.rows; row += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, size.rows - row);
      const blockCells = rows * size.columns;
      if (cells > 0 && cells + blockCells > limit) {
        all.push([]);
        cells = 0;
      }
      all[all.length - 1]?.push({ sheet: size.name, row, rows });
      cells += blockCells;
    }
  }
  return all.filter((r) => r.length > 0);
}

/** "Sheet1!B2:D9" or "'My sheet'!B2" → the 0-based row and column of its first cell. */
function topLeft(address: string): { row: number; column: number } {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(cells);
  if (!match) throw new Error(`Not a range address: ${address}`);
  let column = 0;
  for (const ch of match[1] ?? "") column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
