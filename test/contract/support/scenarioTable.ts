/**
 * The saved-scenarios table and the Compare sheet as a contract test reads and edits them, by
 * the plan's layout, through a ContractBook's cells (so one helper serves both adapters).
 */
import { DEFAULT_INPUTS, type ScenarioInputs } from "../../../src/model";
import { cellAddress } from "../../../src/workbook/a1";
import { buildPlan } from "../../../src/workbook/buildPlan";
import type { SavedScenario } from "../../../src/workbook/host";
import { typedInput } from "../../../src/workbook/plan";
import type { ScenarioColumnKey } from "../../../src/workbook/scenarios/table";
import type { ContractBook } from "./books";

export const PLAN = buildPlan();
export const LAYOUT = PLAN.scenarios;
export const SHEET = "Scenarios";
const TABLE = PLAN.tables.find((t) => t.key === "scenarios");

/** A column's header as the plan writes it. */
export function plannedHeader(key: ScenarioColumnKey): string {
  const header = TABLE?.columns.find((c) => c.key === key)?.header;
  if (header === undefined) throw new Error(`No planned column ${key}`);
  return header;
}
/** The 1-based sheet row of body row `index` (0-based), as messages name it. */
export const rowNumber = (index: number): number => LAYOUT.firstRow + index + 1;

/** The address of a body cell: row `index` (0-based), the column of `key`. */
export function cellOf(index: number, key: ScenarioColumnKey): string {
  return cellAddress(LAYOUT.firstRow + index, LAYOUT.column + LAYOUT.columns.indexOf(key));
}

export function headerOf(key: ScenarioColumnKey): string {
  return cellAddress(LAYOUT.headerRow, LAYOUT.column + LAYOUT.columns.indexOf(key));
}

/** Every body row as typed, "|"-joined, trailing empty rows left out. */
export function tableRows(book: ContractBook): string[] {
  const rows = Array.from({ length: LAYOUT.capacity }, (_, i) =>
    LAYOUT.columns.map((key) => book.content(SHEET, cellOf(i, key))).join("|")
  );
  const empty = LAYOUT.columns.map(() => "").join("|");
  while (rows.length > 0 && rows[rows.length - 1] === empty) rows.pop();
  return rows;
}

/** A row as the table holds it after a save: name and note as typed, inputs as numbers. */
export function typedRow(name: string, note: string, inputs: ScenarioInputs): string {
  return LAYOUT.columns
    .map((key) =>
      key === "name" ? typedInput(name) : key === "note" ? typedInput(note) : String(inputs[key])
    )
    .join("|");
}

/** The analyst types a whole scenario into body row `index`. */
export function typeScenario(
  book: ContractBook,
  index: number,
  name: string,
  inputs: ScenarioInputs = DEFAULT_INPUTS
): void {
  const cells = LAYOUT.columns.map((key) =>
    key === "name" ? name : key === "note" ? "typed by hand" : inputs[key]
  );
  book.type(SHEET, cellOf(index, "name"), ...cells);
}

export function scenario(
  name: string,
  note = "",
  inputs: ScenarioInputs = DEFAULT_INPUTS
): SavedScenario {
  return { name, note, inputs };
}

/** The names the Compare sheet shows for scenarios 1 to `count`. */
export function compareNames(book: ContractBook, count: number): string[] {
  const { compare } = PLAN;
  return Array.from({ length: count }, (_, k) => {
    const shown = book.value("Compare", cellAddress(compare.firstRow + k, compare.nameColumn));
    return shown.kind === "empty" ? "" : String(shown.value);
  });
}
