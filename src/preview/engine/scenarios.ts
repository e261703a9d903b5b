/**
 * The scenarios table and the Compare sheet on an IronCalc Model: write saved scenarios into
 * the table's rows, read them back, and read what the Compare sheet computes for each.
 * Row positions come from the plan (plan.scenarios, plan.compare); sheets are found by marker.
 */
import type { Model } from "@ironcalc/wasm";
import { INPUT_IDS, OUTPUT_IDS, type OutputId, type ScenarioInputs } from "../../model";
import type { SavedScenario } from "../../workbook/host";
import { typedInput, type WorkbookPlan } from "../../workbook/plan";
import { readCell } from "./cells";
import { asReading, sheetIndexOf, type Reading } from "./namedCells";

/** Write scenarios into the table's rows from `firstIndex` (0 = the first body row), then evaluate. */
export function writeScenarioRows(
  model: Model,
  plan: WorkbookPlan,
  scenarios: readonly SavedScenario[],
  firstIndex = 0
): void {
  const layout = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  model.pauseEvaluation();
  try {
    scenarios.forEach((scenario, i) => {
      const row = layout.firstRow + firstIndex + i + 1;
      layout.columns.forEach((key, j) => {
        const value: string | number =
          key === "name" ? scenario.name : key === "note" ? scenario.note : scenario.inputs[key];
        model.setUserInput(sheet, row, layout.column + j + 1, typedInput(value));
      });
    });
  } finally {
    model.resumeEvaluation();
  }
  model.evaluate();
}

/** Empty `count` rows of the table from `firstIndex`, then evaluate. */
export function clearScenarioRows(
  model: Model,
  plan: WorkbookPlan,
  firstIndex: number,
  count: number
): void {
  const layout = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const top = layout.firstRow + firstIndex + 1;
  const left = layout.column + 1;
  model.rangeClearContents(sheet, top, left, top + count - 1, left + layout.columns.length - 1);
  model.evaluate();
}

/** The table's rows up to the first one without a name; rows with a non-number input are skipped. */
export function readScenarioRows(model: Model, plan: WorkbookPlan): SavedScenario[] {
  const layout = plan.scenarios;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const scenarios: SavedScenario[] = [];
  for (let i = 0; i < layout.capacity; i++) {
    const row = layout.firstRow + i;
    const at = (key: (typeof layout.columns)[number]) =>
      readCell(model, sheet, row, layout.column + layout.columns.indexOf(key));
    const name = at("name");
    if (name.kind === "empty") break;
    const note = at("note");
    const inputs: Partial<ScenarioInputs> = {};
    for (const id of INPUT_IDS) {
      const cell = at(id);
      if (cell.kind === "number") inputs[id] = cell.value;
    }
    if (INPUT_IDS.every((id) => inputs[id] !== undefined)) {
      scenarios.push({
        name: String(asReading(name)),
        note: note.kind === "empty" ? "" : String(asReading(note)),
        inputs: inputs as ScenarioInputs,
      });
    }
  }
  return scenarios;
}

export interface CompareRow {
  /** "" when row k of the scenarios table is empty. */
  readonly name: string;
  readonly outputs: Record<OutputId, Reading>;
}

/** What the Compare sheet shows for scenario k (1-based, as in its "#" column). */
export function readCompareRow(model: Model, plan: WorkbookPlan, k: number): CompareRow {
  const layout = plan.compare;
  const sheet = sheetIndexOf(model, plan, layout.sheet);
  const row = layout.firstRow + k - 1;
  const name = asReading(readCell(model, sheet, row, layout.nameColumn));
  const outputs = Object.fromEntries(
    OUTPUT_IDS.map((id) => [id, asReading(readCell(model, sheet, row, layout.outputColumns[id]))])
  ) as Record<OutputId, Reading>;
  return { name: String(name), outputs };
}
