/**
 * IronCalc, a real spreadsheet engine in WebAssembly, loaded for tests in Node.
 * docs/HOSTS.md: in Node, initialise with initSync and the wasm bytes (the default init()
 * uses fetch, which cannot read files).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync, Model } from "@ironcalc/wasm";
import { EngineCell, readCell } from "../../src/preview/engine/cells";

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

export type EngineValue = EngineCell;

/**
 * A computed cell as a typed value, 1-based like IronCalc's own calls. The reading itself is
 * the preview engine's (src/preview/engine/cells.ts: numbers through a full-precision format,
 * 15 significant digits), so tests and the preview read cells the same way; compare numbers
 * with sameNumber, not bit for bit.
 */
export function readEngineCell(
  model: Model,
  sheet: number,
  row: number,
  column: number
): EngineValue {
  return readCell(model, sheet, row - 1, column - 1);
}

/** True when a and b agree to about 13 significant digits (or are both 0). */
export function sameNumber(a: number, b: number, relative = 1e-12): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
}
