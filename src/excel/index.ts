/**
 * src/excel: the Office.js host. The task pane calls createExcelHost() inside Excel, after
 * Office.onReady; everything else here is reachable for tests and benchmarks.
 */
import { buildPlan } from "../workbook/buildPlan";
import type { ModelHost } from "../workbook/host";
import { autoOpenControl } from "./autoOpen";
import { ExcelHost } from "./excelHost";

export { ExcelHost, type ExcelHostOptions } from "./excelHost";
export type { ExcelRunner } from "./changeEvents";
export { loadArticle, LOAD_STEPS } from "./applyPlan";
export { reconcile, type LoadDecision, type PlanMaker } from "./reconcile";
export { EXCEL_API_USES, requiredExcelApi } from "./requirements";

/** The host the task pane uses inside Excel (call after Office.onReady). */
export function createExcelHost(): ModelHost {
  return new ExcelHost({
    runner: {
      run: (batch) => Excel.run(batch),
      runOn: (context, batch) => Excel.run(context, batch),
    },
    requirements: Office.context.requirements,
    makePlan: (options) => buildPlan(options),
    // Read when the switch is used, not here: the host is made before Office has a document.
    autoOpen: autoOpenControl(() => ({
      settings: Office.context.document.settings,
      addin: Office.addin,
      requirements: Office.context.requirements,
    })),
  });
}
