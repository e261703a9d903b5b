/**
 * The Compare sheet: every saved scenario's outputs side by side, with live formulas. Row k
 * (k = 1 … SCENARIO_CAPACITY, its number in column A) reads row k of the scenarios table with
 * INDEX(scn_<column>, k), then computes the same CALC_LINES as the model sheet, reaching the
 * inputs and workings through the cells of its own row. A row whose scenario name is empty
 * shows "" throughout. Two charts compare runway and spend across the scenarios.
 */
import { INPUT_SPECS, type InputId, type InputSpec, type OutputId } from "../../model";
import { columnLetters, rangeAddress, sheetRef } from "../a1";
import { CALC_LINES, type CalcLine, type LineKey, type Ref } from "../calculations";
import { FORMAT, unitLabel } from "../formats";
import { scenarioColumnName } from "../names";
import type { CompareLayout, PlanCell, PlanChart, PlanSheet } from "../plan";
import { SheetDraft } from "../sheetDraft";
import { bySlot, sinceOf, sinceOption, type Slotted } from "../slots";
import { inputFormat } from "./inputs";

const HEADER_ROW = 3;
const FIRST_ROW = HEADER_ROW + 1;
const SLOT_COLUMN = 0;
const NAME_COLUMN = 1;
const FIRST_INPUT_COLUMN = 2;

/** One column of the Compare sheet after the scenario's number and name: an input or a line. */
type CompareEntry =
  | { readonly kind: "input"; readonly spec: InputSpec }
  | { readonly kind: "line"; readonly line: CalcLine };

/**
 * The columns after the scenario's name: each layout's section after the older ones (slots.ts),
 * and in a section its inputs, then its outputs (what the analyst reads), then its workings,
 * each in slot order.
 */
function compareSections(
  inputs: readonly InputSpec[],
  lines: readonly CalcLine[]
): { readonly since: number; readonly entries: readonly CompareEntry[] }[] {
  const sinces = [...new Set([...inputs, ...lines].map(sinceOf))].sort((a, b) => a - b);
  return sinces.map((since) => {
    const mine = <T extends Slotted>(items: readonly T[]): T[] =>
      bySlot(items.filter((item) => sinceOf(item) === since));
    const ofLines = mine(lines);
    return {
      since,
      entries: [
        ...mine(inputs).map((spec): CompareEntry => ({ kind: "input", spec })),
        ...ofLines.filter((l) => l.output).map((line): CompareEntry => ({ kind: "line", line })),
        ...ofLines.filter((l) => !l.output).map((line): CompareEntry => ({ kind: "line", line })),
      ],
    };
  });
}

function entryKey(entry: CompareEntry): string {
  return entry.kind === "input" ? entry.spec.id : entry.line.key;
}

/** The 0-based column of every input and line on the Compare sheet. */
function compareColumns(
  inputs: readonly InputSpec[] = INPUT_SPECS,
  lines: readonly CalcLine[] = CALC_LINES
): ReadonlyMap<string, number> {
  const entries = compareSections(inputs, lines).flatMap((s) => s.entries);
  return new Map(entries.map((e, i) => [entryKey(e), FIRST_INPUT_COLUMN + i]));
}

/** 0-based column of an input or a line on the Compare sheet (this layout's). */
export function compareColumn(key: InputId | LineKey): number {
  const column = compareColumns().get(key);
  if (column === undefined) throw new Error(`No Compare column for ${key}`);
  return column;
}

export interface CompareSheet {
  readonly sheet: PlanSheet;
  readonly charts: readonly PlanChart[];
  readonly layout: CompareLayout;
}

export function buildCompareSheet(
  sheetName: string,
  capacity: number,
  inputs: readonly InputSpec[] = INPUT_SPECS,
  lines: readonly CalcLine[] = CALC_LINES
): CompareSheet {
  const draft = new SheetDraft("compare", sheetName);
  draft.title(
    "AI Cost Scenarios: scenarios compared",
    `Each row computes one saved scenario (the first ${capacity} rows of the scenarios table) with the model's formulas.`
  );
  const columns = compareColumns(inputs, lines);
  const columnOf = (key: string): number => {
    const at = columns.get(key);
    if (at === undefined) throw new Error(`No Compare column for ${key}`);
    return at;
  };
  const rowNumbers = Array.from({ length: capacity }, (_, i) => FIRST_ROW + i);
  const cellIn = (key: string, row: number): string => `$${columnLetters(columnOf(key))}${row + 1}`;
  const slot = (row: number): string => `$${columnLetters(SLOT_COLUMN)}${row + 1}`;
  const whenNamed = (row: number, body: string): PlanCell => ({
    formula: `=IF($${columnLetters(NAME_COLUMN)}${row + 1}="","",${body})`,
  });
  const nameColumn = scenarioColumnName("name");
  const widths: number[] = [30, 130];
  for (const { since, entries } of compareSections(inputs, lines)) {
    // Layout 1's section starts with the scenario's number and name; a later one right of it.
    const lead = since === 1;
    const [head] = entries;
    if (!head) continue;
    const first = lead ? SLOT_COLUMN : columnOf(entryKey(head));
    const header: PlanCell[] = [
      ...(lead ? ["#", "Scenario"] : []),
      ...entries.map((e) =>
        e.kind === "input"
          ? `${e.spec.label} (${unitLabel(e.spec.unit)})`
          : `${e.line.label} (${e.line.unit})`
      ),
    ];
    const when = sinceOption(since);
    draft.write(HEADER_ROW, first, [header], { role: "header", ...when });
    const formats = [
      ...(lead ? [null, null] : []),
      ...entries.map((e) => (e.kind === "input" ? inputFormat(e.spec) : e.line.format)),
    ];
    const rows = rowNumbers.map((row, i): PlanCell[] => {
      const inRow: Ref = (key) => cellIn(key, row);
      return [
        ...(lead
          ? [
              i + 1,
              {
                formula: `=IF(INDEX(${nameColumn},${slot(row)})="","",INDEX(${nameColumn},${slot(row)}))`,
              },
            ]
          : []),
        ...entries.map((e) =>
          whenNamed(
            row,
            e.kind === "input"
              ? `INDEX(${scenarioColumnName(e.spec.id)},${slot(row)})`
              : e.line.formula(inRow)
          )
        ),
      ];
    });
    draft.write(FIRST_ROW, first, rows, { formats: rows.map(() => formats), ...when });
    if (lead) draft.style(FIRST_ROW, SLOT_COLUMN, capacity, 1, "reference");
    const outputs = entries.filter((e) => e.kind === "line" && e.line.output);
    const firstOutput = outputs[0];
    if (firstOutput) {
      draft.style(FIRST_ROW, columnOf(entryKey(firstOutput)), capacity, outputs.length, "output");
    }
    widths.push(...entries.map((e) => (e.kind === "input" ? 100 : 110)));
  }
  draft.columnWidths(widths);

  const columnRange = (key: InputId | LineKey): string =>
    sheetRef(sheetName, rangeAddress(FIRST_ROW, columnOf(key), capacity, 1, true));
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
    inputColumns: Object.fromEntries(inputs.map((s) => [s.id, columnOf(s.id)])) as Record<
      InputId,
      number
    >,
    outputColumns: Object.fromEntries(
      lines.filter((l) => l.output).map((l) => [l.key, columnOf(l.key)])
    ) as Record<OutputId, number>,
  };
  return { sheet: draft.finish(FIRST_ROW), charts, layout };
}
