/**
 * src/excel: the Office.js host. The task pane calls createExcelHost() inside Excel, after
 * Office.onReady; everything else here is reachable for tests and benchmarks. The load path
 * (applyPlan.ts, reconcile.ts) is not re-exported: whatever this file exports is in the task
 * pane's first scripts, and that code is fetched on first use (src/workbook/onDemand.ts).
 * Tests and benchmarks import it from its own modules.
 */
import { buildPlan } from "../workbook/buildPlan";
import type { WorkbookHost } from "../workbook/host";
import { whenIdle } from "../workbook/onDemand";
import { autoOpenControl } from "./autoOpen";
import { ExcelHost } from "./excelHost";

export { ExcelHost, type ExcelHostOptions } from "./excelHost";
export type { ExcelRunner } from "./changeEvents";
export type { LoadDecision, PlanMaker } from "../workbook/load/decision";
export { EXCEL_API_USES, requiredExcelApi } from "./requirements";

/** The host the task pane uses inside Excel (call after Office.onReady). */
export function createExcelHost(): WorkbookHost {
  const host = new ExcelHost({
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
  // The load path's code is not in the pane's first scripts: fetch it once the pane has painted.
  whenIdle(() => host.prefetchLoadPath());
  return host;
}
