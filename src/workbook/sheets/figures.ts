/**
 * The Figures sheet: the article's figures in three named tables (costs, funding, capex), one
 * row per figure, with the article's sentence verbatim and an "overridden" flag the analyst
 * sets when they change a figure on purpose (the checks accept the change then).
 */
import { FIGURES, type Figure, type FigureId, type FigureTable } from "../../model";
import { cellAddress, rangeAddress, sheetRef } from "../a1";
import { formatForUnit } from "../formats";
import type { NumberFormat, PlanCell, PlanSheet, PlanTable, PlanTableColumn } from "../plan";
import { SheetDraft } from "../sheetDraft";

const TABLE_NAMES: Readonly<Record<FigureTable, string>> = {
  costs: "ArticleCosts",
  funding: "ArticleFunding",
  capex: "ArticleCapex",
};
const CAPTIONS: Readonly<Record<FigureTable, string>> = {
  costs: "Costs",
  funding: "Funding",
  capex: "Capital expenditure",
};
const TABLE_ORDER: readonly FigureTable[] = ["costs", "funding", "capex"];

/** The figure tables' columns, in order; `key` names the Figure field it shows. */
const FIGURE_COLUMNS: readonly PlanTableColumn[] = [
  { key: "id", header: "Id", numberFormat: null },
  { key: "who", header: "Who", numberFormat: null },
  { key: "what", header: "What", numberFormat: null },
  { key: "low", header: "Low (unit in Unit)", numberFormat: null },
  { key: "high", header: "High (unit in Unit)", numberFormat: null },
  { key: "unit", header: "Unit", numberFormat: null },
  { key: "period", header: "Period", numberFormat: null },
  { key: "qualifier", header: "Qualifier", numberFormat: null },
  { key: "sentence", header: "The article's sentence", numberFormat: null },
  { key: "overridden", header: "Overridden (TRUE when changed on purpose)", numberFormat: null },
];
const COLUMN_INDEX = new Map(FIGURE_COLUMNS.map((c, i) => [c.key, i]));
function columnOf(key: string): number {
  return COLUMN_INDEX.get(key) ?? -1;
}

/** Where each figure's editable values are, as sheet-qualified absolute references. */
export interface FigureCells {
  readonly low: string;
  readonly high: string;
  readonly overridden: string;
}

export interface FiguresSheet {
  readonly sheet: PlanSheet;
  readonly tables: readonly PlanTable[];
  readonly cells: Readonly<Record<FigureId, FigureCells>>;
}

function figureRow(f: Figure): PlanCell[] {
  return [
    f.id,
    f.entity,
    f.metric,
    f.low,
    f.high,
    f.unit,
    f.period,
    f.qualifier,
    f.sentence,
    false,
  ];
}

function figureFormats(f: Figure): NumberFormat[] {
  const money = formatForUnit(f.unit === "share" ? "share" : "USD", f.high);
  return FIGURE_COLUMNS.map((c) => (c.key === "low" || c.key === "high" ? money : null));
}

/** Tables start on row 3 (0-based) under a caption, one blank row apart. */
const FIRST_CAPTION_ROW = 2;

export function buildFiguresSheet(sheetName: string): FiguresSheet {
  const draft = new SheetDraft("figures", sheetName);
  draft.title(
    "AI Cost Scenarios: the article's figures",
    "Every figure as the article states it. Change one only on purpose, and set Overridden to TRUE."
  );
  const tables: PlanTable[] = [];
  const cells: Partial<Record<FigureId, FigureCells>> = {};
  let captionRow = FIRST_CAPTION_ROW;
  for (const tableKey of TABLE_ORDER) {
    const figures = FIGURES.filter((f) => f.table === tableKey);
    const headerRow = captionRow + 1;
    const firstRow = headerRow + 1;
    draft.write(captionRow, 0, [[CAPTIONS[tableKey]]], { role: "note" });
    tables.push({
      key: tableKey,
      name: TABLE_NAMES[tableKey],
      sheet: "figures",
      headerRow,
      column: 0,
      address: rangeAddress(headerRow, 0, figures.length + 1, FIGURE_COLUMNS.length),
      columns: FIGURE_COLUMNS,
      rows: figures.map(figureRow),
      numberFormats: figures.map(figureFormats),
      capacity: figures.length,
      analystData: false,
      keepRowsMarkedBy: "overridden",
      bodyRole: "calc",
    });
    draft.style(headerRow, 0, 1, FIGURE_COLUMNS.length, "header");
    draft.style(firstRow, columnOf("sentence"), figures.length, 1, "text");
    figures.forEach((f, i) => {
      const at = (key: string): string =>
        sheetRef(sheetName, cellAddress(firstRow + i, columnOf(key), true));
      cells[f.id] = { low: at("low"), high: at("high"), overridden: at("overridden") };
    });
    captionRow = firstRow + figures.length + 1;
  }
  draft.columnWidths([150, 70, 220, 80, 80, 80, 100, 70, 420, 110]);
  return { sheet: draft.finish(2), tables, cells: cells as Record<FigureId, FigureCells> };
}
