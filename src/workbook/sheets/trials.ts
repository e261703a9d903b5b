/**
 * The Trials sheet: Monte Carlo over the analyst's cases in native formulas, no add-in and
 * nothing volatile. One row per trial (TRIAL_ROWS of them; the trial count B5 says how many
 * take part): each uncertain input draws a uniform from the HDR stream (hdrFormula.ts, the
 * SIPmath generator) with the trial number, the input's variable number and the seed B4, turns
 * it into a value by its shape (Inputs!N) between its low and high case, and the row computes
 * the whole model with the same CALC_LINES as the Model sheet (modelRows.ts). So the results
 * change only when an input, a case, a shape, the seed or the trial count does.
 *
 * src/model/simulation.ts takes the very same steps, and the summary uses the functions whose
 * definitions src/model/percentile.ts follows (PERCENTILE.INC, AVERAGE, bins counted with
 * SUMPRODUCT), so for the same seed and count the two give the same numbers to the last bit:
 * - each summary output's sample (C:F) is the trial's value, "never" or "error" for the rows
 *   that take part and "" for the others, so PERCENTILE.INC and AVERAGE see only its numbers;
 * - the probability of falling short counts the rows whose runway is a number below that
 *   row's target runway (G:H), over the trial count;
 * - the histogram's edges are the smallest value plus i times the width, as the model's.
 * Every step computes on every row, taking part or not: IronCalc recalculates the whole
 * workbook on each change and an IF around a step costs more than the step (docs/HOSTS.md).
 *
 * A seed, a count or an input's shape and cases that cannot be drawn (B6 FALSE, with each
 * input's own "Ready" in G) make every statistic #N/A rather than a wrong number.
 */
import {
  outputSpec,
  SHAPE_LABELS,
  SHAPES,
  SUMMARY_OUTPUTS,
  SUMMARY_PERCENTILES,
  DEFAULT_HISTOGRAM_BINS,
  DEFAULT_SEED,
  DEFAULT_TRIALS,
  HDR_MAX_ID,
  VARIABLE_NUMBERS,
  type InputId,
  type InputSpec,
  type OutputId,
} from "../../model";
import { cellAddress, columnLetters, rangeAddress, sheetRef } from "../a1";
import {
  drawFormula,
  HDR_STEP_NAMES,
  HDR_STEPS,
  hdrKeyParts,
  hdrUniformSteps,
} from "../analysis/hdrFormula";
import type { CalcLine } from "../calculations";
import { FORMAT } from "../formats";
import { simulationName } from "../names";
import type { NamedCell, PlanChart, PlanName, PlanSheet } from "../plan";
import { SheetDraft, column } from "../sheetDraft";
import { bySlot, sinceOf } from "../slots";
import { inputFormat } from "./inputs";
import { modelRows } from "./modelRows";

/** The layout that added the Trials sheet and the inputs' shapes. */
export const TRIALS_SINCE = 4;
/** Rows of trials the sheet holds: the most trials a workbook runs. */
export const TRIAL_ROWS = 1_000;

const SEED_ROW = 3;
const COUNT_ROW = 4;
const READY_ROW = 5;
const TABLE_HEADER_ROW = 7;
const TABLE_ROW = TABLE_HEADER_ROW + 1;
/** Columns: the inputs' table (A:I), the shapes' list (K), the summary (M:Q), the bins (S:W). */
const SHAPE_LIST = 10;
const SUMMARY_TABLE = 12;
const SHORTFALL_ROW = 19;
const BINS_TABLE = 18;
const CHART_COLUMN = 24;
const BINS_EDGE_ROW = 3;
/** The trials: number and part (A:B), samples (C:F), shortfalls (G:H), the model (J on). */
const TRIAL_HEADER_ROW = 30;
const FIRST_TRIAL_ROW = TRIAL_HEADER_ROW + 1;
const SAMPLE_COLUMN = 2;
const SHORT_COLUMN = SAMPLE_COLUMN + SUMMARY_OUTPUTS.length;
const MODEL_COLUMN = 9;
/**
 * The trial's parts of the two HDR keys, then each input's uniform by slot, in HDR_STEPS cells
 * (its steps, the uniform last): far right of the model, which a later layout widens.
 */
const TRIAL_KEY_COLUMN = 70;
const UNIFORM_COLUMN = TRIAL_KEY_COLUMN + 2;

export const TRIALS_INPUT_HEADERS = [
  "Input",
  "Shape",
  "Low case",
  "Value",
  "High case",
  "Variable number (HDR)",
  "Ready to draw",
  "HDR key 1 without the trial",
  "HDR key 2 without the trial",
] as const;

/** The statistics of the summary, top to bottom; the percentiles are SUMMARY_PERCENTILES'. */
export const SUMMARY_STATISTICS: readonly { readonly key: string; readonly label: string }[] = [
  { key: "Mean", label: "Mean" },
  ...SUMMARY_PERCENTILES.map((p) => ({
    key: percentileKey(p),
    label: `${Math.round(p * 100)}th percentile`,
  })),
  { key: "Numbers", label: "Trials with a number" },
  { key: "Never", label: 'Trials that never run out ("never")' },
  { key: "Errors", label: "Trials with an error" },
];

/** "P5" for 0.05: the name's part for a percentile. */
export function percentileKey(p: number): string {
  return `P${Math.round(p * 100)}`;
}

/** The runway the histogram and the pane's distribution show. */
export const HISTOGRAM_OUTPUT: OutputId = "runwayAtEfficientYears";
export const SHORTFALL_RUNWAYS = ["runwayAtFrontierYears", "runwayAtEfficientYears"] as const;

/** A summary statistic's name: sim_RunwayAtEfficientYears_P5. */
export function summaryName(output: OutputId, statistic: string): string {
  return `${simulationName(output)}_${statistic}`;
}

export function shortfallName(runway: (typeof SHORTFALL_RUNWAYS)[number]): string {
  return simulationName(
    runway === "runwayAtFrontierYears" ? "shortfallAtFrontier" : "shortfallAtEfficient"
  );
}

/** An input's HDR variable number: the model's, or for an input it does not know, a new one. */
export function variableNumber(spec: InputSpec): number {
  const known = (VARIABLE_NUMBERS as Readonly<Record<string, number | undefined>>)[spec.id];
  return known ?? Math.max(...Object.values(VARIABLE_NUMBERS)) + 1 + spec.slot;
}

/** Where the Trials sheet reads each input: its value, cases and shape (sheet-qualified). */
export interface TrialsInputs {
  readonly values: Readonly<Record<InputId, string>>;
  readonly cases: Readonly<Record<InputId, { readonly low: string; readonly high: string }>>;
  readonly shapes: Readonly<Record<InputId, string>>;
}

export interface TrialsSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly charts: readonly PlanChart[];
  /** The shapes' list, sheet-qualified, for the Inputs sheet's drop-downs. */
  readonly shapeList: string;
  readonly seed: NamedCell;
  readonly trials: NamedCell;
  /** How many trial rows the sheet holds (the most trials it runs). */
  readonly rows: number;
}

export function buildTrialsSheet(
  sheetName: string,
  at: TrialsInputs,
  inputs: readonly InputSpec[],
  lines: readonly CalcLine[],
  trialRows: number = TRIAL_ROWS
): TrialsSheet {
  const draft = new SheetDraft("trials", sheetName, TRIALS_SINCE);
  draft.title(
    "AI Cost Scenarios: trials (Monte Carlo)",
    "Each row below draws every input from its shape (Inputs sheet, column N) between its low and high case and computes the model; the same seed gives the same trials in every copy of this workbook."
  );
  const specs = bySlot(inputs);
  const abs = (row: number, col: number): string => cellAddress(row, col, true);
  const here = (address: string): string => sheetRef(sheetName, address);
  const layouts = specs.map((s) => Math.max(TRIALS_SINCE, sinceOf(s)));

  // The seed and the trial count: the analyst's, checked in B6.
  const seed = abs(SEED_ROW, 1);
  const count = abs(COUNT_ROW, 1);
  const ready = abs(READY_ROW, 1);
  draft.write(SEED_ROW, 0, [["Seed"], ["Trials"]], { role: "header" });
  draft.write(SEED_ROW, 1, [[DEFAULT_SEED], [Math.min(DEFAULT_TRIALS, trialRows)]], {
    role: "input",
    analystData: true,
    formats: "0",
  });
  draft.write(
    SEED_ROW,
    2,
    [
      [
        `A whole number from 0 to ${HDR_MAX_ID.toLocaleString("en-US")}: another seed, other trials.`,
      ],
      [`A whole number from 1 to ${trialRows.toLocaleString("en-US")}: the rows that take part.`],
    ],
    { role: "note" }
  );
  const inputsReady = rangeAddress(TABLE_ROW, 6, specs.length, 1, true);
  const wholeIn = (cell: string, min: number, max: number): string =>
    `IF(ISNUMBER(${cell}),AND(SIGN(${cell}-INT(${cell}))=0,SIGN(${cell}-${min})>=0,SIGN(${cell}-${max})<=0),FALSE)`;
  draft.write(READY_ROW, 0, [["Ready to run"]], { role: "header" });
  draft.write(
    READY_ROW,
    1,
    [
      [
        {
          formula: `=AND(${wholeIn(seed, 0, HDR_MAX_ID)},${wholeIn(count, 1, trialRows)},AND(${inputsReady}))`,
        },
      ],
    ],
    { role: "check" }
  );
  draft.write(
    READY_ROW,
    2,
    [["FALSE: a seed, a count or an input below cannot be drawn; every statistic is #N/A."]],
    { role: "note" }
  );

  // The shapes an input may take: the Inputs sheet's drop-downs list these cells.
  draft.write(TABLE_HEADER_ROW, SHAPE_LIST, [["Shapes you can choose"]], { role: "header" });
  draft.write(TABLE_ROW, SHAPE_LIST, column(SHAPES.map((s) => SHAPE_LABELS[s])), {
    role: "reference",
  });
  const shapeList = here(rangeAddress(TABLE_ROW, SHAPE_LIST, SHAPES.length, 1, true));

  // The inputs: where each draws from, and whether it can be drawn.
  draft.write(TABLE_HEADER_ROW, 0, [[...TRIALS_INPUT_HEADERS]], { role: "header" });
  const tableCell = (spec: InputSpec, c: number): string => abs(TABLE_ROW + spec.slot, c);
  const [F, U, T] = SHAPES.map((s) => `"${SHAPE_LABELS[s]}"`) as [string, string, string];
  const inputRows = specs.map((spec) => {
    const [sh, a, m, b] = [1, 2, 3, 4].map((c) => tableCell(spec, c)) as [
      string,
      string,
      string,
      string,
    ];
    const keys = hdrKeyParts({ trial: "0", variable: tableCell(spec, 5), entity: seed }).rest;
    return [
      spec.label,
      { formula: `=${at.shapes[spec.id]}` },
      { formula: `=${at.cases[spec.id].low}` },
      { formula: `=${at.values[spec.id]}` },
      { formula: `=${at.cases[spec.id].high}` },
      variableNumber(spec),
      {
        formula: `=IF(OR(${sh}=${F},${sh}=${U},${sh}=${T}),IF(${sh}=${F},TRUE,IF(AND(ISNUMBER(${a}),ISNUMBER(${m}),ISNUMBER(${b})),AND(SIGN(${m}-${a})>=0,SIGN(${b}-${m})>=0),FALSE)),FALSE)`,
      },
      { formula: `=${keys[0]}` },
      { formula: `=${keys[1]}` },
    ];
  });
  draft.writeByLayout(
    TABLE_ROW,
    0,
    inputRows,
    { rows: layouts, columns: TRIALS_INPUT_HEADERS.map(() => TRIALS_SINCE) },
    {
      since: TRIALS_SINCE,
      formats: specs.map((s) => [
        null,
        null,
        inputFormat(s),
        inputFormat(s),
        inputFormat(s),
        "0",
        null,
        "0",
        "0",
      ]),
    }
  );
  draft.style(TABLE_ROW, 1, specs.length, 4, "calc");
  draft.style(TABLE_ROW, 5, specs.length, 1, "reference");
  draft.style(TABLE_ROW, 6, specs.length, 1, "check");
  draft.style(TABLE_ROW, 7, specs.length, 2, "calc");

  // The trials.
  const model = modelRows(MODEL_COLUMN, inputs, lines);
  const colOf = (key: string): string => columnLetters(model.columnOf(key as InputId));
  const sampleRange = (k: number): string =>
    rangeAddress(FIRST_TRIAL_ROW, SAMPLE_COLUMN + k, trialRows, 1, true);
  const shortRange = (k: number): string =>
    rangeAddress(FIRST_TRIAL_ROW, SHORT_COLUMN + k, trialRows, 1, true);
  const fixedHeader = [
    "Trial",
    "Takes part (1) or not (0)",
    ...SUMMARY_OUTPUTS.map((id) => `${outputSpec(id).label}: the sample`),
    ...SHORTFALL_RUNWAYS.map((id) => `${outputSpec(id).label}: short of the target (1)`),
  ];
  draft.write(TRIAL_HEADER_ROW, 0, [fixedHeader], { role: "header" });
  draft.writeByLayout(
    TRIAL_HEADER_ROW,
    MODEL_COLUMN,
    [model.header],
    { rows: [TRIALS_SINCE], columns: model.layouts },
    { role: "header", since: TRIALS_SINCE }
  );
  const stepLayouts = layouts.flatMap((since) => HDR_STEP_NAMES.map(() => since));
  draft.writeByLayout(
    TRIAL_HEADER_ROW,
    UNIFORM_COLUMN,
    [specs.flatMap((s) => HDR_STEP_NAMES.map((what) => `${what}: ${s.label}`))],
    { rows: [TRIALS_SINCE], columns: stepLayouts },
    { role: "header", since: TRIALS_SINCE }
  );
  draft.write(
    TRIAL_HEADER_ROW,
    TRIAL_KEY_COLUMN,
    [["HDR key 1: the trial's part", "HDR key 2: the trial's part"]],
    {
      role: "header",
    }
  );
  const rows = Array.from({ length: trialRows }, (_, t) => FIRST_TRIAL_ROW + t);
  const stepCell = (spec: InputSpec, row: number, step: number): string =>
    `$${columnLetters(UNIFORM_COLUMN + spec.slot * HDR_STEPS + step)}${row + 1}`;
  const uniformCell = (spec: InputSpec, row: number): string => stepCell(spec, row, HDR_STEPS - 1);
  const fixedCells = rows.map((row) => {
    const r = row + 1;
    const part = `$B${r}`;
    return [
      row - FIRST_TRIAL_ROW + 1,
      { formula: `=IF(${ready},IF(SIGN($A${r}-${count})<=0,1,0),NA())` },
      ...SUMMARY_OUTPUTS.map((id) => {
        const v = `$${colOf(id)}${r}`;
        return { formula: `=IF(${part}=1,IF(ISERROR(${v}),"error",${v}),"")` };
      }),
      ...SHORTFALL_RUNWAYS.map((id) => {
        const v = `$${colOf(id)}${r}`;
        const target = `$${colOf("targetRunwayYears")}${r}`;
        return {
          formula: `=IF(${part}=1,IF(ISNUMBER(${v}),IF(SIGN(${v}-${target})<0,1,0),0),"")`,
        };
      }),
    ];
  });
  draft.write(FIRST_TRIAL_ROW, 0, fixedCells, {
    formats: rows.map(() => [
      "0",
      "0",
      ...SUMMARY_OUTPUTS.map((id) => model.formats[model.columnOf(id) - MODEL_COLUMN] ?? null),
      "0",
      "0",
    ]),
  });
  const modelCells = rows.map((row) =>
    model.cells(row, (spec) => {
      const cell = (c: number): string => tableCell(spec, c);
      return drawFormula({
        shape: cell(1),
        low: cell(2),
        value: cell(3),
        high: cell(4),
        uniform: uniformCell(spec, row),
      }).slice(1);
    })
  );
  draft.writeByLayout(
    FIRST_TRIAL_ROW,
    MODEL_COLUMN,
    modelCells,
    { rows: rows.map(() => TRIALS_SINCE), columns: model.layouts },
    { since: TRIALS_SINCE, formats: rows.map(() => [...model.formats]) }
  );
  const trialKey = (k: 0 | 1, row: number): string =>
    `$${columnLetters(TRIAL_KEY_COLUMN + k)}${row + 1}`;
  draft.write(
    FIRST_TRIAL_ROW,
    TRIAL_KEY_COLUMN,
    rows.map((row) => {
      const { trial } = hdrKeyParts({ trial: `$A${row + 1}`, variable: "0", entity: "0" });
      return [{ formula: `=${trial[0]}` }, { formula: `=${trial[1]}` }];
    }),
    { formats: "0" }
  );
  const uniforms = rows.map((row) =>
    specs.flatMap((spec) =>
      hdrUniformSteps(
        `${trialKey(0, row)}+${tableCell(spec, 7)}`,
        `${trialKey(1, row)}+${tableCell(spec, 8)}`,
        (step) => stepCell(spec, row, step)
      ).map((formula) => ({ formula }))
    )
  );
  const stepFormats = HDR_STEP_NAMES.map((_, i) => (i === HDR_STEPS - 1 ? "0.000000" : "0"));
  draft.writeByLayout(
    FIRST_TRIAL_ROW,
    UNIFORM_COLUMN,
    uniforms,
    { rows: rows.map(() => TRIALS_SINCE), columns: stepLayouts },
    { since: TRIALS_SINCE, formats: rows.map(() => specs.flatMap(() => stepFormats)) }
  );
  draft.style(FIRST_TRIAL_ROW, 0, trialRows, 2, "reference");
  draft.style(FIRST_TRIAL_ROW, SAMPLE_COLUMN, trialRows, SUMMARY_OUTPUTS.length, "output");

  // The summary: each statistic of each output's sample, #N/A unless ready.
  draft.write(
    TABLE_HEADER_ROW,
    SUMMARY_TABLE,
    [["Statistic", ...SUMMARY_OUTPUTS.map((id) => outputSpec(id).label)]],
    { role: "header" }
  );
  const statistic = (key: string, range: string): string => {
    if (key === "Mean") return `AVERAGE(${range})`;
    if (key === "Numbers") return `COUNT(${range})`;
    if (key === "Never") return `COUNTIF(${range},"never")`;
    if (key === "Errors") return `COUNTIF(${range},"error")`;
    const p = SUMMARY_PERCENTILES.find((q) => percentileKey(q) === key);
    return `PERCENTILE.INC(${range},${String(p)})`;
  };
  const outputFormat = (id: OutputId): string | null =>
    model.formats[model.columnOf(id) - MODEL_COLUMN] ?? null;
  const summaryRows = SUMMARY_STATISTICS.map((s) => [
    s.label,
    ...SUMMARY_OUTPUTS.map((_, k) => ({
      formula: `=IF(${ready},${statistic(s.key, sampleRange(k))},NA())`,
    })),
  ]);
  draft.write(TABLE_ROW, SUMMARY_TABLE, summaryRows, {
    formats: SUMMARY_STATISTICS.map((s) => [
      null,
      ...SUMMARY_OUTPUTS.map((id) =>
        ["Numbers", "Never", "Errors"].includes(s.key) ? "0" : outputFormat(id)
      ),
    ]),
  });
  draft.style(
    TABLE_ROW,
    SUMMARY_TABLE + 1,
    SUMMARY_STATISTICS.length,
    SUMMARY_OUTPUTS.length,
    "output"
  );
  draft.write(
    SHORTFALL_ROW - 1,
    SUMMARY_TABLE,
    [["Probability the runway falls short of the target runway", "Probability"]],
    {
      role: "header",
    }
  );
  draft.write(
    SHORTFALL_ROW,
    SUMMARY_TABLE,
    SHORTFALL_RUNWAYS.map((id, k) => [
      outputSpec(id).label,
      { formula: `=IF(${ready},SUM(${shortRange(k)})/${count},NA())` },
    ]),
    { formats: SHORTFALL_RUNWAYS.map(() => [null, FORMAT.share]) }
  );
  draft.style(SHORTFALL_ROW, SUMMARY_TABLE + 1, SHORTFALL_RUNWAYS.length, 1, "output");

  // The histogram of the efficient runway: equal bins from its smallest to its largest value.
  const histogramSample = sampleRange(SUMMARY_OUTPUTS.indexOf(HISTOGRAM_OUTPUT));
  const bins = DEFAULT_HISTOGRAM_BINS;
  const [smallest, largest, width] = [0, 1, 2].map((i) => abs(BINS_EDGE_ROW + i, BINS_TABLE + 1));
  const years = outputFormat(HISTOGRAM_OUTPUT);
  draft.write(
    BINS_EDGE_ROW,
    BINS_TABLE,
    [
      [
        "Smallest",
        { formula: `=IF(AND(${ready},COUNT(${histogramSample})>0),MIN(${histogramSample}),NA())` },
      ],
      [
        "Largest",
        { formula: `=IF(AND(${ready},COUNT(${histogramSample})>0),MAX(${histogramSample}),NA())` },
      ],
      ["Bin width", { formula: `=(${largest}-${smallest})/${bins}` }],
    ],
    {
      formats: [
        [null, years],
        [null, years],
        [null, years],
      ],
    }
  );
  draft.style(BINS_EDGE_ROW, BINS_TABLE, 3, 1, "header");
  draft.write(
    TABLE_HEADER_ROW,
    BINS_TABLE,
    [["Bin", "From (years)", "To (years)", "Middle (years)", "Trials in the bin"]],
    { role: "header" }
  );
  const binRows = Array.from({ length: bins }, (_, b) => {
    const r = TABLE_ROW + b + 1;
    const [from, to] = [1, 2].map((c) => `$${columnLetters(BINS_TABLE + c)}${r}`) as [
      string,
      string,
    ];
    const last = b === bins - 1;
    return [
      b + 1,
      { formula: b === 0 ? `=${smallest}` : `=${smallest}+${b}*${width}` },
      { formula: last ? `=${largest}` : `=${smallest}+${b + 1}*${width}` },
      { formula: `=(${from}+${to})/2` },
      {
        formula: `=SUMPRODUCT((${histogramSample}>=${from})*(${histogramSample}${last ? "<=" : "<"}${to}))`,
      },
    ];
  });
  draft.write(TABLE_ROW, BINS_TABLE, binRows, {
    formats: binRows.map(() => [null, years, years, years, "0"]),
  });
  draft.style(TABLE_ROW, BINS_TABLE + 4, bins, 1, "output");
  draft.columnWidths([
    190, 130, 90, 90, 90, 90, 90, 110, 110, 20, 190, 20, 190, 100, 100, 100, 100, 20, 80, 90, 90,
    90, 90,
  ]);

  const binRange = (c: number): string =>
    here(rangeAddress(TABLE_ROW, BINS_TABLE + c, bins, 1, true));
  const summaryNames = SUMMARY_OUTPUTS.flatMap((id, k) =>
    SUMMARY_STATISTICS.map((s, i) => ({
      name: summaryName(id, s.key),
      formula: `=${here(abs(TABLE_ROW + i, SUMMARY_TABLE + 1 + k))}`,
      comment: `${s.label} of ${outputSpec(id).label} over the trials (#N/A unless sim_Ready).`,
      kind: "simulation" as const,
    }))
  );
  const names: PlanName[] = [
    simName("seed", here(seed), "The seed of the trials' draws (HDR entity), a whole number."),
    simName("trials", here(count), `How many trials take part, 1 to ${trialRows}.`),
    simName("ready", here(ready), "TRUE when the seed, the count and every input can be drawn."),
    simName("inputReady", here(inputsReady), "Whether each input can be drawn, by slot."),
    simName("shapeList", shapeList, "The shapes an input may take (the Inputs sheet's lists)."),
    ...summaryNames,
    ...SHORTFALL_RUNWAYS.map((id, k) => ({
      name: shortfallName(id),
      formula: `=${here(abs(SHORTFALL_ROW + k, SUMMARY_TABLE + 1))}`,
      comment: `The share of trials whose ${outputSpec(id).label.toLowerCase()} falls short of the target runway.`,
      kind: "simulation" as const,
    })),
    simName("binFrom", binRange(1), "The histogram's bins: each one's lower edge (years)."),
    simName("binTo", binRange(2), "Each bin's upper edge (years; the last holds the largest)."),
    simName("binMiddle", binRange(3), "Each bin's middle (years)."),
    simName(
      "binCount",
      binRange(4),
      "How many trials' runway at efficient spend falls in each bin."
    ),
  ];
  const charts: PlanChart[] = [
    {
      key: "trials",
      name: "AICOST_TrialsChart",
      sheet: "trials",
      type: "ColumnClustered",
      title: `${outputSpec(HISTOGRAM_OUTPUT).label}: how many trials fall in each range`,
      categories: binRange(3),
      series: [{ name: "Trials", values: binRange(4) }],
      valueAxisTitle: "Trials",
      valueFormat: "0",
      position: rangeAddress(BINS_EDGE_ROW, CHART_COLUMN, 24, 9),
    },
  ];
  return {
    sheet: {
      ...draft.finish(2),
      // Excel and the exported file refuse a seed or a count outside these; IronCalc has no
      // rules, and B6 then says the setup cannot run.
      wholeNumberValidations: [
        { address: cellAddress(SEED_ROW, 1), min: 0, max: HDR_MAX_ID },
        { address: cellAddress(COUNT_ROW, 1), min: 1, max: trialRows },
      ],
    },
    names,
    charts,
    shapeList,
    seed: namedCell("seed", SEED_ROW),
    trials: namedCell("trials", COUNT_ROW),
    rows: trialRows,
  };
}

function namedCell(key: string, row: number): NamedCell {
  return {
    name: simulationName(key),
    sheet: "trials",
    row,
    column: 1,
    address: cellAddress(row, 1),
  };
}

function simName(key: string, reference: string, comment: string): PlanName {
  return { name: simulationName(key), formula: `=${reference}`, comment, kind: "simulation" };
}
