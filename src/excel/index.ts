/**
 * src/excel: the Office.js host. The task pane calls createExcelHost() inside Excel, after
 * Office.onReady; everything else here is reachable for tests and benchmarks. The host itself
 * (excelHost.ts, with the workbook plan) and its load path (applyPlan.ts, reconcile.ts) are
 * not re-exported: whatever this file exports is in the task pane's first scripts, and that
 * code is fetched on first use (src/workbook/onDemand.ts). Tests and benchmarks import it
 * from its own modules.
 */
import type { WorkbookHost } from "../workbook/host";
import { hostOnDemand, whenIdle } from "../workbook/onDemand";
import { autoOpenControl } from "./autoOpen";

export type { ExcelHostOptions } from "./excelHost";
export type { ExcelRunner } from "./changeEvents";
export type { LoadDecision, PlanMaker } from "../workbook/load/decision";
export { EXCEL_API_USES, requiredExcelApi } from "./requirements";

/** The host the task pane uses inside Excel (call after Office.onReady). */
export function createExcelHost(): WorkbookHost {
  // Read when the switch is used, not here: the host is made before Office has a document.
  const autoOpen = autoOpenControl(() => ({
    settings: Office.context.document.settings,
    addin: Office.addin,
    requirements: Office.context.requirements,
  }));
  const host = hostOnDemand(
    "excel",
    async () => {
      const [{ ExcelHost }, { buildPlan }] = await Promise.all([
        import(/* webpackChunkName: "host" */ "./excelHost"),
        import(/* webpackChunkName: "host" */ "../workbook/buildPlan"),
      ]);
      const real = new ExcelHost({
        runner: {
          run: (batch) => Excel.run(batch),
          runOn: (context, batch) => Excel.run(context, batch),
        },
        requirements: Office.context.requirements,
        makePlan: (options) => buildPlan(options),
        autoOpen,
      });
      // The load path's code is not in the host's chunk either: fetch it once the pane is idle.
      whenIdle(() => real.prefetchLoadPath());
      return real;
    },
    autoOpen
  );
  host.prefetch();
  return host;
}
