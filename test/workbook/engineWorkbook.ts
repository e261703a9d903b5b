/**
 * Test support: the plan applied to a fresh IronCalc Model, and the comparison of a workbook
 * reading with the model's output (a number to ~13 digits, "never", or the same Excel error),
 * and the whole workbook as text, to show that a step changed nothing.
 */
import { expect } from "vitest";
import { EXCEL_ERROR_TEXT, isDomainError, type OutputValue } from "../../src/model";
import { applyPlanToEngine, type EngineApplyOptions } from "../../src/preview/engine";
import { type Reading } from "../support/engineReads";
import { buildPlan, type PlanOptions, type WorkbookPlan } from "../../src/workbook";
import { newEngineWorkbook, sameNumber, type Model } from "../support/ironcalc";

export interface LoadedWorkbook {
  readonly model: Model;
  readonly plan: WorkbookPlan;
}

export function loadedWorkbook(
  options: PlanOptions = {},
  apply: EngineApplyOptions = {}
): LoadedWorkbook {
  const model = newEngineWorkbook();
  const plan = buildPlan(options);
  applyPlanToEngine(model, plan, apply);
  return { model, plan };
}

/** The reading the workbook should show for a model output. */
export function expectedReading(value: OutputValue): string | number {
  if (isDomainError(value)) return EXCEL_ERROR_TEXT[value.kind];
  return value;
}

/** True when the workbook's reading is what the model gives (numbers to ~13 digits). */
export function readingMatches(reading: Reading, value: OutputValue): boolean {
  const expected = expectedReading(value);
  if (typeof expected === "number")
    return typeof reading === "number" && sameNumber(reading, expected);
  return reading === expected;
}

export function expectReading(reading: Reading, value: OutputValue, what: string): void {
  const expected = expectedReading(value);
  if (typeof expected === "number" && typeof reading === "number") {
    expect(sameNumber(reading, expected), `${what}: ${reading} vs ${expected}`).toBe(true);
  } else {
    expect(reading, what).toBe(expected);
  }
}

/** Rows and columns that hold everything the plan writes (Compare reaches column AG, row 44). */
const SNAPSHOT_ROWS = 50;
const SNAPSHOT_COLUMNS = 36;

/** Every sheet's cells as typed (A1:AJ50) and every defined name: the workbook, for equality. */
export function snapshot(model: Model): string {
  const sheets = model.getWorksheetsProperties().map((s, index) => {
    const cells: string[] = [];
    for (let r = 1; r <= SNAPSHOT_ROWS; r++) {
      for (let c = 1; c <= SNAPSHOT_COLUMNS; c++) {
        const content = model.getCellContent(index, r, c);
        if (content !== "") cells.push(`${r},${c}=${content}`);
      }
    }
    return { name: s.name, cells };
  });
  const names = model
    .getDefinedNameList()
    .map((n) => `${n.name}=${n.formula}`)
    .sort();
  return JSON.stringify({ sheets, names });
}
