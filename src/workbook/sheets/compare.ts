/**
 * The Compare sheet: every saved scenario's outputs side by side, with live formulas. Row k
 * (k = 1 … SCENARIO_CAPACITY, its number in column A) reads row k of the scenarios table with
 * INDEX(scn_<column>, k), then computes the same CALC_LINES as the model sheet, reaching the
 * inputs and workings through the cells of its own row. A row whose scenario name is empty
 * shows "" throughout. Two charts compare runway and spend across the scenarios.
 */
import { INPUT_IDS, OUTPUT_IDS, INPUT_SPECS, type InputId, type OutputId } from "../../model";
import { columnLetters, rangeAddress, sheetRef } from "../a1";
import { CALC_LINES, type LineKey, type Ref } from "../calculations";
import { FORMAT, unitLabel } from "../formats";
import { scenarioColumnName } from "../names";
import type { CompareLayout, PlanCell, PlanChart, PlanSheet } from "../plan";
import { SheetDraft } from "../sheetDraft";
import { inputFormat } from "./inputs";

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const SLOT_COLUMN = 0;
const NAME_COLUMN = 1;
const FIRST_INPUT_COLUMN = 2;

/** Outputs first (what the analyst reads), then the workings, to the right. */
const LINES_IN_ORDER = [
  ...CALC_LINES.filter((l) => l.output),
  ...CALC_LINES.filter((l) => !l.output),
];

const COLUMNS: ReadonlyMap<InputId | LineKey, number> = new Map<InputId | LineKey, number>([
  ...INPUT_SPECS.map((s, i): [InputId, number] => [s.id, FIRST_INPUT_COLUMN + i]),
  ...LINES_IN_ORDER.map((l, i): [LineKey, number] => [
    l.key,
    FIRST_INPUT_COLUMN + INPUT_SPECS.length + i,
  ]),
]);

/** 0-based column of an input or a line on the Compare sheet. */
export function compareColumn(key: InputId | LineKey): number {
  const column = COLUMNS.get(key);
  if (column === undefined) throw new Error(`No Compare column for ${key}`);
  return column;
}

export interface CompareSheet {
  readonly sheet: PlanSheet;
  readonly charts: readonly PlanChart[];
  readonly layout: CompareLayout;
}

export function buildCompareSheet(sheetName: string, capacity: number): CompareSheet {
  const draft = new SheetDraft("compare", sheetName);
  draft.title(
    "AI Cost Scenarios: scenarios compared",
    `Each row computes one saved scenario (the first ${capacity} rows of the scenarios table) with the model's formulas.`
  );
  const header: PlanCell[] = [
    "#",
    "Scenario",
    ...INPUT_SPECS.map((s) => `${s.label} (${unitLabel(s.unit)})`),
    ...LINES_IN_ORDER.map((l) => `${l.label} (${l.unit})`),
  ];
  draft.write(HEADER_ROW, 0, [header], { role: "header" });

  const formats = [
    null,
    null,
    ...INPUT_SPECS.map(inputFormat),
    ...LINES_IN_ORDER.map((l) => l.format),
  ];
  const rows: PlanCell[][] = [];
  for (let k = 1; k <= capacity; k++) {
    const row = FIRST_ROW + k - 1;
    const slot = `$${columnLetters(SLOT_COLUMN)}${row + 1}`;
    const name = `$${columnLetters(NAME_COLUMN)}${row + 1}`;
    const inRow: Ref = (key) => `$${columnLetters(compareColumn(key))}${row + 1}`;
    const whenNamed = (body: string): PlanCell => ({ formula: `=IF(${name}="","",${body})` });
    const nameColumn = scenarioColumnName("name");
    rows.push([
      k,
      { formula: `=IF(INDEX(${nameColumn},${slot})="","",INDEX(${nameColumn},${slot}))` },
      ...INPUT_SPECS.map((s) => whenNamed(`INDEX(${scenarioColumnName(s.id)},${slot})`)),
      ...LINES_IN_ORDER.map((l) => whenNamed(l.formula(inRow))),
    ]);
  }
  draft.write(FIRST_ROW, 0, rows, { formats: rows.map(() => formats) });
  draft.style(FIRST_ROW, SLOT_COLUMN, capacity, 1, "reference");
  const outputs = LINES_IN_ORDER.filter((l) => l.output).length;
  draft.style(FIRST_ROW, FIRST_INPUT_COLUMN + INPUT_SPECS.length, capacity, outputs, "output");
  draft.columnWidths([30, 130, ...INPUT_SPECS.map(() => 100), ...LINES_IN_ORDER.map(() => 110)]);

  const columnRange = (key: InputId | LineKey): string =>
    sheetRef(sheetName, rangeAddress(FIRST_ROW, compareColumn(key), capacity, 1, true));
  const categories = sheetRef(sheetName, rangeAddress(FIRST_ROW, NAME_COLUMN, capacity, 1, true));
  const chartTop = FIRST_ROW + capacity + 2;
  const charts: PlanChart[] = [
    {
      key: "runway",
      name: "AICOST_RunwayChart",
      sheet: "compare",
      type: "ColumnClustered",
      title: "Runway by scenario (years)",
      categories,
      series: [
        { name: "Runway at frontier spend", values: columnRange("runwayAtFrontierYears") },
        { name: "Runway at efficient spend", values: columnRange("runwayAtEfficientYears") },
      ],
      valueAxisTitle: "Years",
      valueFormat: FORMAT.years,
      position: rangeAddress(chartTop, 1, 18, 6),
    },
    {
      key: "spend",
      name: "AICOST_SpendChart",
      sheet: "compare",
      type: "ColumnClustered",
      title: "Annual spend by scenario ($ per year)",
      categories,
      series: [
        { name: "Frontier lab's annual spend", values: columnRange("frontierAnnualSpendUsd") },
        { name: "Spend at efficiency", values: columnRange("spendAtEfficiencyUsd") },
      ],
      valueAxisTitle: "$ per year",
      valueFormat: FORMAT.usdBillions,
      position: rangeAddress(chartTop, 8, 18, 6),
    },
  ];
  const layout: CompareLayout = {
    sheet: "compare",
    firstRow: FIRST_ROW,
    rows: capacity,
    nameColumn: NAME_COLUMN,
    inputColumns: Object.fromEntries(INPUT_IDS.map((id) => [id, compareColumn(id)])) as Record<
      InputId,
      number
    >,
    outputColumns: Object.fromEntries(OUTPUT_IDS.map((id) => [id, compareColumn(id)])) as Record<
      OutputId,
      number
    >,
  };
  return { sheet: draft.finish(FIRST_ROW), charts, layout };
}
