/**
 * The Checks sheet: a master check over
 * - every input a number within the range the model accepts (validateInputs' rules), and the
 *   round no larger than the post-money valuation;
 * - every figure in the figure tables as the article states it, unless marked Overridden.
 * The article's values are constants in this sheet's reference columns (where constants
 * belong), compared with the figure tables' cells. Comparisons go through SIGN(a-b), exact as
 * validateInputs is (an engine's plain <= has a tolerance; see calculations.ts).
 *
 * The sheet also carries the layout stamp (layoutStamp.ts) in row 3: which layout built the
 * workbook sits with the other facts about the workbook's integrity.
 */
import { FIGURES, INPUT_SPECS, type FigureId, type InputId, type InputSpec } from "../../model";
import { cellAddress, sheetRef } from "../a1";
import { exact } from "../calculations";
import { formatForUnit } from "../formats";
import { writeLayoutStamp, type LayoutStamp } from "../layoutStamp";
import { inputName, MASTER_CHECK_NAME } from "../names";
import type { NamedCell, NumberFormat, PlanCell, PlanName, PlanSheet } from "../plan";
import { SheetDraft } from "../sheetDraft";
import { byLayout, sinceOption } from "../slots";
import type { FigureCells } from "./figures";

const MASTER_ROW = 3;
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const OK_COLUMN = 1;

const CHECK_COLUMNS = ["Check", "OK", "Article low", "Article high"] as const;

export interface ChecksSheet {
  readonly sheet: PlanSheet;
  readonly names: readonly PlanName[];
  readonly masterCheck: NamedCell;
  readonly stamp: LayoutStamp;
  /** 0-based row of each check, for tests and for hosts that explain a failing check. */
  readonly inputCheckRows: Readonly<Record<InputId, number>>;
  readonly figureCheckRows: Readonly<Record<FigureId, number>>;
}

export function buildChecksSheet(
  sheetName: string,
  bounds: Readonly<Record<InputId, { readonly min: string; readonly max: string }>>,
  figureCells: Readonly<Record<FigureId, FigureCells>>,
  /** The layout (PLAN_VERSION), written as the stamp. */
  version: number,
  specs: readonly InputSpec[] = INPUT_SPECS
): ChecksSheet {
  const draft = new SheetDraft("checks", sheetName);
  draft.title(
    "AI Cost Scenarios: checks",
    "TRUE when all is well. The master check is FALSE when any check below it is."
  );
  const stamp = writeLayoutStamp(draft, version);
  draft.write(HEADER_ROW, 0, [[...CHECK_COLUMNS]], { role: "header" });

  // Layout 1's checks: its inputs', the round's, the figures'; each later layout's inputs'
  // checks below them, in a block of their own (slots.ts).
  const inputCheckRows: Partial<Record<InputId, number>> = {};
  const figureCheckRows: Partial<Record<FigureId, number>> = {};
  let next = FIRST_ROW;
  for (const { since, items } of byLayout(specs)) {
    const first = next;
    const rows: PlanCell[][] = [];
    const formats: NumberFormat[][] = [];
    for (const spec of items) {
      const x = inputName(spec.id);
      const { min, max } = bounds[spec.id];
      inputCheckRows[spec.id] = first + rows.length;
      rows.push([
        `${spec.label} is a number within its range`,
        {
          formula: `=IF(ISNUMBER(${x}),AND(SIGN(${x}-${min})>=0,SIGN(${x}-${max})<=0),FALSE)`,
        },
        null,
        null,
      ]);
      formats.push([null, null, null, null]);
    }
    if (since === 1) {
      const funding = inputName("fundingUsd");
      const valuation = inputName("valuationUsd");
      rows.push([
        "The funding round is no larger than the post-money valuation",
        {
          formula: `=IF(AND(ISNUMBER(${funding}),ISNUMBER(${valuation})),${exact.isNotPositive(`${funding}-${valuation}`)},TRUE)`,
        },
        null,
        null,
      ]);
      formats.push([null, null, null, null]);
      const firstFigureRow = first + rows.length;
      FIGURES.forEach((f, i) => {
        const row = firstFigureRow + i;
        figureCheckRows[f.id] = row;
        const cells = figureCells[f.id];
        const articleLow = cellAddress(row, 2, true);
        const articleHigh = cellAddress(row, 3, true);
        rows.push([
          `Figure ${f.id} is the article's, or marked Overridden`,
          {
            formula: `=OR(${cells.overridden}=TRUE,AND(${exact.isZero(`${cells.low}-${articleLow}`)},${exact.isZero(`${cells.high}-${articleHigh}`)}))`,
          },
          f.low,
          f.high,
        ]);
        const value = formatForUnit(f.unit === "share" ? "share" : "USD", f.high);
        formats.push([null, null, value, value]);
      });
    }
    draft.write(first, 0, rows, { formats, ...sinceOption(since) });
    draft.style(first, OK_COLUMN, rows.length, 1, "check");
    const firstFigure = FIGURES[0];
    if (since === 1 && firstFigure) {
      draft.style(figureCheckRows[firstFigure.id] ?? first, 2, FIGURES.length, 2, "reference");
    }
    next = first + rows.length;
  }

  const okRange = `${cellAddress(FIRST_ROW, OK_COLUMN)}:${cellAddress(next - 1, OK_COLUMN)}`;
  draft.write(MASTER_ROW, 0, [["All checks pass", { formula: `=AND(${okRange})` }]]);
  draft.style(MASTER_ROW, 0, 1, 2, "masterCheck");
  draft.columnWidths([380, 70, 90, 90]);

  const masterCheck: NamedCell = {
    name: MASTER_CHECK_NAME,
    sheet: "checks",
    row: MASTER_ROW,
    column: OK_COLUMN,
    address: cellAddress(MASTER_ROW, OK_COLUMN),
  };
  const names: PlanName[] = [
    {
      name: MASTER_CHECK_NAME,
      formula: `=${sheetRef(sheetName, cellAddress(MASTER_ROW, OK_COLUMN, true))}`,
      comment:
        "TRUE when every input is within its range and every figure is the article's or marked Overridden.",
      kind: "check",
    },
  ];
  return {
    sheet: draft.finish(FIRST_ROW),
    names,
    masterCheck,
    stamp,
    inputCheckRows: inputCheckRows as Record<InputId, number>,
    figureCheckRows: figureCheckRows as Record<FigureId, number>,
  };
}
