/**
 * The cut of a load's cells into requests (src/excel/requestChunks.ts): every cell in exactly
 * one piece, in order; no request over the budget but one holding a single larger row; blocks
 * that fit are never cut; today's plan is one request.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BLOCK_ALLOWANCE,
  CELL_ALLOWANCE,
  jsonTextBytes,
  REQUEST_BUDGET_BYTES,
  rowBytes,
  splitBlocks,
  type RequestChunk,
} from "../../src/excel/requestChunks";
import { rangeAddress } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/buildPlan";
import { TRIAL_ROWS } from "../../src/workbook/sheets/trials";
import { olderLayoutPlan } from "../fixtures/layouts";
import type { CellBlock, PlanCell } from "../../src/workbook/plan";

/** A block of `rows` rows, each of `width` formulas `length` characters long. */
function block(rows: number, width: number, length: number, row = 0): CellBlock {
  const formula = `=${"1+".repeat(Math.max(0, Math.floor((length - 2) / 2)))}1`;
  const cells: PlanCell[][] = Array.from({ length: rows }, () =>
    Array.from({ length: width }, () => ({ formula }))
  );
  return {
    row,
    column: 0,
    address: rangeAddress(row, 0, rows, width),
    cells,
    numberFormats: cells.map((r) => r.map(() => null)),
  };
}

/** Every (block, row) the chunks write, in order. */
function rowsWritten(chunks: readonly RequestChunk[]): [number, number][] {
  return chunks.flatMap((c) =>
    c.pieces.flatMap((p) =>
      Array.from({ length: p.rowCount }, (_, i): [number, number] => [p.block, p.firstRow + i])
    )
  );
}

function everyRow(blocks: readonly CellBlock[]): [number, number][] {
  return blocks.flatMap((b, i) => b.cells.map((_, r): [number, number] => [i, r]));
}

/** A chunk's bytes as the pieces add up: each piece's rows and its allowance. */
function bytesOf(blocks: readonly CellBlock[], chunk: RequestChunk): number {
  return chunk.pieces.reduce((sum, p) => {
    const b = blocks[p.block];
    if (!b) throw new Error("no block");
    let bytes = BLOCK_ALLOWANCE;
    for (let r = p.firstRow; r < p.firstRow + p.rowCount; r++) bytes += rowBytes(b, r);
    return sum + bytes;
  }, 0);
}

describe("the estimate of a cell's bytes", () => {
  it("counts JSON's quotes and escapes and UTF-8's multi-byte characters", () => {
    for (const text of [
      "=A1+1",
      'say "hi"',
      "a\\b",
      "5–10%",
      "€",
      "😀",
      "line\nbreak",
      "bell\u0007",
      "",
    ]) {
      expect(jsonTextBytes(text), text).toBe(Buffer.byteLength(JSON.stringify(text), "utf8"));
    }
  });

  it("is the formula's and the format's JSON and the allowance, for each cell of a row", () => {
    const b: CellBlock = {
      row: 0,
      column: 0,
      address: "A1:C1",
      cells: [[{ formula: "=SUM(A1:A9)" }, 1.5, "=not a formula"]],
      numberFormats: [["0.0%", null, null]],
    };
    const typed = JSON.stringify(["=SUM(A1:A9)", 1.5, "'=not a formula"]);
    const formats = JSON.stringify(["0.0%", "General", "General"]);
    // At least what Office.js sends for the two arrays, and within the allowance of it.
    const sent = typed.length + formats.length;
    expect(rowBytes(b, 0)).toBeGreaterThanOrEqual(sent);
    expect(rowBytes(b, 0)).toBeLessThanOrEqual(sent + 3 * CELL_ALLOWANCE);
  });
});

describe("splitting a load's cells into requests", () => {
  it("keeps a plan without the Trials sheet (layout 3's) in one request, every block whole", () => {
    const blocks = olderLayoutPlan(3).sheets.flatMap((s) => s.blocks);
    const chunks = splitBlocks(blocks);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.pieces).toEqual(
      blocks.map((b, i) => ({ block: i, firstRow: 0, rowCount: b.cells.length }))
    );
    expect(chunks[0]?.bytes).toBeLessThan(REQUEST_BUDGET_BYTES / 4);
  });

  it("cuts the plan with the whole Trials sheet into requests within the budget", () => {
    const blocks = buildPlan({ trialRows: TRIAL_ROWS }).sheets.flatMap((s) => s.blocks);
    const chunks = splitBlocks(blocks);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.bytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    const rows = chunks.flatMap((c) => c.pieces).reduce((n, p) => n + p.rowCount, 0);
    expect(rows).toBe(blocks.reduce((n, b) => n + b.cells.length, 0));
  });

  it("cuts a block of ~25 MB of formulas (the Trials sheet's size) into whole rows under 4 MB", () => {
    // 1,000 rows: 32 short formulas and ten of 2,500 characters a row.
    const short = block(1000, 32, 60);
    const long = block(1000, 10, 2500);
    const chunks = splitBlocks([short, long]);
    expect(rowsWritten(chunks)).toEqual(everyRow([short, long]));
    for (const chunk of chunks) {
      expect(chunk.bytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(chunk.bytes).toBe(bytesOf([short, long], chunk));
    }
    const total = chunks.reduce((sum, c) => sum + c.bytes, 0);
    expect(chunks).toHaveLength(Math.ceil(total / REQUEST_BUDGET_BYTES));
  });

  it("moves a block that fits a request whole to the next one rather than cutting it", () => {
    const budget = 10_000;
    const first = block(10, 2, 200); // about 4.6 KB
    const second = block(10, 3, 200); // about 6.8 KB: no room after the first
    const chunks = splitBlocks([first, second], budget);
    expect(chunks.map((c) => c.pieces)).toEqual([
      [{ block: 0, firstRow: 0, rowCount: 10 }],
      [{ block: 1, firstRow: 0, rowCount: 10 }],
    ]);
  });

  it("puts a single row larger than the budget in a request of its own", () => {
    const budget = 10_000;
    const before = block(3, 1, 100);
    const huge = block(3, 5, 3000); // each row about 15 KB
    const after = block(2, 1, 100, 5);
    const chunks = splitBlocks([before, huge, after], budget);
    expect(rowsWritten(chunks)).toEqual(everyRow([before, huge, after]));
    const alone = chunks.filter((c) => c.bytes > budget);
    expect(alone).toHaveLength(3);
    for (const chunk of alone) {
      expect(chunk.pieces).toEqual([{ block: 1, firstRow: expect.any(Number), rowCount: 1 }]);
    }
  });

  it("covers every row once, in order, within the budget, for any blocks", () => {
    const blockArb = fc
      .record({
        rows: fc.integer({ min: 0, max: 12 }),
        width: fc.integer({ min: 1, max: 4 }),
        length: fc.integer({ min: 2, max: 900 }),
      })
      .map(({ rows, width, length }) => block(rows, width, length));
    fc.assert(
      fc.property(
        fc.array(blockArb, { maxLength: 8 }),
        fc.integer({ min: 500, max: 20_000 }),
        (blocks, budget) => {
          const chunks = splitBlocks(blocks, budget);
          expect(rowsWritten(chunks)).toEqual(everyRow(blocks));
          for (const chunk of chunks) {
            expect(chunk.pieces.length).toBeGreaterThan(0);
            expect(chunk.bytes).toBe(bytesOf(blocks, chunk));
            const lone = chunk.pieces.length === 1 && chunk.pieces[0]?.rowCount === 1;
            if (!lone) expect(chunk.bytes).toBeLessThanOrEqual(budget);
          }
          // A block that fits a request is never cut.
          blocks.forEach((b, i) => {
            const whole = b.cells.reduce((s, _, r) => s + rowBytes(b, r), BLOCK_ALLOWANCE);
            const pieces = chunks.flatMap((c) => c.pieces).filter((p) => p.block === i);
            if (whole <= budget) expect(pieces.length).toBeLessThanOrEqual(1);
          });
        }
      ),
      { numRuns: 200 }
    );
  });
});
