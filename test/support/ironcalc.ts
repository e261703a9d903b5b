/**
 * IronCalc, a real spreadsheet engine in WebAssembly, loaded for tests in Node.
 * PLATFORM.md: in Node, initialise with initSync and the wasm bytes (the default init()
 * uses fetch, which cannot read files).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync, Model } from "@ironcalc/wasm";

let ready = false;

export function loadIronCalc(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@ironcalc/wasm/wasm_bg.wasm");
  initSync({ module: readFileSync(wasmPath) });
  ready = true;
}

/** A fresh, empty workbook (one sheet, index 0) in en / UTC. */
export function newEngineWorkbook(name = "test"): Model {
  loadIronCalc();
  return new Model(name, "en", "UTC", "en");
}

export { Model };

/** IronCalc's cell types (getCellType). */
const CELL_TYPE = { number: 1, text: 2, boolean: 4, error: 16 } as const;

export type EngineValue =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "empty" };

/**
 * A computed cell as a typed value. IronCalc's only reader of values is the formatted text,
 * so numbers are read through a scientific format set on the cell first: that gives 15
 * significant digits (IronCalc formats no more), so compare numbers with a relative
 * tolerance of about 1e-13, not bit for bit. Rows and columns are 1-based, as in IronCalc.
 */
export function readEngineCell(
  model: Model,
  sheet: number,
  row: number,
  column: number
): EngineValue {
  if (model.getCellContent(sheet, row, column) === "") return { kind: "empty" };
  const type = model.getCellType(sheet, row, column);
  if (type === CELL_TYPE.number) {
    model.updateRangeStyle(
      { sheet, row, column, width: 1, height: 1 },
      "num_fmt",
      "0.00000000000000E+00"
    );
    return { kind: "number", value: Number(model.getFormattedCellValue(sheet, row, column)) };
  }
  const text = model.getFormattedCellValue(sheet, row, column);
  if (type === CELL_TYPE.error) return { kind: "error", value: text };
  if (type === CELL_TYPE.boolean) return { kind: "boolean", value: text.toUpperCase() === "TRUE" };
  return { kind: "text", value: text };
}

/** True when a and b agree to about 13 significant digits (or are both 0). */
export function sameNumber(a: number, b: number, relative = 1e-12): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
}
