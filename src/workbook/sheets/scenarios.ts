/**
 * The Scenarios sheet: the table of saved scenarios, one row per scenario (name, note, one
 * column per input), stored in cells so it travels with the file. It starts with the article's
 * low, mid and high. Formulas never read the table by structured reference (IronCalc has no
 * tables): each column has a plain name (scn_Name, scn_FundingUsd, …) over the table's whole
 * capacity, so a row saved within it flows into the Compare sheet at once.
 */
import { BOUNDS, INPUT_SPECS, inputAt, type Bound, type InputSpec } from "../../model";
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
import { bySlot, sinceOf } from "../slots";
import { inputFormat } from "./inputs";

/** Room for this many saved scenarios; the Compare sheet computes every one of them. */
const SCENARIO_CAPACITY = 20;
const SCENARIOS_TABLE_NAME = "SavedScenarios";
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

/**
 * The table's columns: name, note, then input k in column 2 + k (its slot), so a new input is a
 * new column to the right. A column a later layout added says so (`since`) and what rows saved
 * before it existed hold in it: the article's value (carryOver.ts).
 */
function scenarioTableColumns(specs: readonly InputSpec[] = INPUT_SPECS): PlanTableColumn[] {
  return [
    { key: "name", header: "Scenario", numberFormat: null },
    { key: "note", header: "Note", numberFormat: null },
    ...bySlot(specs).map((s): PlanTableColumn => ({
      key: s.id,
      header: `${s.label} (${unitLabel(s.unit)})`,
      numberFormat: inputFormat(s),
      ...(sinceOf(s) > 1 ? { since: sinceOf(s), fill: s.base } : {}),
    })),
  ];
}

export interface ScenariosSheet {
  readonly sheet: PlanSheet;
  readonly table: PlanTable;
  readonly names: readonly PlanName[];
  readonly layout: ScenarioTableLayout;
}

export function buildScenariosSheet(
  sheetName: string,
  specs: readonly InputSpec[] = INPUT_SPECS
): ScenariosSheet {
  const columns = scenarioTableColumns(specs);
  const inputs = bySlot(specs);
  const draft = new SheetDraft("scenarios", sheetName);
  draft.title(
    "AI Cost Scenarios: saved scenarios",
    `One row per scenario, saved from the task pane or typed here; the Compare sheet computes the first ${SCENARIO_CAPACITY}.`
  );
  const rows: PlanCell[][] = BOUNDS.map((bound) => [
    STARTING_SCENARIOS[bound].name,
    STARTING_SCENARIOS[bound].note,
    ...inputs.map((s) => inputAt(s, bound)),
  ]);
  const width = columns.length;
  const table: PlanTable = {
    key: "scenarios",
    name: SCENARIOS_TABLE_NAME,
    sheet: "scenarios",
    headerRow: HEADER_ROW,
    column: 0,
    address: rangeAddress(HEADER_ROW, 0, rows.length + 1, width),
    columns,
    rows,
    numberFormats: rows.map(() => columns.map((c) => c.numberFormat)),
    capacity: SCENARIO_CAPACITY,
    analystData: true,
    bodyRole: "input",
  };
  draft.style(HEADER_ROW, 0, 1, width, "header");
  draft.columnWidths([130, 260, ...inputs.map(() => 110)]);

  const names: PlanName[] = columns.map((c, i) => ({
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
    columns: ["name", "note", ...inputs.map((s) => s.id)],
  };
  return { sheet: draft.finish(FIRST_ROW), table, names, layout };
}
