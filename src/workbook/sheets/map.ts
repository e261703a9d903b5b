/**
 * The Map sheet: a two-way grid of the output the analyst picks over two inputs they pick
 * (defaults: efficiency share down the side, frontier annual spend across, runway at efficient
 * spend in the cells), live in native formulas, with each axis's start and step as input cells,
 * a colour scale, and the article's point marked (the row and column nearest the article's
 * value of each input). The same grid as src/model/twoWay.ts: axis value i is start + i × step,
 * computed in that order, and where both axes name one input, the column's value wins.
 *
 * Each grid cell reads one row of the case table below (rows 32 on), which computes the whole
 * model with the same CALC_LINES as the Model sheet (modelRows.ts): the row's input is the row
 * axis value, the column's input the column axis value, the others the inputs' values.
 */
import {
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  INPUT_SPECS,
  inputSpec,
  outputSpec,
  type InputSpec,
  type MapAxis,
} from "../../model";
import { cellAddress, rangeAddress, sheetRef } from "../a1";
import { CALC_LINES, type CalcLine } from "../calculations";
import { FORMAT, unitLabel } from "../formats";
import { inputName, mapName } from "../names";
import type { PlanName, PlanSheet } from "../plan";
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

/** The grid's size: the model's default axes (twoWay.ts), 16 rows by 11 columns. */
export const MAP_ROWS = DEFAULT_MAP_ROWS.count;
export const MAP_COLUMNS = DEFAULT_MAP_COLUMNS.count;

const SETTINGS_HEADER = 3;
const OUTPUT_ROW = 4;
const SIDE_ROW = 5;
const ACROSS_ROW = 6;
const MARKER_ROW = 7;
const J_ROW = 8;
const AXIS_ROW = 9;
const FIRST_GRID_ROW = 10;
const DISTANCE_ROW = FIRST_GRID_ROW + MAP_ROWS;
const POINT_ROW = DISTANCE_ROW + 1;
const CASE_HEADER = POINT_ROW + 3;
const FIRST_CASE_ROW = CASE_HEADER + 1;
const I_COLUMN = 0;
const AXIS_COLUMN = 1;
const FIRST_GRID_COLUMN = 2;
const MARKER_COLUMN = FIRST_GRID_COLUMN + MAP_COLUMNS;
const DISTANCE_COLUMN = MARKER_COLUMN + 1;
/** The lists of inputs (Q:U) and outputs (W:Y) the choices offer, right of the grid. */
const INPUT_LIST = 16;
const OUTPUT_LIST = 22;
/** The case table: i, j, the chosen output, then the model (Compare's columns, shifted). */
const CASE_MODEL = 3;

/** The colours of the scale: Excel's red – yellow – green, low to high. */
export const MAP_COLOURS = { lowest: "#F8696B", middle: "#FFEB84", highest: "#63BE7B" } as const;

export const MAP_SETTINGS_HEADERS = [
  "Setting",
  "Choice",
  "Start",
  "Step",
  "Number in its list",
  "Article's value",
] as const;

export interface MapSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
}

export function buildMapSheet(
  sheetName: string,
  at: InputReferences,
  inputs: readonly InputSpec[] = INPUT_SPECS,
  lines: readonly CalcLine[] = CALC_LINES
): MapSheet {
  const draft = new SheetDraft("map", sheetName, ANALYSIS_SINCE);
  draft.title(
    "AI Cost Scenarios: map of one output over two inputs",
    "Pick the output and the two inputs in B5:B7, each axis's start and step in C6:D7; every other input stays at its value. The article's point is marked."
  );
  const specs = bySlot(inputs);
  const choices = outputChoices(lines);
  const abs = (row: number, col: number): string => cellAddress(row, col, true);
  const here = (address: string): string => sheetRef(sheetName, address);
  const listRange = (col: number, height: number): string =>
    rangeAddress(SETTINGS_HEADER + 1, col, height, 1, true);

  // The lists the choices offer: inputs (number, label, unit, article's value, name), outputs.
  draft.write(
    SETTINGS_HEADER,
    INPUT_LIST,
    [["#", "Inputs you can choose", "Unit", "Article's value", "Name"]],
    { role: "header" }
  );
  const five = [ANALYSIS_SINCE, ANALYSIS_SINCE, ANALYSIS_SINCE, ANALYSIS_SINCE, ANALYSIS_SINCE];
  draft.writeByLayout(
    SETTINGS_HEADER + 1,
    INPUT_LIST,
    specs.map((s, i) => [i + 1, s.label, unitLabel(s.unit), s.base, inputName(s.id)]),
    { rows: inputLayouts(inputs), columns: five },
    {
      role: "reference",
      formats: specs.map((s) => [null, null, null, inputFormat(s), null]),
      since: ANALYSIS_SINCE,
    }
  );
  const inputNumber = (spec: InputSpec): string =>
    abs(SETTINGS_HEADER + 1 + specs.indexOf(spec), INPUT_LIST);
  const inputLabels = listRange(INPUT_LIST + 1, specs.length);
  const articleValues = listRange(INPUT_LIST + 3, specs.length);
  draft.write(SETTINGS_HEADER, OUTPUT_LIST, [["Outputs you can choose", "Unit", "Name"]], {
    role: "header",
  });
  draft.writeByLayout(
    SETTINGS_HEADER + 1,
    OUTPUT_LIST,
    outputChoiceRows(lines),
    { rows: outputChoiceLayouts(lines), columns: five.slice(0, 3) },
    { role: "reference", since: ANALYSIS_SINCE }
  );
  const outputLabels = listRange(OUTPUT_LIST, choices.length);

  // The settings: the output, each axis's input, start and step (the analyst's), their numbers.
  draft.write(SETTINGS_HEADER, 0, [[...MAP_SETTINGS_HEADERS]], { role: "header" });
  const axisCells = (axis: MapAxis): [string, number, number] => [
    inputSpec(axis.inputId).label,
    axis.start,
    axis.step,
  ];
  draft.write(OUTPUT_ROW, 0, [["Output in the cells"]], { role: "calc" });
  draft.write(OUTPUT_ROW, 1, [[outputSpec(DEFAULT_MAP_OUTPUT).label]], {
    role: "input",
    analystData: true,
  });
  draft.write(SIDE_ROW, 0, [["Input down the side"], ["Input across"]], { role: "calc" });
  draft.write(SIDE_ROW, 1, [axisCells(DEFAULT_MAP_ROWS), axisCells(DEFAULT_MAP_COLUMNS)], {
    role: "input",
    analystData: true,
    // General: the analyst may pick another input, of another unit, and no format fits all.
  });
  const numberOf = (row: number): string => abs(row, 4);
  const articleOf = (row: number): string => abs(row, 5);
  draft.write(
    OUTPUT_ROW,
    4,
    [
      [{ formula: `=MATCH(${abs(OUTPUT_ROW, 1)},${outputLabels},0)` }, null],
      [
        { formula: `=MATCH(${abs(SIDE_ROW, 1)},${inputLabels},0)` },
        { formula: `=INDEX(${articleValues},${numberOf(SIDE_ROW)})` },
      ],
      [
        { formula: `=MATCH(${abs(ACROSS_ROW, 1)},${inputLabels},0)` },
        { formula: `=INDEX(${articleValues},${numberOf(ACROSS_ROW)})` },
      ],
    ],
    { role: "calc" }
  );
  const [sideStart, sideStep, acrossStart, acrossStep] = [
    abs(SIDE_ROW, 2),
    abs(SIDE_ROW, 3),
    abs(ACROSS_ROW, 2),
    abs(ACROSS_ROW, 3),
  ];

  // The axes: j and the column values across, i and the row values down the side.
  const gridColumn = (j: number): number => FIRST_GRID_COLUMN + j;
  const js = Array.from({ length: MAP_COLUMNS }, (_, j) => j);
  const is = Array.from({ length: MAP_ROWS }, (_, i) => i);
  const columnValue = (j: number): string => abs(AXIS_ROW, gridColumn(j));
  const rowValue = (i: number): string => abs(FIRST_GRID_ROW + i, AXIS_COLUMN);
  const articleRow = abs(POINT_ROW, 2);
  const articleColumn = abs(POINT_ROW, 4);
  draft.write(J_ROW, 0, [["", "Column number j", ...js]], { role: "reference" });
  draft.write(AXIS_ROW, 0, [["Row number i", "Down ↓ / across →"]], { role: "header" });
  draft.write(
    AXIS_ROW,
    FIRST_GRID_COLUMN,
    [
      js.map((j) => ({
        formula: `=${acrossStart}+${cellAddress(J_ROW, gridColumn(j))}*${acrossStep}`,
      })),
    ],
    { role: "header" }
  );
  draft.write(
    MARKER_ROW,
    FIRST_GRID_COLUMN,
    [
      js.map((j) => ({
        formula: `=IF(${cellAddress(J_ROW, gridColumn(j))}+1=${articleColumn},"▼ article","")`,
      })),
    ],
    { role: "note" }
  );
  draft.write(
    FIRST_GRID_ROW,
    I_COLUMN,
    is.map((i) => [
      i,
      { formula: `=${sideStart}+${cellAddress(FIRST_GRID_ROW + i, I_COLUMN)}*${sideStep}` },
    ]),
    { role: "header" }
  );
  draft.style(FIRST_GRID_ROW, I_COLUMN, MAP_ROWS, 1, "reference");

  // The case table: one row per grid cell (row-major), each the whole model.
  const model = modelRows(CASE_MODEL, inputs, lines);
  const caseRow = (i: number, j: number): number => FIRST_CASE_ROW + i * MAP_COLUMNS + j;
  const sideNumber = numberOf(SIDE_ROW);
  const acrossNumber = numberOf(ACROSS_ROW);
  draft.write(
    CASE_HEADER - 1,
    0,
    [["Every cell of the map, computed by the whole model (row i, column j):"]],
    {
      role: "note",
    }
  );
  const caseColumns = [ANALYSIS_SINCE, ANALYSIS_SINCE, ANALYSIS_SINCE, ...model.layouts];
  draft.writeByLayout(
    CASE_HEADER,
    0,
    [["Row i", "Column j", "Chosen output", ...model.header]],
    { rows: [ANALYSIS_SINCE], columns: caseColumns },
    { role: "header", since: ANALYSIS_SINCE }
  );
  const caseRows = is.flatMap((i) =>
    js.map((j) => {
      const row = caseRow(i, j);
      return [
        i,
        j,
        { formula: `=${model.chosen(row, numberOf(OUTPUT_ROW))}` },
        ...model.cells(
          row,
          (spec) =>
            `IF(${acrossNumber}=${inputNumber(spec)},${columnValue(j)},IF(${sideNumber}=${inputNumber(spec)},${rowValue(i)},${at.values[spec.id]}))`
        ),
      ];
    })
  );
  draft.writeByLayout(
    FIRST_CASE_ROW,
    0,
    caseRows,
    { rows: caseRows.map(() => ANALYSIS_SINCE), columns: caseColumns },
    {
      formats: caseRows.map(() => [null, null, FORMAT.chosenOutput, ...model.formats]),
      since: ANALYSIS_SINCE,
    }
  );
  draft.style(FIRST_CASE_ROW, 0, caseRows.length, 2, "reference");

  // The map itself, its markers and the distances that find the article's point.
  const chosenCell = (i: number, j: number): string => cellAddress(caseRow(i, j), 2, true);
  draft.write(
    FIRST_GRID_ROW,
    FIRST_GRID_COLUMN,
    is.map((i) => js.map((j) => ({ formula: `=${chosenCell(i, j)}` }))),
    { role: "output", formats: FORMAT.chosenOutput }
  );
  const rowDistances = rangeAddress(FIRST_GRID_ROW, DISTANCE_COLUMN, MAP_ROWS, 1, true);
  const columnDistances = rangeAddress(DISTANCE_ROW, FIRST_GRID_COLUMN, 1, MAP_COLUMNS, true);
  draft.write(
    FIRST_GRID_ROW,
    MARKER_COLUMN,
    is.map((i) => [
      {
        formula: `=IF(${cellAddress(FIRST_GRID_ROW + i, I_COLUMN)}+1=${articleRow},"◀ article","")`,
      },
      { formula: `=ABS(${cellAddress(FIRST_GRID_ROW + i, AXIS_COLUMN)}-${articleOf(SIDE_ROW)})` },
    ])
  );
  draft.style(FIRST_GRID_ROW, MARKER_COLUMN, MAP_ROWS, 1, "note");
  draft.style(FIRST_GRID_ROW, DISTANCE_COLUMN, MAP_ROWS, 1, "reference");
  draft.write(
    DISTANCE_ROW,
    AXIS_COLUMN,
    [
      [
        "Distance from the article's value",
        ...js.map((j) => ({
          formula: `=ABS(${cellAddress(AXIS_ROW, gridColumn(j))}-${articleOf(ACROSS_ROW)})`,
        })),
      ],
    ],
    { role: "reference" }
  );
  draft.write(AXIS_ROW, DISTANCE_COLUMN, [["Distance from the article's value"]], {
    role: "header",
  });
  draft.write(
    POINT_ROW,
    0,
    [
      [
        "The article's point (nearest row i + 1, column j + 1)",
        "Row",
        { formula: `=MATCH(MIN(${rowDistances}),${rowDistances},0)` },
        "Column",
        { formula: `=MATCH(MIN(${columnDistances}),${columnDistances},0)` },
      ],
    ],
    { role: "calc" }
  );
  draft.columnWidths([
    190,
    150,
    ...js.map(() => 80),
    80,
    90,
    20,
    30,
    190,
    70,
    90,
    170,
    20,
    190,
    70,
    170,
  ]);

  const grid = rangeAddress(FIRST_GRID_ROW, FIRST_GRID_COLUMN, MAP_ROWS, MAP_COLUMNS, true);
  const names: PlanName[] = [
    name("output", here(abs(OUTPUT_ROW, 1)), "The output the Map sheet shows (its label)."),
    name("outputNumber", here(numberOf(OUTPUT_ROW)), "The chosen output's number in its list."),
    name("rowInput", here(abs(SIDE_ROW, 1)), "The input down the side (its label)."),
    name("columnInput", here(abs(ACROSS_ROW, 1)), "The input across (its label)."),
    name("rowStart", here(sideStart), "The first value down the side."),
    name("rowStep", here(sideStep), "The step down the side."),
    name("columnStart", here(acrossStart), "The first value across."),
    name("columnStep", here(acrossStep), "The step across."),
    name(
      "rowValues",
      here(rangeAddress(FIRST_GRID_ROW, AXIS_COLUMN, MAP_ROWS, 1, true)),
      "The values down the side."
    ),
    name(
      "columnValues",
      here(rangeAddress(AXIS_ROW, FIRST_GRID_COLUMN, 1, MAP_COLUMNS, true)),
      "The values across."
    ),
    name("values", here(grid), "The map: the chosen output at each row and column value."),
    name(
      "articleRow",
      here(articleRow),
      "The row nearest the article's value down the side (1 = first)."
    ),
    name(
      "articleColumn",
      here(articleColumn),
      "The column nearest the article's value across (1 = first)."
    ),
  ];
  const sheet: PlanSheet = {
    ...draft.finish(FIRST_GRID_ROW),
    listValidations: [
      { address: cellAddress(OUTPUT_ROW, 1), source: here(outputLabels) },
      { address: rangeAddress(SIDE_ROW, 1, 2, 1), source: here(inputLabels) },
    ],
    colorScales: [
      {
        address: rangeAddress(FIRST_GRID_ROW, FIRST_GRID_COLUMN, MAP_ROWS, MAP_COLUMNS),
        ...MAP_COLOURS,
      },
    ],
  };
  return { sheet, names };
}

function name(key: string, reference: string, comment: string): PlanName {
  return { name: mapName(key), formula: `=${reference}`, comment, kind: "analysis" };
}
