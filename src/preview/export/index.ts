/**
 * "Download as .xlsx" and `npm run export`: the workbook the preview's engine holds, written
 * as a real .xlsx (tables, names with the LAMBDA twins, native formulas with their computed
 * values, styles, the Compare sheet's charts). The preview page loads it on demand, so its
 * first load does not carry it; the CLI (scripts/export.ts) imports it directly.
 */
import type { Model } from "@ironcalc/wasm";
import type { WorkbookPlan } from "../../workbook/plan";
import { readWorkbookForExport } from "./workbookContent";
import { writeXlsx } from "./xlsxPackage";

export { NothingToExportError, readWorkbookForExport } from "./workbookContent";
export type { ExportWorkbook } from "./workbookContent";
export { writeXlsx } from "./xlsxPackage";

/** The file name a download suggests. */
export const EXPORT_FILE_NAME = "ai-cost-scenarios.xlsx";
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The plan's workbook as the engine holds it now, as the bytes of an .xlsx file. */
export function exportWorkbook(model: Model, plan: WorkbookPlan): Uint8Array {
  return writeXlsx(readWorkbookForExport(model, plan));
}
