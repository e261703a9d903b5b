/**
 * How a load's cell writes are cut into requests (context.sync() calls) that Excel on the web
 * accepts: it refuses a request of more than about 5 MB (docs/HOSTS.md, "Request size"). Pure:
 * it decides from the plan's blocks alone; applyPlan.ts carries it out.
 *
 * The estimate of a request is what its cell writes send: for every cell, the JSON of what is
 * typed into it (Range.formulas: the formula or the typed text, UTF-8, quotes and escapes
 * counted) and of its number format (Range.numberFormat), plus CELL_ALLOWANCE for the commas and
 * brackets around them; for every piece of a block, BLOCK_ALLOWANCE for the getRange and the two
 * setters Office.js sends with it. Everything else a write request carries (names, styles,
 * tables, charts: about 0.3 MB for the whole of layout 3's plan) is not counted: the budget,
 * REQUEST_BUDGET_BYTES, is 4,000,000 bytes, a fifth under the limit, which leaves them and
 * Office.js's own framing a megabyte.
 *
 * Blocks that fit go whole; a block that does not fit in what is left of a request starts the
 * next one; only a block larger than the budget is cut, into whole rows, each request filled
 * as far as it goes. A single row larger than the budget (some 160 cells of the longest
 * formula Excel takes) cannot be cut here: it goes alone in a request of its own.
 */
import type { CellBlock } from "../workbook/plan";
import { officeCell } from "./cells";

/** The estimated bytes of cell writes one request may carry (see above). */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** A cell's commas and brackets in the two arrays, with some to spare. */
export const CELL_ALLOWANCE = 8;

/** One range's getRange and its formulas and numberFormat setters, as Office.js frames them. */
export const BLOCK_ALLOWANCE = 600;

/** Rows of one block written in one request: block index, first row (0-based in it), count. */
export interface BlockRows {
  /** Index of the block in the list given to splitBlocks. */
  readonly block: number;
  /** First row of the piece, counted from the block's first row. */
  readonly firstRow: number;
  readonly rowCount: number;
}

/** One request's writes, in order, and its estimated payload in bytes. */
export interface RequestChunk {
  readonly pieces: readonly BlockRows[];
  readonly bytes: number;
}

/** Control characters JSON writes in two characters (\b \t \n \f \r); the others take six. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/** Bytes of a string as JSON text in UTF-8: its quotes, escapes and multi-byte characters. */
export function jsonTextBytes(text: string): number {
  // Printable ASCII without quote or backslash: one byte a character (nearly every formula).
  if (/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/.test(text)) return text.length + 2;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += SHORT_ESCAPES.has(code) ? 2 : 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The estimated bytes of one row of a block (its cells and their number formats). */
export function rowBytes(block: CellBlock, row: number): number {
  const cells = block.cells[row] ?? [];
  const formats = block.numberFormats[row] ?? [];
  let bytes = 0;
  cells.forEach((cell, j) => {
    const typed = officeCell(cell);
    bytes += typeof typed === "string" ? jsonTextBytes(typed) : String(typed).length;
    bytes += jsonTextBytes(formats[j] ?? "General") + CELL_ALLOWANCE;
  });
  return bytes;
}

/**
 * The requests that write `blocks`, in order: every row of every block in exactly one piece,
 * the pieces in the blocks' order and each block's rows in order. Each request's estimate is
 * within `budget`, except a request holding a single row that alone is larger.
 */
export function splitBlocks(
  blocks: readonly CellBlock[],
  budget: number = REQUEST_BUDGET_BYTES
): RequestChunk[] {
  const chunks: RequestChunk[] = [];
  let pieces: BlockRows[] = [];
  let bytes = 0;
  const close = (): void => {
    if (pieces.length > 0) chunks.push({ pieces, bytes });
    pieces = [];
    bytes = 0;
  };

  blocks.forEach((block, index) => {
    const rows = block.cells.map((_, i) => rowBytes(block, i));
    const whole = rows.reduce((sum, b) => sum + b, BLOCK_ALLOWANCE);
    if (whole <= budget) {
      if (bytes + whole > budget) close();
      pieces.push({ block: index, firstRow: 0, rowCount: rows.length });
      bytes += whole;
      return;
    }
    // Larger than a request: whole rows, filling what is left of each request.
    let piece: { firstRow: number; rowCount: number } | null = null;
    const endPiece = (): void => {
      if (piece) pieces.push({ block: index, ...piece });
      piece = null;
    };
    rows.forEach((row, i) => {
      if (piece && bytes + row > budget) {
        endPiece();
        close();
      } else if (!piece && bytes + BLOCK_ALLOWANCE + row > budget) close();
      if (piece) {
        piece.rowCount++;
        bytes += row;
      } else {
        piece = { firstRow: i, rowCount: 1 };
        bytes += BLOCK_ALLOWANCE + row;
      }
    });
    endPiece();
  });
  close();
  return chunks;
}
