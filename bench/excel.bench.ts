/**
 * The Excel layer's cost, without Excel: round trips (context.sync calls) and commands per
 * operation, and the time the add-in itself spends building the plan, reconciling it with the
 * workbook and queueing every Office.js call, against a context that counts calls instead of
 * running them (support/countingExcel.ts). The sync counts are the figure that matters in
 * Excel, where each round trip costs tens to hundreds of milliseconds (more in Excel on the web).
 *
 * The code under test is bundled and required natively (support/nativeModule.ts says why).
 */
import { beforeAll, test } from "vitest";
import type * as ExcelLayer from "../src/excel/excelHost";
import type * as LoadPath from "../src/excel/applyPlan";
import type * as Reconcile from "../src/workbook/load/reconcile";
import type { WorkbookSnapshot } from "../src/excel/snapshot";
import { DEFAULT_INPUTS } from "../src/model";
import type * as Workbook from "../src/workbook";
import { FakeExcel } from "../test/excel/support/fakeExcel";
import { olderLayoutPlan } from "../test/fixtures/layouts";
import { consume, recordFigures, runBench, type BenchCase } from "./harness";
import { countingContext } from "./support/countingExcel";
import { loadNative, loadNativeModules } from "./support/nativeModule";

let excel: typeof ExcelLayer & typeof LoadPath & typeof Reconcile;
let workbook: typeof Workbook;

beforeAll(async () => {
  // The host and its load path are not re-exported by src/excel/index.ts (the pane fetches them
  // on first use):
  // bundled with it, one copy of what they share.
  const layer = await loadNativeModules<{
    host: typeof ExcelLayer;
    load: typeof LoadPath;
    reconcile: typeof Reconcile;
  }>(
    {
      host: "src/excel/excelHost.ts",
      load: "src/excel/applyPlan.ts",
      reconcile: "src/workbook/load/reconcile.ts",
    },
    "excel"
  );
  excel = { ...layer.host, ...layer.load, ...layer.reconcile };
  workbook = await loadNative<typeof Workbook>("src/workbook/index.ts", "workbook");
});

const NEW_WORKBOOK: WorkbookSnapshot = {
  sheets: [{ name: "Sheet1", protected: false }],
  tables: [],
  names: [],
  structureProtected: false,
};

/** The workbook as a load leaves it (for a reload). */
function afterLoad(plan: Workbook.WorkbookPlan): WorkbookSnapshot {
  const sheetName = (key: string): string => plan.sheets.find((s) => s.key === key)?.name ?? "";
  return {
    sheets: [
      ...NEW_WORKBOOK.sheets,
      ...plan.sheets.map((s) => ({ name: s.name, protected: false })),
    ],
    tables: plan.tables.map((t) => ({ name: t.name, sheet: sheetName(t.sheet) })),
    names: [
      ...plan.names.map((n) => ({ name: n.name, formula: n.formula })),
      ...plan.ownership.map((m) => ({ name: m.markerName, formula: m.formula })),
    ],
    structureProtected: false,
  };
}

const EVERYTHING = { isSetSupported: () => true };

async function countedLoad(snapshot: WorkbookSnapshot, resetInputs: boolean) {
  const { context, counts } = countingContext(snapshot);
  await excel.loadArticle(context, (o) => workbook.buildPlan(o), {
    resetInputs,
    requirements: EVERYTHING,
  });
  return counts;
}

function countedHost(snapshot: WorkbookSnapshot) {
  const { context, counts } = countingContext(snapshot);
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context);
  const host = new excel.ExcelHost({
    runner: { run, runOn: (_c, batch) => run(batch) },
    requirements: EVERYTHING,
    makePlan: (o) => workbook.buildPlan(o),
  });
  return { host, counts };
}

test("excel layer: round trips, commands and time to build and apply the plan", async () => {
  const reloadSnapshot = afterLoad(workbook.buildPlan());
  const first = await countedLoad(NEW_WORKBOOK, false);
  const reload = await countedLoad(reloadSnapshot, false);
  const reset = await countedLoad(reloadSnapshot, true);
  const slider = countedHost(reloadSnapshot);
  await slider.host.writeInput("efficiencyShare", 0.05);

  // Scenario round trips on the fake Excel (cells on IronCalc), where the table reads back real rows.
  const fake = new FakeExcel();
  const fakeHost = new excel.ExcelHost({
    runner: fake.runner,
    requirements: fake.requirements,
    makePlan: (o) => workbook.buildPlan(o),
  });
  const started = performance.now();
  await fakeHost.loadArticle({ resetInputs: false });
  const fakeLoadMs = performance.now() - started;
  const syncsOf = async (step: () => Promise<unknown>): Promise<number> => {
    const before = fake.syncs;
    await step();
    return fake.syncs - before;
  };

  // A workbook of layout 1 (the fixture), upgraded by a load of this layout.
  const older = new FakeExcel();
  const olderHost = (makePlan: Parameters<typeof excel.reconcile>[2]) =>
    new excel.ExcelHost({ runner: older.runner, requirements: older.requirements, makePlan });
  await olderHost(() => olderLayoutPlan(1)).loadArticle({ resetInputs: false });
  const upgradeStart = { syncs: older.syncs, commands: older.commandsPerSync.length };
  const upgradeStarted = performance.now();
  await olderHost((o) => workbook.buildPlan(o)).loadArticle({ resetInputs: false });
  const upgradeMs = performance.now() - upgradeStarted;
  const upgradePerSync = older.commandsPerSync.slice(upgradeStart.commands);
  const figures = {
    "syncs: first load": first.syncs,
    "syncs: reload keeping the analyst's edits": reload.syncs,
    "syncs: reload resetting the inputs": reset.syncs,
    "syncs: slider change (writeInput)": slider.counts.syncs,
    "syncs: readState": await syncsOf(() => fakeHost.readState()),
    "syncs: listScenarios": await syncsOf(() => fakeHost.listScenarios()),
    "syncs: saveScenario": await syncsOf(() =>
      fakeHost.saveScenario({ name: "Bench", note: "", inputs: DEFAULT_INPUTS })
    ),
    "syncs: applyScenario": await syncsOf(() => fakeHost.applyScenario("Bench")),
    "syncs: renameScenario": await syncsOf(() => fakeHost.renameScenario("Bench", "Bench 2")),
    "syncs: deleteScenario": await syncsOf(() => fakeHost.deleteScenario("Bench 2")),
    "commands: first load": first.commands,
    "commands per sync: first load": first.perSync.join(" / "),
    "commands: reload": reload.commands,
    "syncs: upgrade from layout 1 (fake Excel)": older.syncs - upgradeStart.syncs,
    "commands per sync: upgrade from layout 1": upgradePerSync.join(" / "),
    "ms: upgrade from layout 1 on the fake Excel (IronCalc does the work)": Math.round(upgradeMs),
    "commands: slider change": slider.counts.commands,
    "ms: first load on the fake Excel (IronCalc does the work)": Math.round(fakeLoadMs),
  };
  recordFigures("excel-syncs", figures);

  // Pure steps, timed by tinybench against building the plan.
  const cases: BenchCase[] = [
    { group: "load", name: "build the plan", baseline: true, run: () => workbook.buildPlan() },
    {
      group: "load",
      name: "reconcile with a new workbook",
      run: () =>
        excel.reconcile(NEW_WORKBOOK, { resetInputs: false }, (o) => workbook.buildPlan(o)),
    },
    {
      group: "load",
      name: "reconcile with a loaded workbook",
      run: () =>
        excel.reconcile(reloadSnapshot, { resetInputs: false }, (o) => workbook.buildPlan(o)),
    },
  ];
  await runBench("excel", cases, { timeMs: 500 });

  // Whole operations are async (they await each sync), so they are timed here, median of runs.
  const median = async (runs: number, step: () => Promise<unknown>): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      consume(await step());
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return Number((times[Math.floor(runs / 2)] ?? NaN).toPrecision(3));
  };
  recordFigures("excel-times", {
    "ms: first load, every call queued (median of 30)": await median(30, () =>
      countedLoad(NEW_WORKBOOK, false)
    ),
    "ms: reload, every call queued (median of 30)": await median(30, () =>
      countedLoad(reloadSnapshot, false)
    ),
    "ms: slider change, write + 20 reads + state (median of 300)": await median(300, () =>
      slider.host.writeInput("efficiencyShare", 0.06)
    ),
  });
  consume(figures);
});
