/**
 * The Excel host against office-addin-mock's OfficeMockObject: what each call writes where, that
 * every value read was loaded and synced first (the mock hands back an error text otherwise,
 * which would show in the state), and the round trips of a slider change and of applying a
 * scenario. The mock has no collections or calculation (docs/HOSTS.md): named items are served by
 * a lookup function, and outputs are the values seeded here, read back as Excel would.
 */
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { ExcelHost } from "../../src/excel/excelHost";
import { DEFAULT_INPUTS, INPUT_IDS, OUTPUT_IDS, scenarioAt } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { ownershipMarkerName } from "../../src/workbook/names";

const PLAN = buildPlan();
const SEEDED_RUNWAY = 40 / 7.5;

interface MockedWorkbook {
  readonly host: ExcelHost;
  /** The mock range behind each defined name. */
  readonly ranges: ReadonlyMap<string, OfficeMockObject>;
  /** context.sync() calls so far. */
  readonly syncs: number;
}

/** A mock workbook with the named inputs (at the article's values) and outputs, and the scenarios table. */
function mockWorkbook(): MockedWorkbook {
  const ranges = new Map<string, OfficeMockObject>();
  const cell = (value: number): OfficeMockObject =>
    new OfficeMockObject({ values: [[value]], valueTypes: [["Double"]] });
  for (const id of INPUT_IDS) ranges.set(PLAN.inputCells[id].name, cell(DEFAULT_INPUTS[id]));
  for (const id of OUTPUT_IDS) {
    ranges.set(PLAN.outputCells[id].name, cell(id === "runwayAtFrontierYears" ? SEEDED_RUNWAY : 1));
  }
  // The scenarios table: its header row (through its marker) and the body below it.
  const table = PLAN.tables.find((t) => t.key === "scenarios");
  const capacity = PLAN.scenarios.capacity;
  const rows = Array.from(
    { length: capacity },
    (_, i) => table?.rows[i]?.map((c) => c ?? "") ?? table?.columns.map(() => "") ?? []
  );
  const body = new OfficeMockObject({
    values: rows,
    formulas: rows,
    valueTypes: rows.map((r) =>
      r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String"))
    ),
  });
  const header = new OfficeMockObject({
    values: [table?.columns.map((c) => c.header) ?? []],
    address: "Scenarios!A4:L4",
    getRowsBelow: () => body,
  });
  ranges.set(ownershipMarkerName("TABLE", "scenarios"), header);

  let syncs = 0;
  const context = new OfficeMockObject({
    workbook: {
      names: {
        getItem: (name: string) => {
          const range = ranges.get(name);
          if (!range) throw new Error(`The test's workbook has no name ${name}`);
          return { getRange: () => range };
        },
      },
    },
    sync: async () => {
      syncs++;
      for (const range of [...ranges.values(), body]) await range.sync();
    },
  });
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(context as unknown as Excel.RequestContext);
  const host = new ExcelHost({
    runner: { run, runOn: (_context, batch) => run(batch) },
    requirements: { isSetSupported: () => true },
    makePlan: (options) => buildPlan(options),
  });
  return {
    host,
    ranges,
    get syncs() {
      return syncs;
    },
  };
}

describe("a slider change, on office-addin-mock", () => {
  it("takes one sync: the input cell written, every input and output loaded before it", async () => {
    const workbook = mockWorkbook();
    const state = await workbook.host.writeInput("efficiencyShare", 0.05);

    expect(workbook.syncs).toBe(1);
    expect(workbook.ranges.get("in_EfficiencyShare")?.values).toEqual([[0.05]]);
    expect(state.inputs.efficiencyShare).toBe(0.05);
    expect(state.outputs.runwayAtFrontierYears).toBe(SEEDED_RUNWAY);
    expect(state.problems).toEqual([]);
  });

  it("writes nothing but that input cell", async () => {
    const workbook = mockWorkbook();
    await workbook.host.writeInput("spendGrowth", 0.3);
    const written = [...workbook.ranges].filter(([name, range]) => {
      const expected = name.startsWith("in_")
        ? DEFAULT_INPUTS[INPUT_IDS.find((id) => PLAN.inputCells[id].name === name) ?? "fundingUsd"]
        : undefined;
      return (
        expected !== undefined && JSON.stringify(range.values) !== JSON.stringify([[expected]])
      );
    });
    expect(written.map(([name]) => name)).toEqual(["in_SpendGrowth"]);
  });

  it("makes one sync per change over a run of changes", async () => {
    const workbook = mockWorkbook();
    for (const share of [0.05, 0.06, 0.07, 0.08, 0.09])
      await workbook.host.writeInput("efficiencyShare", share);
    expect(workbook.syncs).toBe(5);
  });
});

describe("applying a scenario, on office-addin-mock", () => {
  it("reads the table, then writes every input in one batch: two syncs", async () => {
    const workbook = mockWorkbook();
    const state = await workbook.host.applyScenario("Article high");
    expect(workbook.syncs).toBe(2);
    for (const id of INPUT_IDS) {
      expect(workbook.ranges.get(PLAN.inputCells[id].name)?.values, id).toEqual([
        [scenarioAt("high")[id]],
      ]);
      expect(state.inputs[id]).toBe(scenarioAt("high")[id]);
    }
  });

  it("lists the scenarios from the table in one sync", async () => {
    const workbook = mockWorkbook();
    const list = await workbook.host.listScenarios();
    expect(workbook.syncs).toBe(1);
    expect(list.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
    ]);
  });
});
