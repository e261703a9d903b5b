/**
 * The Compare sheet computes every saved scenario with live formulas: each of its rows equals
 * evaluate() of the scenarios table's row of the same number, for the article's scenarios and
 * for generated ones written into the table, within its capacity of 20 rows.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, OUTPUT_IDS, scenarioAt, type ScenarioInputs } from "../../src/model";
import {
  clearScenarioRows,
  readCompareRow,
  savedScenarios,
  writeScenarioRows,
} from "../support/engineReads";
import type { SavedScenario } from "../../src/workbook/host";
import {
  expectedReading,
  expectReading,
  loadedWorkbook,
  readingMatches,
  type LoadedWorkbook,
} from "./engineWorkbook";
import { asTyped, scenarioAnywhere, scenarioWithinRange } from "./scenarioArbitraries";

/** 10 tables of 20 scenarios: 200 scenarios, one recalculation per table. */
const TABLES = 10;
const SLOW = 240_000;

let workbook: LoadedWorkbook;
beforeAll(() => {
  workbook = loadedWorkbook({}, { lambda: false });
});

function expectRowMatches(k: number, name: string, inputs: ScenarioInputs): void {
  const row = readCompareRow(workbook.model, workbook.plan, k);
  expect(row.name).toBe(name);
  const expected = evaluate(inputs);
  for (const id of OUTPUT_IDS) expectReading(row.outputs[id], expected[id], `row ${k} ${id}`);
}

function named(inputs: readonly ScenarioInputs[]): SavedScenario[] {
  return inputs.map((i, n) => ({ name: `Generated ${n + 1}`, note: "", inputs: i }));
}

describe("the Compare sheet on IronCalc", () => {
  it("has room for 20 scenarios, and starts with the article's low, mid and high", () => {
    expect(workbook.plan.compare.rows).toBe(20);
    expect(workbook.plan.scenarios.capacity).toBe(20);
    expectRowMatches(1, "Article low", scenarioAt("low"));
    expectRowMatches(2, "Article mid", scenarioAt("mid"));
    expectRowMatches(3, "Article high", scenarioAt("high"));
    const empty = readCompareRow(workbook.model, workbook.plan, 4);
    expect(empty.name).toBe("");
    for (const id of OUTPUT_IDS) expect(empty.outputs[id]).toBe("");
    expect(savedScenarios(workbook.model, workbook.plan).map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
    ]);
  });

  it("picks up a scenario saved into the next free row, and drops one that is deleted", () => {
    const saved: SavedScenario = {
      name: "=Growth 30%",
      note: "+30% a year",
      inputs: { ...scenarioAt("mid"), spendGrowth: 0.3 },
    };
    writeScenarioRows(workbook.model, workbook.plan, [saved], 3);
    expectRowMatches(4, "=Growth 30%", saved.inputs);
    // Read back as typed: 15 significant digits (the article's mid share 0.07500000000000001 is 0.075).
    const typedInputs = Object.fromEntries(
      Object.entries(saved.inputs).map(([id, v]) => [id, asTyped(v)])
    );
    expect(savedScenarios(workbook.model, workbook.plan)[3]).toEqual({
      ...saved,
      inputs: typedInputs,
    });
    clearScenarioRows(workbook.model, workbook.plan, 3, 1);
    expect(readCompareRow(workbook.model, workbook.plan, 4).name).toBe("");
  });

  it(
    `equals evaluate() row by row for ${TABLES * 20} generated scenarios, 20 at a time`,
    () => {
      const table = fc.array(fc.oneof(scenarioWithinRange, scenarioAnywhere), {
        minLength: 20,
        maxLength: 20,
      });
      fc.assert(
        fc.property(table, (inputs) => {
          writeScenarioRows(workbook.model, workbook.plan, named(inputs));
          inputs.forEach((scenario, i) => {
            const row = readCompareRow(workbook.model, workbook.plan, i + 1);
            const expected = evaluate(scenario);
            const wrong = OUTPUT_IDS.find((id) => !readingMatches(row.outputs[id], expected[id]));
            if (wrong || row.name !== `Generated ${i + 1}`) {
              throw new Error(
                `row ${i + 1} ${wrong}: ${row.outputs[wrong ?? "stakeBought"]} vs ${String(expectedReading(expected[wrong ?? "stakeBought"]))}`
              );
            }
          });
          return true;
        }),
        { numRuns: TABLES }
      );
    },
    SLOW
  );
});
