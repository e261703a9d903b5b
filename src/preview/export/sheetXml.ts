/**
 * One worksheet part (xl/worksheets/sheetN.xml) and its table parts. Cells carry their value
 * by type: numbers as they are, text as shared strings (always text, even "=x"), booleans
 * (t="b"), errors (t="e"); a formula is stored in Excel's file form (storedFormula) with the
 * engine's value as its cached result. Element order follows CT_Worksheet, which Excel checks.
 */
import { sheetRulesXml } from "./sheetRules";
import { cellAddress, rangeAddress } from "../../workbook/a1";
import type { EngineCell } from "../engine/cells";
import { storedFormula } from "./storedFormula";
import type { StyleSheet } from "./styles";
import type { ExportCell, ExportSheet, ExportTable } from "./workbookContent";
import { XML_DECLARATION, element, escapeText, xstring } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The error values a cell of an .xlsx may hold (ST_CellType "e"). */
const FILE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
/**
 * IronCalc has errors of its own (#N/IMPL!, #CIRC!, #ERROR!) that Excel files cannot hold.
 * A cached result is only a cache (the workbook recalculates when Excel opens it), so such a
 * value is cached as #VALUE! rather than making the file one Excel has to repair.
 */
const ENGINE_ONLY_ERROR = "#VALUE!";

/** Excel's limits: longer text or formulas make a file Excel has to repair, so they are refused. */
const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;

/** Excel's default column width is in characters of Calibri 11's widest digit, 7 pixels. */
const DIGIT_PX = 7;
const PX_PER_POINT = 4 / 3;

/** Shared strings (xl/sharedStrings.xml): each distinct text once, cells refer by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  add(text: string): number {
    this.uses += 1;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.index.set(text, this.index.size);
    return this.index.size - 1;
  }

  toXml(): string {
    const items = [...this.index.keys()].map((text) => element("si", {}, textElement(text)));
    return (
      XML_DECLARATION +
      element(
        "sst",
        { xmlns: MAIN_NS, count: this.uses, uniqueCount: this.index.size },
        items.join("")
      )
    );
  }
}

/** <t>, keeping leading and trailing spaces and line breaks. */
function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeText(xstring(text))}</t>`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`A cell holds a number the file cannot: ${value}`);
  return String(value);
}

function errorText(value: string): string {
  return FILE_ERRORS.has(value) ? value : ENGINE_ONLY_ERROR;
}

/** The cached result of a formula: type attribute and <v>. */
function cachedResult(value: EngineCell): { type?: string; v: string } {
  switch (value.kind) {
    case "number":
      return { v: element("v", {}, numberText(value.value)) };
    case "text":
      return { type: "str", v: element("v", {}, escapeText(xstring(value.value))) };
    case "boolean":
      return { type: "b", v: element("v", {}, value.value ? "1" : "0") };
    case "error":
      return { type: "e", v: element("v", {}, errorText(value.value)) };
    default:
      return { v: "" };
  }
}

/** A value cell: type attribute and <v>. */
function storedValue(value: EngineCell, strings: SharedStrings): { type?: string; v: string } {
  if (value.kind === "text")
    return { type: "s", v: element("v", {}, String(strings.add(value.value))) };
  return cachedResult(value);
}

function cellXml(cell: ExportCell, styles: StyleSheet, strings: SharedStrings): string {
  const s = styles.formatOf(cell.look);
  const r = cellAddress(cell.row, cell.column);
  if (cell.formula !== undefined) {
    const { type, v } = cachedResult(cell.value);
    const formula = storedFormula(cell.formula.replace(/^=/, ""));
    if (formula.length > MAX_FORMULA) {
      throw new Error(
        `The formula in ${r} is longer than Excel accepts (${MAX_FORMULA} characters).`
      );
    }
    const f = element("f", {}, escapeText(formula));
    return element("c", { r, s: s || undefined, t: type }, f + v);
  }
  if (cell.value.kind === "empty") return s === 0 ? "" : element("c", { r, s });
  if (cell.value.kind === "text" && cell.value.value.length > MAX_CELL_TEXT) {
    throw new Error(`The text in ${r} is longer than Excel accepts (${MAX_CELL_TEXT} characters).`);
  }
  const { type, v } = storedValue(cell.value, strings);
  return element("c", { r, s: s || undefined, t: type }, v);
}

function sheetView(frozenRows: number, selected: boolean): string {
  const attributes = { tabSelected: selected ? 1 : undefined, workbookViewId: 0 };
  if (frozenRows <= 0) return element("sheetView", attributes);
  const topLeftCell = cellAddress(frozenRows, 0);
  return element(
    "sheetView",
    attributes,
    element("pane", {
      ySplit: frozenRows,
      topLeftCell,
      activePane: "bottomLeft",
      state: "frozen",
    }) + element("selection", { pane: "bottomLeft", activeCell: topLeftCell, sqref: topLeftCell })
  );
}

function columnsXml(sheet: ExportSheet): string {
  if (sheet.columnWidths.length === 0) return "";
  const cols = [...sheet.columnWidths]
    .sort((a, b) => a.column - b.column)
    .map(({ column, widthPt }) => {
      const width = Math.round(((widthPt * PX_PER_POINT) / DIGIT_PX) * 256) / 256;
      return element("col", { min: column + 1, max: column + 1, width, customWidth: 1 });
    });
  return element("cols", {}, cols.join(""));
}

/** The used range, "A1:AG24" (A1 for an empty sheet). */
function dimension(cells: readonly ExportCell[]): string {
  if (cells.length === 0) return "A1";
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  const top = Math.min(...rows);
  const left = Math.min(...columns);
  return rangeAddress(top, left, Math.max(...rows) - top + 1, Math.max(...columns) - left + 1);
}

/** Relationship ids of the parts a worksheet refers to. */
export interface SheetParts {
  readonly tableIds: readonly string[];
  /** The drawing that holds the sheet's charts, if it has any. */
  readonly drawingId?: string;
}

/** The worksheet part. */
export function worksheetXml(
  sheet: ExportSheet,
  selected: boolean,
  { tableIds, drawingId }: SheetParts,
  styles: StyleSheet,
  strings: SharedStrings
): string {
  const rows = new Map<number, string[]>();
  for (const cell of sheet.cells) {
    const xml = cellXml(cell, styles, strings);
    if (xml === "") continue;
    const row = rows.get(cell.row) ?? [];
    row.push(xml);
    rows.set(cell.row, row);
  }
  const sheetData = [...rows]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => element("row", { r: row + 1 }, cells.join("")))
    .join("");
  const tableParts =
    tableIds.length === 0
      ? ""
      : element(
          "tableParts",
          { count: tableIds.length },
          tableIds.map((id) => element("tablePart", { "r:id": id })).join("")
        );
  return (
    XML_DECLARATION +
    element(
      "worksheet",
      { xmlns: MAIN_NS, "xmlns:r": RELATIONSHIPS_NS },
      element("dimension", { ref: dimension(sheet.cells) }) +
        element("sheetViews", {}, sheetView(sheet.frozenRows, selected)) +
        element("sheetFormatPr", { defaultRowHeight: 15 }) +
        columnsXml(sheet) +
        element("sheetData", {}, sheetData) +
        sheetRulesXml(sheet.rules ?? {}) +
        element("pageMargins", {
          left: 0.7,
          right: 0.7,
          top: 0.75,
          bottom: 0.75,
          header: 0.3,
          footer: 0.3,
        }) +
        (drawingId ? element("drawing", { "r:id": drawingId }) : "") +
        tableParts
    )
  );
}

/** A table part: header row, body, autofilter and Excel's default table style. */
export function tableXml(table: ExportTable, id: number): string {
  const columns = table.columns.map((name, i) =>
    element("tableColumn", { id: i + 1, name: xstring(name) })
  );
  return (
    XML_DECLARATION +
    element(
      "table",
      {
        xmlns: MAIN_NS,
        id,
        name: table.name,
        displayName: table.name,
        ref: table.ref,
        totalsRowShown: 0,
      },
      element("autoFilter", { ref: table.ref }) +
        element("tableColumns", { count: columns.length }, columns.join("")) +
        element("tableStyleInfo", {
          name: "TableStyleMedium2",
          showFirstColumn: 0,
          showLastColumn: 0,
          showRowStripes: 1,
          showColumnStripes: 0,
        })
    )
  );
}
