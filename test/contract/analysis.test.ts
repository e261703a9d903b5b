/**
 * The Sensitivity, Map and Trials sheets' results as both hosts read them, with the inputs and
 * outputs in the same round trip (Excel: 1 sync to read, 1 a slider change): the tornado's
 * ranked rows and the map's axes and grid equal src/model's sensitivity and twoWayMap for the
 * inputs, after a load and after a slider change; the trials' statistics, shortfalls and bins
 * equal src/model's simulate() for the article, after a case is changed on the Inputs sheet and
 * after the pane writes another seed or count (1 sync). A seed or a count outside the plan's
 * limits is refused before anything is written, in the same words on both. A workbook of an
 * older layout has no analysis to read: the state says nothing of it, a slider change still
 * takes one sync, and writing a seed says there is no Trials sheet.
 */
import { beforeAll, expect, it } from "vitest";
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_MAP_COLUMNS,
  DEFAULT_MAP_OUTPUT,
  DEFAULT_MAP_ROWS,
  DEFAULT_SENSITIVITY_OUTPUT,
  inputSpec,
  isDomainError,
  nearestIndex,
  outputSpec,
  sensitivity,
  twoWayMap,
  type OutputValue,
  type Swing,
  type ScenarioInputs,
} from "../../src/model";
import type { CellReading, WorkbookState } from "../../src/workbook/host";
import type { SimulationReadings } from "../../src/workbook/analysis/readings";
import { buildPlan } from "../../src/workbook/buildPlan";
import { trialsMessages } from "../../src/workbook/messages";
import { caseName } from "../../src/workbook/names";
import { splitReference } from "../../src/workbook/references";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { articleSetup, modelSimulation } from "../support/modelAnalysis";
import { onBothHosts, type ContractBook } from "./support/books";
import { refusal } from "./support/loads";
import { expectSyncs, syncsOf } from "./support/roundTrips";

beforeAll(() => loadIronCalc());

/** The article's inputs with less cash: every row of the tornado and cell of the map moves. */
const SMALLER_ROUND: ScenarioInputs = { ...DEFAULT_INPUTS, fundingUsd: 30e9 };

function expectReading(
  got: CellReading | undefined,
  want: OutputValue | Swing | "#N/A",
  what: string
): void {
  if (typeof want === "number") {
    expect(typeof got, what).toBe("number");
    expect(sameNumber(got as number, want), `${what}: ${String(got)} vs ${want}`).toBe(true);
  } else {
    expect(got, what).toBe(isDomainError(want) ? want.excelText : want);
  }
}

/** The state's analysis is src/model's sensitivity and two-way map for these inputs. */
function expectAnalysisOf(state: WorkbookState, inputs: ScenarioInputs): void {
  const tornado = state.analysis?.tornado;
  const want = sensitivity(DEFAULT_SENSITIVITY_OUTPUT, inputs, DEFAULT_CASES);
  expect(tornado?.outputId).toBe(want.outputId);
  expect(tornado?.outputLabel).toBe(outputSpec(want.outputId).label);
  expectReading(tornado?.base, want.base, "base");
  expect(tornado?.rows.map((r) => r.input.inputId)).toEqual(want.rows.map((r) => r.inputId));
  want.rows.forEach((row, i) => {
    const got = tornado?.rows[i];
    expect(got?.rank).toBe(row.rank);
    expect(got?.input.label).toBe(inputSpec(row.inputId).label);
    expectReading(got?.lowCase, row.lowCase, `${row.inputId} low case`);
    expectReading(got?.highCase, row.highCase, `${row.inputId} high case`);
    expectReading(got?.atLow, row.atLow, `${row.inputId} at low`);
    expectReading(got?.atHigh, row.atHigh, `${row.inputId} at high`);
    expectReading(got?.swing, row.swing, `${row.inputId} swing`);
    const change = (at: OutputValue): number | "#N/A" =>
      typeof at === "number" && typeof want.base === "number" ? at - want.base : "#N/A";
    expectReading(got?.changeAtLow, change(row.atLow), `${row.inputId} change at low`);
    expectReading(got?.changeAtHigh, change(row.atHigh), `${row.inputId} change at high`);
  });

  const map = state.analysis?.map;
  const grid = twoWayMap(DEFAULT_MAP_OUTPUT, DEFAULT_MAP_ROWS, DEFAULT_MAP_COLUMNS, inputs);
  expect(map?.outputId).toBe(DEFAULT_MAP_OUTPUT);
  expect(map?.rowInput.inputId).toBe(DEFAULT_MAP_ROWS.inputId);
  expect(map?.columnInput.inputId).toBe(DEFAULT_MAP_COLUMNS.inputId);
  expect(map?.rowValues).toHaveLength(grid.rowValues.length);
  expect(map?.columnValues).toHaveLength(grid.columnValues.length);
  grid.rowValues.forEach((v, r) => expectReading(map?.rowValues[r], v, `row ${r}`));
  grid.columnValues.forEach((v, c) => expectReading(map?.columnValues[c], v, `column ${c}`));
  grid.cells.forEach((row, r) =>
    row.forEach((v, c) => expectReading(map?.cells[r]?.[c], v, `cell ${r},${c}`))
  );
  expect(map?.articleRow).toBe(nearestIndex(grid.rowValues, DEFAULT_INPUTS.efficiencyShare));
  expect(map?.articleColumn).toBe(
    nearestIndex(grid.columnValues, DEFAULT_INPUTS.frontierAnnualSpendUsd)
  );
}

/** Every reading of the Trials sheet equals src/model's simulate() for the setup (as the cells show it). */
function expectSimulation(got: SimulationReadings | undefined, want: SimulationReadings): void {
  expect(got, "the simulation part").toBeDefined();
  if (!got) return;
  const same = (a: CellReading, b: CellReading, what: string): void => {
    if (typeof b === "number") {
      expect(typeof a, what).toBe("number");
      expect(sameNumber(a as number, b), `${what}: ${String(a)} vs ${b}`).toBe(true);
    } else expect(a, what).toBe(b);
  };
  same(got.seed, want.seed, "seed");
  same(got.trials, want.trials, "trials");
  expect(got.ready).toBe(want.ready);
  expect(got.limits).toEqual(want.limits);
  expect(got.inputs).toEqual(want.inputs);
  expect(got.problems).toEqual(want.problems);
  expect(got.outputs.map((o) => o.outputId)).toEqual(want.outputs.map((o) => o.outputId));
  want.outputs.forEach((w, k) => {
    const g = got.outputs[k];
    const id = w.outputId;
    same(g?.mean ?? "", w.mean, `${id} mean`);
    w.percentiles.forEach((p, i) => {
      expect(g?.percentiles[i]?.p).toBe(p.p);
      same(g?.percentiles[i]?.value ?? "", p.value, `${id} P${p.p}`);
    });
    same(g?.numbers ?? "", w.numbers, `${id} numbers`);
    same(g?.never ?? "", w.never, `${id} never`);
    same(g?.errors ?? "", w.errors, `${id} errors`);
  });
  expect(got.shortfalls.map((s) => s.runway)).toEqual(want.shortfalls.map((s) => s.runway));
  want.shortfalls.forEach((w, k) =>
    same(got.shortfalls[k]?.probability ?? "", w.probability, `${w.runway} shortfall`)
  );
  expect(got.bins).toHaveLength(want.bins.length);
  want.bins.forEach((w, k) => {
    const g = got.bins[k];
    same(g?.from ?? "", w.from, `bin ${k + 1} from`);
    same(g?.to ?? "", w.to, `bin ${k + 1} to`);
    same(g?.middle ?? "", w.middle, `bin ${k + 1} middle`);
    same(g?.count ?? "", w.count, `bin ${k + 1} count`);
  });
}

/** Types a number into the cell a name of the plan refers to, as the analyst would. */
function typeIntoNamed(b: ContractBook, name: string, value: number): void {
  const formula = buildPlan().names.find((n) => n.name === name)?.formula ?? "";
  const { sheet, address } = splitReference(formula.replace(/^=/, ""));
  b.type(sheet, address.replace(/\$/g, ""), value);
}

/** The plan the hosts run (the test suite's short Trials sheet: test/support/shortTrials.ts). */
const LIMITS = (() => {
  const cells = buildPlan().simulation;
  if (!cells) throw new Error("the plan has no Trials sheet");
  return { maxSeed: cells.maxSeed, maxTrials: cells.maxTrials };
})();
/** The sheet's own count after a load: 1,000, or every row of a shorter sheet. */
const LOADED_COUNT = Math.min(1_000, LIMITS.maxTrials);
const whole = (n: number): string => n.toLocaleString("en-US");

onBothHosts("the trials read with the results, and the seed and count written", (book) => {
  it("src/model's simulate() for the article, after a case changes and after another seed and count; refusals change nothing", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const [loaded, reads] = await syncsOf(b, () => b.host.readState());
    expectSyncs(b, reads, 1);
    const article = articleSetup(DEFAULT_INPUTS, { seed: 1, trials: LOADED_COUNT });
    expectSimulation(loaded.analysis?.simulation, modelSimulation(article, LIMITS));

    // A wider high case of the efficiency share, typed on the Inputs sheet.
    const cases = {
      ...DEFAULT_CASES,
      efficiencyShare: { ...DEFAULT_CASES.efficiencyShare, high: 0.2 },
    };
    typeIntoNamed(b, caseName("efficiencyShare", "High"), 0.2);
    const widened = await b.host.readState();
    const wider = articleSetup(DEFAULT_INPUTS, { seed: 1, trials: LOADED_COUNT }, cases);
    expectSimulation(widened.analysis?.simulation, modelSimulation(wider, LIMITS));
    expect(widened.analysis?.simulation?.outputs[1]?.percentiles).not.toEqual(
      loaded.analysis?.simulation?.outputs[1]?.percentiles
    );

    const write = b.host.writeSimulation?.bind(b.host);
    expect(write).toBeDefined();
    if (!write) return;
    const fewer = LOADED_COUNT - 3;
    const [seeded, writes] = await syncsOf(b, () => write({ seed: 20_261_204, trials: fewer }));
    expectSyncs(b, writes, 1);
    const other = { ...wider, seed: 20_261_204, trials: fewer };
    expectSimulation(seeded.analysis?.simulation, modelSimulation(other, LIMITS));

    // Refused before anything is written, in the catalogue's words; a refused count keeps the seed out too.
    const refusals: [Parameters<typeof write>[0], string][] = [
      [{ seed: 1.5 }, trialsMessages.seedRefused("1.5", LIMITS.maxSeed).message],
      [{ seed: 100_000_000 }, trialsMessages.seedRefused("100,000,000", LIMITS.maxSeed).message],
      [{ seed: -1 }, trialsMessages.seedRefused("-1", LIMITS.maxSeed).message],
      [{ trials: 0 }, trialsMessages.trialsRefused("0", LIMITS.maxTrials).message],
      [
        { seed: 3, trials: LIMITS.maxTrials + 1 },
        trialsMessages.trialsRefused(whole(LIMITS.maxTrials + 1), LIMITS.maxTrials).message,
      ],
      [{ trials: Number.NaN }, trialsMessages.trialsRefused("NaN", LIMITS.maxTrials).message],
    ];
    for (const [settings, message] of refusals) {
      const [error, n] = await syncsOf(b, () => refusal(write(settings)));
      expect(error.problem.message, JSON.stringify(settings)).toBe(message);
      expect(error.problem.code).toBe("invalid-input");
      expectSyncs(b, n, 0);
    }
    const after = await b.reopen().readState();
    expectSimulation(after.analysis?.simulation, modelSimulation(other, LIMITS));
  }, 120_000);
});

onBothHosts("the analysis read with the results", (book) => {
  it("after a load and after a slider change: src/model's tornado and map, in the same round trip", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const [loaded, reads] = await syncsOf(b, () => b.host.readState());
    expectSyncs(b, reads, 1);
    expectAnalysisOf(loaded, DEFAULT_INPUTS);

    const [changed, writes] = await syncsOf(b, () =>
      b.host.writeInput("fundingUsd", SMALLER_ROUND.fundingUsd)
    );
    expectSyncs(b, writes, 1);
    expectAnalysisOf(changed, SMALLER_ROUND);
    // Another pane over the same workbook reads the same.
    expectAnalysisOf(await b.reopen().readState(), SMALLER_ROUND);
  });

  it("a workbook of layout 2 has none: the state says nothing of it, a slider change is one sync", async () => {
    const b = book();
    await b.hostWith(olderLayoutPlan(2)).loadArticle({ resetInputs: false });
    const host = b.reopen();
    const first = await host.readState();
    expect(first.loaded).toBe(true);
    expect(first.problems).toEqual([]);
    expect(first.analysis).toBeUndefined();
    const [state, n] = await syncsOf(b, () => host.writeInput("fundingUsd", 30e9));
    expectSyncs(b, n, 1);
    expect(state.inputs.fundingUsd).toBe(30e9);
    expect(state.analysis).toBeUndefined();
    const [again, m] = await syncsOf(b, () => host.readState());
    expectSyncs(b, m, 1); // the missing names are asked for once, not on every read
    expect(again.analysis).toBeUndefined();
    // A host of this layout writes no seed: there is no Trials sheet in its plan or the workbook.
    const noSheet = trialsMessages.noTrialsSheet.message;
    const older = b.hostWith(olderLayoutPlan(2));
    const refused = await refusal(older.writeSimulation?.({ seed: 2 }) ?? Promise.resolve());
    expect(refused.problem.message).toBe(noSheet);
    const [current, k] = await syncsOf(b, () =>
      refusal(host.writeSimulation?.({ seed: 2 }) ?? Promise.resolve())
    );
    expect(current.problem.message).toBe(noSheet);
    if (b.adapter === "excel") expect(k).toBeLessThanOrEqual(2); // the failed batch, and "loaded?"
    expect((await host.readState()).analysis).toBeUndefined();
  });
});
