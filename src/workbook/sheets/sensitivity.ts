/**
 * The Sensitivity sheet (a tornado), live in native formulas: for the output the analyst picks
 * (B4, a list of the outputs; default runway at efficient spend), the output with each input at
 * its low case and at its high case (the Inputs sheet's in_<Input>_Low / _High), the others at
 * their values; the swing; the inputs ranked by swing; a bar chart in that order.
 *
 * Every case row (columns AA on) computes the whole model with the same CALC_LINES as the Model
 * sheet (modelRows.ts), so nothing here is a second copy of the finance.
 *
 * The swing and the ranking follow src/model/sensitivity.ts exactly:
 * - class 2 when one end is "never" and the other a number (unbounded: ranks first), 0 when
 *   either end is an error (ranks last), 1 otherwise; the swing is |high − low|, 0 when both
 *   ends are "never";
 * - rank = 1 + the inputs that rank before this one: a higher class, or the same class and a
 *   larger swing, or the same class and swing and earlier in the model's order of inputs (the
 *   "Tie order" column, INPUT_SPECS order); swings compared through SIGN, exactly, as the
 *   model does. Each comparison is a cell of its own (columns CA on).
 *
 * Rows are placed by the inputs' slots (slots.ts) and the case columns by the Compare sheet's
 * columns, so a later layout's input adds rows below and its model columns to the right.
 */
import {
  DEFAULT_SENSITIVITY_OUTPUT,
  INPUT_SPECS,
  outputSpec,
  type InputId,
  type InputSpec,
} from "../../model";
import { cellAddress, columnLetters, rangeAddress, sheetRef } from "../a1";
import { CALC_LINES, type CalcLine } from "../calculations";
import { FORMAT } from "../formats";
import { outputName, sensitivityName } from "../names";
import type { NamedCell, PlanChart, PlanName, PlanSheet } from "../plan";
import { SheetDraft } from "../sheetDraft";
import { bySlot } from "../slots";
import { inputFormat } from "./inputs";
import {
  ANALYSIS_SINCE,
  inputLayouts,
  type InputReferences,
  modelRows,
  outputChoiceLayouts,
  outputChoiceRows,
  outputChoices,
} from "./modelRows";

const CHOICE_ROW = 3;
const NUMBER_ROW = 4;
const HEADER_ROW = 6;
const FIRST_ROW = HEADER_ROW + 1;
/** Columns of the per-input table (A:J), the ranked table (L:U), the list (W:Y), the cases (AA on). */
const INPUT_TABLE = 0;
const RANKED_TABLE = 11;
const LIST_TABLE = 22;
const CASE_TABLE = 26;
const CASE_MODEL = CASE_TABLE + 3;
/**
 * The ranking's comparisons (column CA on): cell (i, j) is 1 when input j ranks before input i.
 * Scalar cells an analyst can check one by one, summed into the rank. Far right of the case
 * table, which a later layout's columns widen.
 */
const BEATS_TABLE = 78;

export const SENSITIVITY_INPUT_HEADERS = [
  "Input",
  "Low case",
  "High case",
  "Output at low case",
  "Output at high case",
  "Swing",
  "Ranking class (2 unbounded, 1 number, 0 error)",
  "Swing for ranking",
  "Tie order (the model's order of inputs)",
  "Rank",
] as const;
export const SENSITIVITY_RANKED_HEADERS = [
  "Rank",
  "Row in the table of inputs",
  "Input",
  "Low case",
  "High case",
  "Output at low case",
  "Output at high case",
  "Swing",
  "Change at low case",
  "Change at high case",
] as const;

export interface SensitivitySheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly charts: readonly PlanChart[];
  /** The choice of output (B4). */
  readonly outputChoice: NamedCell;
}

export function buildSensitivitySheet(
  sheetName: string,
  at: InputReferences,
  inputs: readonly InputSpec[] = INPUT_SPECS,
  lines: readonly CalcLine[] = CALC_LINES
): SensitivitySheet {
  const draft = new SheetDraft("sensitivity", sheetName, ANALYSIS_SINCE);
  draft.title(
    "AI Cost Scenarios: sensitivity (tornado)",
    "Pick an output in B4: each input goes to its low and its high case (Inputs sheet, columns K:L), the others stay at their values; the inputs are ranked by how far the output swings."
  );
  const specs = bySlot(inputs);
  const n = specs.length;
  const caseOf = (id: InputId, end: "Low" | "High"): string =>
    end === "Low" ? at.cases[id].low : at.cases[id].high;
  const choices = outputChoices(lines);
  const abs = (row: number, col: number): string => cellAddress(row, col, true);
  const here = (address: string): string => sheetRef(sheetName, address);
  const colRange = (col: number, height = n): string =>
    rangeAddress(FIRST_ROW, col, height, 1, true);

  // The choice and the output at the inputs' values.
  const listLabels = colRange(LIST_TABLE, choices.length);
  const choice = abs(CHOICE_ROW, 1);
  const number = abs(NUMBER_ROW, 1);
  draft.write(CHOICE_ROW, 0, [["Output"]], { role: "header" });
  draft.write(CHOICE_ROW, 1, [[outputSpec(DEFAULT_SENSITIVITY_OUTPUT).label]], {
    role: "input",
    analystData: true,
  });
  draft.write(CHOICE_ROW, 2, [["Its value at the inputs' values"]], { role: "calc" });
  const base = abs(CHOICE_ROW, 3);
  draft.write(
    CHOICE_ROW,
    3,
    [[{ formula: `=CHOOSE(${number},${choices.map((id) => outputName(id)).join(",")})` }]],
    { role: "output", formats: FORMAT.chosenOutput }
  );
  draft.write(NUMBER_ROW, 0, [["Its number in the list (W:W)"]], { role: "calc" });
  draft.write(NUMBER_ROW, 1, [[{ formula: `=MATCH(${choice},${listLabels},0)` }]], {
    role: "calc",
  });

  // The list of outputs the choice offers.
  draft.write(HEADER_ROW, LIST_TABLE, [["Outputs you can choose", "Unit", "Name"]], {
    role: "header",
  });
  const allAnalysis = (width: number): number[] =>
    Array.from({ length: width }, () => ANALYSIS_SINCE);
  const layoutsOfInputs = inputLayouts(inputs);
  draft.writeByLayout(
    FIRST_ROW,
    LIST_TABLE,
    outputChoiceRows(lines),
    { rows: outputChoiceLayouts(lines), columns: allAnalysis(3) },
    { role: "reference", since: ANALYSIS_SINCE }
  );

  // The cases: two rows per input (low, high), each the whole model.
  const model = modelRows(CASE_MODEL, inputs, lines);
  const caseRow = (spec: InputSpec, end: 0 | 1): number => FIRST_ROW + 2 * spec.slot + end;
  const caseColumns = [...allAnalysis(3), ...model.layouts];
  draft.writeByLayout(
    HEADER_ROW,
    CASE_TABLE,
    [["Input at its case", "Case", "Chosen output", ...model.header]],
    { rows: [ANALYSIS_SINCE], columns: caseColumns },
    { role: "header", since: ANALYSIS_SINCE }
  );
  const caseRows = specs.flatMap((swung) =>
    ([0, 1] as const).map((end) => {
      const row = caseRow(swung, end);
      const endName = end === 0 ? "Low" : "High";
      return [
        swung.label,
        end === 0 ? "low" : "high",
        { formula: `=${model.chosen(row, number)}` },
        ...model.cells(row, (spec) =>
          spec.id === swung.id ? caseOf(spec.id, endName) : at.values[spec.id]
        ),
      ];
    })
  );
  draft.writeByLayout(
    FIRST_ROW,
    CASE_TABLE,
    caseRows,
    { rows: layoutsOfInputs.flatMap((l) => [l, l]), columns: caseColumns },
    {
      formats: caseRows.map(() => [null, null, FORMAT.chosenOutput, ...model.formats]),
      since: ANALYSIS_SINCE,
    }
  );
  draft.style(FIRST_ROW, CASE_TABLE + 2, caseRows.length, 1, "output");

  // One row per input: its cases, the output at each, the swing and its rank.
  const col = (header: (typeof SENSITIVITY_INPUT_HEADERS)[number]): number =>
    INPUT_TABLE + SENSITIVITY_INPUT_HEADERS.indexOf(header);
  const cell = (header: (typeof SENSITIVITY_INPUT_HEADERS)[number], row: number): string =>
    `$${columnLetters(col(header))}${row + 1}`;
  const whole = (header: (typeof SENSITIVITY_INPUT_HEADERS)[number]): string =>
    colRange(col(header));
  const chosenAt = (spec: InputSpec, end: 0 | 1): string =>
    `=$${columnLetters(CASE_TABLE + 2)}${caseRow(spec, end) + 1}`;
  draft.write(HEADER_ROW, INPUT_TABLE, [[...SENSITIVITY_INPUT_HEADERS]], { role: "header" });
  const inputRows = specs.map((spec) => {
    const row = FIRST_ROW + spec.slot;
    const [lo, hi, cls, swing] = [
      cell("Output at low case", row),
      cell("Output at high case", row),
      cell("Ranking class (2 unbounded, 1 number, 0 error)", row),
      cell("Swing", row),
    ];
    return [
      spec.label,
      { formula: `=${caseOf(spec.id, "Low")}` },
      { formula: `=${caseOf(spec.id, "High")}` },
      { formula: chosenAt(spec, 0) },
      { formula: chosenAt(spec, 1) },
      {
        formula: `=IF(${cls}=0,"error",IF(${cls}=2,"unbounded",IF(ISTEXT(${lo}),0,ABS(${hi}-${lo}))))`,
      },
      {
        formula: `=IF(OR(ISERROR(${lo}),ISERROR(${hi})),0,IF(AND(ISTEXT(${lo}),ISTEXT(${hi})),1,IF(OR(ISTEXT(${lo}),ISTEXT(${hi})),2,1)))`,
      },
      { formula: `=IF(${cls}=1,${swing},0)` },
      INPUT_SPECS.findIndex((s) => s.id === spec.id) + 1,
      { formula: `=1+SUM(${rangeAddress(FIRST_ROW + spec.slot, BEATS_TABLE, 1, n, true)})` },
    ];
  });
  draft.writeByLayout(
    FIRST_ROW,
    INPUT_TABLE,
    inputRows,
    {
      rows: layoutsOfInputs,
      columns: allAnalysis(SENSITIVITY_INPUT_HEADERS.length),
    },
    {
      since: ANALYSIS_SINCE,
      formats: specs.map((s) => [
        null,
        inputFormat(s),
        inputFormat(s),
        FORMAT.chosenOutput,
        FORMAT.chosenOutput,
        FORMAT.chosenOutput,
        null,
        FORMAT.chosenOutput,
        null,
        null,
      ]),
    }
  );
  draft.style(FIRST_ROW, col("Tie order (the model's order of inputs)"), n, 1, "reference");
  const classOf = (row: number): string =>
    cell("Ranking class (2 unbounded, 1 number, 0 error)", row);
  const keyOf = (row: number): string => cell("Swing for ranking", row);
  const tieOf = (row: number): string => cell("Tie order (the model's order of inputs)", row);
  draft.writeByLayout(
    HEADER_ROW,
    BEATS_TABLE,
    [specs.map((s) => `Ranks before this row: ${s.label}`)],
    { rows: [ANALYSIS_SINCE], columns: layoutsOfInputs },
    { role: "header", since: ANALYSIS_SINCE }
  );
  const beats = specs.map((mine) =>
    specs.map((other): { formula: string } => {
      const [i, j] = [FIRST_ROW + mine.slot, FIRST_ROW + other.slot];
      const [ci, cj, ki, kj] = [classOf(i), classOf(j), keyOf(i), keyOf(j)];
      return {
        formula: `=IF(OR(${cj}>${ci},AND(${cj}=${ci},OR(SIGN(${kj}-${ki})>0,AND(SIGN(${kj}-${ki})=0,${tieOf(j)}<${tieOf(i)})))),1,0)`,
      };
    })
  );
  draft.writeByLayout(
    FIRST_ROW,
    BEATS_TABLE,
    beats,
    { rows: layoutsOfInputs, columns: layoutsOfInputs },
    { role: "reference", since: ANALYSIS_SINCE }
  );
  draft.style(FIRST_ROW, col("Rank"), n, 1, "output");

  // The inputs in the order of their rank: what the chart and the task pane show.
  const rcol = (header: (typeof SENSITIVITY_RANKED_HEADERS)[number]): number =>
    RANKED_TABLE + SENSITIVITY_RANKED_HEADERS.indexOf(header);
  draft.write(HEADER_ROW, RANKED_TABLE, [[...SENSITIVITY_RANKED_HEADERS]], { role: "header" });
  const rankedRows = specs.map((_, k) => {
    const row = FIRST_ROW + k;
    const at = `$${columnLetters(rcol("Row in the table of inputs"))}${row + 1}`;
    // CHOOSE over the column's cells rather than INDEX over its range: IronCalc 0.8.4 takes
    // about 1 ms for each INDEX over a range here (docs/HOSTS.md), CHOOSE almost nothing.
    const pick = (header: (typeof SENSITIVITY_INPUT_HEADERS)[number]): { formula: string } => ({
      formula: `=CHOOSE(${at},${specs.map((s) => cell(header, FIRST_ROW + s.slot)).join(",")})`,
    });
    const change = (header: "Output at low case" | "Output at high case"): { formula: string } => {
      const value = `$${columnLetters(rcol(header))}${row + 1}`;
      return {
        formula: `=IF(AND(ISNUMBER(${value}),ISNUMBER(${base})),${value}-${base},NA())`,
      };
    };
    return [
      k + 1,
      { formula: `=MATCH($${columnLetters(RANKED_TABLE)}${row + 1},${whole("Rank")},0)` },
      pick("Input"),
      pick("Low case"),
      pick("High case"),
      pick("Output at low case"),
      pick("Output at high case"),
      pick("Swing"),
      change("Output at low case"),
      change("Output at high case"),
    ];
  });
  draft.writeByLayout(
    FIRST_ROW,
    RANKED_TABLE,
    rankedRows,
    { rows: layoutsOfInputs, columns: allAnalysis(SENSITIVITY_RANKED_HEADERS.length) },
    {
      since: ANALYSIS_SINCE,
      // A row's input changes with the ranking: its cases stay General, as no format fits all.
      formats: specs.map(() => [
        ...Array.from({ length: 5 }, () => null),
        ...Array.from({ length: 5 }, () => FORMAT.chosenOutput),
      ]),
    }
  );
  draft.style(FIRST_ROW, RANKED_TABLE, n, 2, "reference");
  draft.style(FIRST_ROW, rcol("Input"), n, 1, "output");
  draft.columnWidths([
    190, 80, 80, 90, 90, 80, 90, 80, 80, 50, 20, 50, 60, 190, 80, 80, 90, 90, 80, 90, 90, 20, 190,
    70, 170, 20, 190, 50, 90,
  ]);

  const rankedRange = (header: (typeof SENSITIVITY_RANKED_HEADERS)[number]): string =>
    here(colRange(rcol(header)));
  const names: PlanName[] = [
    name("output", here(choice), "The output the Sensitivity sheet swings (its label)."),
    name("outputNumber", here(number), "The chosen output's number in the list of outputs."),
    name("base", here(base), "The chosen output at the inputs' values."),
    name("input", here(whole("Input")), "Each input, in the order of their slots."),
    name("atLow", here(whole("Output at low case")), "The output with each input at its low case."),
    name(
      "atHigh",
      here(whole("Output at high case")),
      "The output with each input at its high case."
    ),
    name("swing", here(whole("Swing")), 'Each input\'s swing: a number, "unbounded" or "error".'),
    name("rank", here(whole("Rank")), "Each input's rank by swing (1: the largest)."),
    name("rankedInput", rankedRange("Input"), "The inputs from the largest swing down."),
    name("rankedLowCase", rankedRange("Low case"), "Their low cases, in rank order."),
    name("rankedHighCase", rankedRange("High case"), "Their high cases, in rank order."),
    name("rankedAtLow", rankedRange("Output at low case"), "The output at each low case, ranked."),
    name(
      "rankedAtHigh",
      rankedRange("Output at high case"),
      "The output at each high case, ranked."
    ),
    name("rankedSwing", rankedRange("Swing"), "The swings, in rank order."),
    name(
      "rankedChangeAtLow",
      rankedRange("Change at low case"),
      "The output's change from its value at each low case, ranked (#N/A where not a number)."
    ),
    name(
      "rankedChangeAtHigh",
      rankedRange("Change at high case"),
      "The output's change from its value at each high case, ranked (#N/A where not a number)."
    ),
  ];
  const chartTop = FIRST_ROW + n + 2;
  const charts: PlanChart[] = [
    {
      key: "tornado",
      name: "AICOST_TornadoChart",
      sheet: "sensitivity",
      type: "BarClustered",
      title: "Sensitivity: the chosen output's change at each input's low and high case",
      categories: rankedRange("Input"),
      series: [
        { name: "At the low case", values: rankedRange("Change at low case") },
        { name: "At the high case", values: rankedRange("Change at high case") },
      ],
      valueAxisTitle: "Change from the output's value at the inputs",
      valueFormat: null,
      position: rangeAddress(chartTop, 0, 20, 8),
    },
  ];
  const sheet = {
    ...draft.finish(FIRST_ROW),
    listValidations: [{ address: cellAddress(CHOICE_ROW, 1), source: here(listLabels) }],
  };
  return {
    sheet,
    names,
    charts,
    outputChoice: {
      name: sensitivityName("output"),
      sheet: "sensitivity",
      row: CHOICE_ROW,
      column: 1,
      address: cellAddress(CHOICE_ROW, 1),
    },
  };
}

function name(key: string, reference: string, comment: string): PlanName {
  return { name: sensitivityName(key), formula: `=${reference}`, comment, kind: "analysis" };
}
