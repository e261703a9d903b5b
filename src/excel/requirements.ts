/**
 * Which ExcelApi requirement set each Office.js member this layer uses belongs to, as the
 * @types/office-js declarations say ("[Api set: ExcelApi 1.7]"). The manifest declares the
 * highest set among the members used unconditionally; members marked `optional` are used only
 * after Office.context.requirements.isSetSupported says the running Excel has them.
 *
 * test/excel/requirements.test.ts keeps this table honest: it finds every Excel member the
 * code in src/excel/ touches (with the TypeScript checker, including the paths inside load()
 * strings), checks each is here with the set its declaration names, that nothing here is
 * unused, and that manifest.xml declares exactly requiredExcelApi().
 *
 * To use one more member: add it here with the set from its declaration; if that set is above
 * the manifest's, either guard the call with isSetSupported and mark it optional, or raise the
 * manifest's ExcelApi MinVersion (and say why in the commit).
 */

export interface ApiUse {
  /** The ExcelApi version that introduced the member, e.g. "1.7". */
  readonly set: string;
  /**
   * The add-in works without it: it is used only after isSetSupported("ExcelApi", set) says
   * yes, or it is event data an older Excel simply leaves out.
   */
  readonly optional?: true;
}

export const EXCEL_API_USES: Readonly<Record<string, ApiUse>> = {
  "Chart.axes": { set: "1.1" },
  "Chart.name": { set: "1.1" },
  "Chart.series": { set: "1.1" },
  "Chart.setPosition": { set: "1.1" },
  "Chart.title": { set: "1.1" },
  "ChartAxes.valueAxis": { set: "1.1" },
  // $B / years on the charts' value axis; without it the axis shows General.
  "ChartAxis.numberFormat": { set: "1.8", optional: true },
  "ChartAxis.title": { set: "1.1" },
  "ChartAxisTitle.text": { set: "1.1" },
  "ChartCollection.add": { set: "1.1" },
  // Restore deletes its record sheet only when it holds no chart (sharing.ts).
  "ChartCollection.getCount": { set: "1.4" },
  "ChartSeries.name": { set: "1.1" },
  "ChartSeries.setValues": { set: "1.7" },
  "ChartSeries.setXAxisValues": { set: "1.7" },
  "ChartSeriesCollection.add": { set: "1.7" },
  "ChartSeriesCollection.getItemAt": { set: "1.1" },
  "ChartTitle.text": { set: "1.1" },
  // The Map sheet's colour scale (writeRules.ts).
  "ColorScaleConditionalFormat.criteria": { set: "1.6" },
  "ConditionalFormat.colorScale": { set: "1.6" },
  "ConditionalFormatCollection.add": { set: "1.6" },
  "ConditionalFormatCollection.clearAll": { set: "1.6" },
  // The analysis sheets' drop-down lists and the whole-number cells (with their alert);
  // without them the cells are plain inputs.
  "DataValidation.clear": { set: "1.8", optional: true },
  "DataValidation.errorAlert": { set: "1.8", optional: true },
  "DataValidation.rule": { set: "1.8", optional: true },
  "NamedItem.comment": { set: "1.4" },
  "NamedItem.delete": { set: "1.4" },
  "NamedItem.formula": { set: "1.7" },
  "NamedItem.getRange": { set: "1.1" },
  "NamedItem.name": { set: "1.1" },
  "NamedItem.type": { set: "1.1" },
  "NamedItem.visible": { set: "1.1" },
  "NamedItemCollection.add": { set: "1.4" },
  "NamedItemCollection.getItem": { set: "1.1" },
  "Range.address": { set: "1.1" },
  "Range.columnCount": { set: "1.1" },
  "Range.conditionalFormats": { set: "1.6" },
  "Range.dataValidation": { set: "1.8", optional: true },
  "Range.format": { set: "1.1" },
  "Range.formulas": { set: "1.1" },
  "Range.getCell": { set: "1.1" },
  "Range.getRowsBelow": { set: "1.2" },
  // Whether a cell to freeze spills (spills.ts); Excel without it has no dynamic arrays.
  "Range.getSpillingToRangeOrNullObject": { set: "1.12", optional: true },
  "Range.numberFormat": { set: "1.1" },
  "Range.rowCount": { set: "1.1" },
  "Range.valueTypes": { set: "1.1" },
  "Range.values": { set: "1.1" },
  "Range.worksheet": { set: "1.1" },
  "RangeFill.color": { set: "1.1" },
  "RangeFont.bold": { set: "1.1" },
  "RangeFont.color": { set: "1.1" },
  "RangeFont.italic": { set: "1.1" },
  "RangeFont.size": { set: "1.1" },
  "RangeFormat.columnWidth": { set: "1.2" },
  "RangeFormat.fill": { set: "1.1" },
  "RangeFormat.font": { set: "1.1" },
  "RangeFormat.wrapText": { set: "1.1" },
  "ShapeCollection.getCount": { set: "1.9", optional: true },
  "Table.name": { set: "1.1" },
  "Table.worksheet": { set: "1.2" },
  "TableCollection.add": { set: "1.1" },
  "Workbook.names": { set: "1.1" },
  "Workbook.protection": { set: "1.7" },
  "Workbook.tables": { set: "1.1" },
  "Workbook.worksheets": { set: "1.1" },
  "WorkbookProtection.protected": { set: "1.7" },
  "Worksheet.activate": { set: "1.1" },
  "Worksheet.charts": { set: "1.1" },
  "Worksheet.delete": { set: "1.1" },
  "Worksheet.freezePanes": { set: "1.7" },
  "Worksheet.getRange": { set: "1.1" },
  // Its valuesOnly argument (sharing.ts) came with ExcelApi 1.2.
  "Worksheet.getUsedRange": { set: "1.1" },
  "Worksheet.name": { set: "1.1" },
  "Worksheet.onChanged": { set: "1.7" },
  "Worksheet.protection": { set: "1.2" },
  // Shapes on the record sheet: where Excel cannot count them, Restore keeps the sheet.
  "Worksheet.shapes": { set: "1.9", optional: true },
  "Worksheet.tables": { set: "1.1" },
  // Event data, absent before 1.14: then the add-in's own writes cost one extra read.
  "WorksheetChangedEventArgs.triggerSource": { set: "1.14", optional: true },
  "WorksheetCollection.add": { set: "1.1" },
  "WorksheetCollection.getItem": { set: "1.1" },
  "WorksheetFreezePanes.freezeRows": { set: "1.7" },
  "WorksheetProtection.protected": { set: "1.2" },
};

/** Members used only where the running Excel has them (see `optional` above). */
export const OPTIONAL_EXCEL_API = {
  /** $B / years on the charts' value axis; without it the axis shows Excel's General format. */
  chartAxisFormat: "1.8",
  /** Drop-down lists and whole-number cells; without it those are plain input cells. */
  dataValidation: "1.8",
  /** Counting the record sheet's shapes; without it Restore keeps the sheet (it cannot tell). */
  shapes: "1.9",
  /** Whether a formula spills; Excel without it (2019 and before) has no dynamic arrays. */
  spills: "1.12",
} as const;

/** "1.10" > "1.9": compares dotted versions number by number. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The lowest ExcelApi set that has every member used unconditionally: the manifest's MinVersion. */
export function requiredExcelApi(uses: Readonly<Record<string, ApiUse>> = EXCEL_API_USES): string {
  return Object.values(uses)
    .filter((u) => !u.optional)
    .map((u) => u.set)
    .reduce((max, set) => (compareVersions(set, max) > 0 ? set : max), "1.1");
}

/** Office.context.requirements, or a stand-in in tests. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}
