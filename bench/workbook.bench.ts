/**
 * The workbook plan's cost: building it (pure data), applying it to IronCalc (with and without
 * the LAMBDA twins, which IronCalc re-reads on every name change), recalculating it, and one
 * scenario round trip (type the inputs, recalculate, read the outputs), as the preview does on
 * every slider move. Plan sizes are recorded beside the timings. The same evaluate() and round
 * trip of layout 2's workbook (test/fixtures/layout-2: before the Sensitivity and Map sheets),
 * in the same run, show what the analysis sheets cost.
 *
 * The model, the plan and the preview's engine code run bundled (support/nativeModule.ts says
 * why); IronCalc itself is its own package, loaded once by test/support/ironcalc.ts.
 */
import { beforeAll, test } from "vitest";
import type * as ModelModule from "../src/model";
import type * as EngineModule from "../src/preview/engine";
import type * as EngineReadsModule from "../test/support/engineReads";
import type * as WorkbookModule from "../src/workbook";
import { olderLayoutPlan } from "../test/fixtures/layouts";
import { newEngineWorkbook } from "../test/support/ironcalc";
import { recordFigures, runBench } from "./harness";
import { loadNativeModules } from "./support/nativeModule";

let model: typeof ModelModule;
let engine: typeof EngineModule;
let reads: typeof EngineReadsModule;
let workbook: typeof WorkbookModule;

beforeAll(async () => {
  ({ model, engine, reads, workbook } = await loadNativeModules<{
    model: typeof ModelModule;
    engine: typeof EngineModule;
    reads: typeof EngineReadsModule;
    workbook: typeof WorkbookModule;
  }>(
    {
      model: "src/model/index.ts",
      engine: "src/preview/engine/index.ts",
      reads: "test/support/engineReads.ts",
      workbook: "src/workbook/index.ts",
    },
    "workbook-plan"
  ));
});

test("workbook plan: build, apply to IronCalc, evaluate", async () => {
  const { DEFAULT_INPUTS, scenarioAt } = model;
  const { applyPlanToEngine } = engine;
  const { readOutputs, writeInputs } = reads;
  const { buildPlan, isFormula } = workbook;
  const plan = buildPlan();
  const cells = plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat()));
  const tableCells = plan.tables.flatMap((t) => t.rows.flat());
  recordFigures("workbook-plan-size", {
    sheets: plan.sheets.length,
    "cells written": cells.length + tableCells.length,
    formulas: [...cells, ...tableCells].filter(isFormula).length,
    "defined names": plan.names.length,
    "ownership markers": plan.ownership.length,
    "plan JSON bytes": JSON.stringify(plan).length,
  });

  await runBench("workbook-plan", [
    // Options make it build anew: buildPlan() with none returns the plan it built before.
    {
      group: "plan",
      name: "buildPlan() anew",
      run: () => buildPlan({ sheetNames: {} }),
      baseline: true,
    },
  ]);

  // Each new Model is freed once timed: wasm memory is not collected, and some 15 whole
  // workbooks left alive exhaust it.
  const appliedAndFreed = (lambda: boolean): number => {
    const fresh = newEngineWorkbook();
    applyPlanToEngine(fresh, plan, { lambda });
    const sheets = fresh.getWorksheetsProperties().length;
    fresh.free();
    return sheets;
  };
  const loaded = newEngineWorkbook();
  applyPlanToEngine(loaded, plan, { lambda: false });
  const low = scenarioAt("low");
  let flip = false;
  const layoutTwo = olderLayoutPlan(2);
  const beforeAnalysis = newEngineWorkbook();
  applyPlanToEngine(beforeAnalysis, layoutTwo, { lambda: false });
  let flipTwo = false;
  const layoutThree = olderLayoutPlan(3);
  const beforeTrials = newEngineWorkbook();
  applyPlanToEngine(beforeTrials, layoutThree, { lambda: false });
  await runBench(
    "workbook-engine",
    [
      {
        group: "engine",
        name: "evaluate() the loaded workbook",
        run: () => loaded.evaluate(),
        baseline: true,
      },
      {
        group: "engine",
        name: "evaluate() layout 3's workbook (no Trials sheet)",
        run: () => beforeTrials.evaluate(),
      },
      {
        group: "engine",
        name: "evaluate() layout 2's workbook (no Sensitivity or Map sheet)",
        run: () => beforeAnalysis.evaluate(),
      },
      {
        group: "engine",
        name: "scenario round trip on layout 2's workbook",
        run: () => {
          flipTwo = !flipTwo;
          writeInputs(beforeAnalysis, layoutTwo, flipTwo ? low : DEFAULT_INPUTS);
          return readOutputs(beforeAnalysis, layoutTwo);
        },
      },
      {
        group: "engine",
        name: "scenario round trip: 10 inputs, evaluate, 10 outputs",
        run: () => {
          flip = !flip;
          writeInputs(loaded, plan, flip ? low : DEFAULT_INPUTS);
          return readOutputs(loaded, plan);
        },
      },
      {
        group: "engine",
        name: "apply the plan to a new Model (no LAMBDA twins)",
        run: () => appliedAndFreed(false),
      },
      {
        group: "engine",
        name: "apply the plan to a new Model (with the 8 LAMBDA twins)",
        run: () => appliedAndFreed(true),
      },
      {
        group: "engine",
        name: "apply again to a loaded Model (a second load)",
        run: () => applyPlanToEngine(loaded, plan, { lambda: false }),
      },
    ],
    { timeMs: 0, iterations: 5 }
  );
});
