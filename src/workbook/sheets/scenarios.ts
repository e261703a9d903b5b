/**
 * The Scenarios sheet: the table of saved scenarios, one row per scenario (name, note, one
 * column per input), stored in cells so it travels with the file. It starts with the article's
 * low, mid and high. Formulas never read the table by structured reference (IronCalc has no
 * tables): each column has a plain name (scn_Name, scn_FundingUsd, …) over the table's whole
 * capacity, so a row saved within it flows into the Compare sheet at once.
 */
import { BOUNDS, INPUT_SPECS, scenarioAt, type Bound, type InputId } from "../../model";
import { rangeAddress, sheetRef } from "../a1";
import { unitLabel } from "../formats";
import { scenarioColumnName } from "../names";
import type {
  PlanCell,
  PlanName,
  PlanSheet,
  PlanTable,
  PlanTableColumn,
  ScenarioTableLayout,
} from "../plan";
import { SheetDraft } from "../sheetDraft";
import { inputFormat } from "./inputs";

/** Room for this many saved scenarios; the Compare sheet computes every one of them. */
export const SCENARIO_CAPACITY = 20;
export const SCENARIOS_TABLE_NAME = "SavedScenarios";
const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;

const STARTING_SCENARIOS: Readonly<Record<Bound, { name: string; note: string }>> = {
  low: { name: "Article low", note: "Every input at the low end of the article's range." },
  mid: {
    name: "Article mid",
    note: "Every input at the midpoint of the article's range (the default).",
  },
  high: { name: "Article high", note: "Every input at the high end of the article's range." },
};

export const SCENARIO_COLUMNS: readonly ("name" | "note" | InputId)[] = [
  "name",
  "note",
  ...INPUT_SPECS.map((s) => s.id),
];

export const SCENARIO_TABLE_COLUMNS: readonly PlanTableColumn[] = [
  { key: "name", header: "Scenario", numberFormat: null },
  { key: "note", header: "Note", numberFormat: null },
  ...INPUT_SPECS.map((s) => ({
    key: s.id,
    header: `${s.label} (${unitLabel(s.unit)})`,
    numberFormat: inputFormat(s),
  })),
];

export interface ScenariosSheet {
  readonly sheet: PlanSheet;
  readonly table: PlanTable;
  readonly names: readonly PlanName[];
  readonly layout: ScenarioTableLayout;
}

export function buildScenariosSheet(sheetName: string): ScenariosSheet {
  const draft = new SheetDraft("scenarios", sheetName);
  draft.title(
    "AI Cost Scenarios: saved scenarios",
    `One row per scenario, saved from the task pane or typed here; the Compare sheet computes the first ${SCENARIO_CAPACITY}.`
  );
  const rows: PlanCell[][] = BOUNDS.map((bound) => {
    const inputs = scenarioAt(bound);
    return [
      STARTING_SCENARIOS[bound].name,
      STARTING_SCENARIOS[bound].note,
      ...INPUT_SPECS.map((s) => inputs[s.id]),
    ];
  });
  const width = SCENARIO_TABLE_COLUMNS.length;
  const table: PlanTable = {
    key: "scenarios",
    name: SCENARIOS_TABLE_NAME,
    sheet: "scenarios",
    headerRow: HEADER_ROW,
    column: 0,
    address: rangeAddress(HEADER_ROW, 0, rows.length + 1, width),
    columns: SCENARIO_TABLE_COLUMNS,
    rows,
    numberFormats: rows.map(() => SCENARIO_TABLE_COLUMNS.map((c) => c.numberFormat)),
    capacity: SCENARIO_CAPACITY,
    analystData: true,
    bodyRole: "input",
  };
  draft.style(HEADER_ROW, 0, 1, width, "header");
  draft.columnWidths([130, 260, ...INPUT_SPECS.map(() => 110)]);

  const names: PlanName[] = SCENARIO_TABLE_COLUMNS.map((c, i) => ({
    name: scenarioColumnName(c.key),
    formula: `=${sheetRef(sheetName, rangeAddress(FIRST_ROW, i, SCENARIO_CAPACITY, 1, true))}`,
    comment: `Saved scenarios: the column "${c.header}", all ${SCENARIO_CAPACITY} rows the Compare sheet reads.`,
    kind: "scenarioColumn",
  }));
  const layout: ScenarioTableLayout = {
    table: SCENARIOS_TABLE_NAME,
    sheet: "scenarios",
    headerRow: HEADER_ROW,
    firstRow: FIRST_ROW,
    column: 0,
    capacity: SCENARIO_CAPACITY,
    columns: SCENARIO_COLUMNS,
  };
  return { sheet: draft.finish(FIRST_ROW), table, names, layout };
}
