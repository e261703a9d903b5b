/**
 * Which layout a workbook holds and how cells go over to a new one, without an engine: the
 * rules the Excel host and the preview share (src/workbook/layouts.ts).
 */
import { describe, expect, it } from "vitest";
import {
  carriedCell,
  layoutStep,
  takenCells,
  type FoundCell,
  type FoundStamp,
} from "../../src/workbook/layouts";
import type { CellBlock } from "../../src/workbook/plan";

const number = (value: number): FoundCell => ({ formula: null, kind: "number", value });
const text = (value: string): FoundCell => ({ formula: null, kind: "text", value });
const EMPTY: FoundCell = { formula: null, kind: "empty", value: "" };
const stamp = (cell: FoundCell): FoundStamp => ({ found: true, cell, where: "Checks!B3" });

describe("the layout a workbook holds", () => {
  it("is layout 1 when the add-in's markers are there without a stamp: upgrade it", () => {
    expect(layoutStep({ found: false }, 2)).toEqual({ kind: "upgrade", from: 1 });
  });

  it("goes on as planned at this layout, upgrades a lower one, refuses a higher one", () => {
    expect(layoutStep(stamp(number(2)), 2)).toEqual({ kind: "current" });
    expect(layoutStep(stamp(number(2)), 3)).toEqual({ kind: "upgrade", from: 2 });
    const newer = layoutStep(stamp(number(3)), 2);
    expect(newer.kind === "refuse" && newer.problem.code).toBe("unsupported");
  });

  it("refuses a stamp that is not a whole layout number, saying where it is and what to type", () => {
    for (const cell of [text("two"), EMPTY, number(0), number(1.5), number(-2)]) {
      const step = layoutStep(stamp(cell), 2);
      expect(step.kind, JSON.stringify(cell)).toBe("refuse");
      if (step.kind !== "refuse") continue;
      expect(step.problem.code).toBe("damaged");
      expect(step.problem.repair).toMatch(/^Type the layout number back into Checks!B3/);
    }
  });
});

describe("a cell carried over", () => {
  it("stays a formula, a number, a boolean, or text (text that looks like a formula included)", () => {
    expect(carriedCell({ formula: "=0.2+0.05", kind: "number", value: 0.25 })).toEqual({
      formula: "=0.2+0.05",
    });
    expect(carriedCell(number(7.5e9))).toBe(7.5e9);
    expect(carriedCell({ formula: null, kind: "boolean", value: true })).toBe(true);
    expect(carriedCell(text("=not a formula"))).toBe("=not a formula");
    expect(carriedCell(EMPTY)).toBeNull();
  });

  it("keeps a typed error an error (the formula that gives it)", () => {
    expect(carriedCell({ formula: null, kind: "error", value: "#N/A" })).toEqual({
      formula: "=#N/A",
    });
  });
});

describe("cells a new layout writes where an older one left room", () => {
  const block: CellBlock = {
    row: 2,
    column: 0,
    address: "A3:B3",
    cells: [["Workbook layout", 2]],
    numberFormats: [[null, null]],
    since: 2,
  };
  const found = (cells: FoundCell[]) => [{ sheetName: "Checks", block, cells: [cells] }];

  it("are free when empty, or holding exactly what the layout writes there", () => {
    expect(takenCells(found([EMPTY, EMPTY]), 2, 1)).toEqual([]);
    expect(takenCells(found([text("Workbook layout"), number(2)]), 2, 1)).toEqual([]);
  });

  it("stop the upgrade when the analyst used them, naming the cells and what is there", () => {
    const [problem, ...more] = takenCells(found([EMPTY, text("checked")]), 2, 1);
    expect(more).toEqual([]);
    expect(problem?.code).toBe("conflict");
    expect(problem?.message).toMatch(/Checks!A3:B3, which layout 1 left empty.*"checked"/);
  });
});
