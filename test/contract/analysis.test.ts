/**
 * The Sensitivity and Map sheets' results as both hosts read them, with the inputs and outputs
 * in the same round trip (Excel: 1 sync to read, 1 a slider change): the tornado's ranked rows
 * and the map's axes and grid equal src/model's sensitivity and twoWayMap for the inputs, after
 * a load and after a slider change. A workbook of an older layout has no analysis to read: the
 * state says nothing of it, and a slider change still takes one sync.
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
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { onBothHosts } from "./support/books";
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
  });
});
