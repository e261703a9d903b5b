/**
 * The Sensitivity and Map sheets compute what src/model computes, on IronCalc: each tornado row
 * is evaluate() with one input at its low or high case (sensitivity()), ranked as the model
 * ranks, ties and all; each map cell is evaluate() with the two inputs at its axis values
 * (twoWayMap()), and the article's point is the model's nearest row and column. For the
 * article, its low and high scenarios and 300 generated scenarios typed into the inputs.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  axisValues,
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_SENSITIVITY_OUTPUT,
  INPUT_SPECS,
  inputSpec,
  outputSpec,
  scenarioAt,
  sensitivity,
  type MapAxis,
  type ScenarioInputs,
} from "../../src/model";
import { writeInputs } from "../support/engineReads";
import { caseName } from "../../src/workbook/names";
import { loadedWorkbook, type LoadedWorkbook } from "./engineWorkbook";
import { mapDisagreement, sensitivityDisagreement } from "./support/analysisChecks";
import { readNamed, typeInto } from "./support/analysisReads";
import { asTyped, scenarioAnywhere, scenarioWithinRange } from "./scenarioArbitraries";

const GENERATED_WITHIN_RANGE = 200;
const GENERATED_ANYWHERE = 100;
const SLOW = 600_000;

let workbook: LoadedWorkbook;
beforeAll(() => {
  workbook = loadedWorkbook({}, { lambda: false });
});

const column = (name: string): (string | number)[] =>
  readNamed(workbook.model, workbook.plan, name).map((row) => row[0] ?? "");

const typed = (inputs: ScenarioInputs): ScenarioInputs =>
  Object.fromEntries(Object.entries(inputs).map(([id, v]) => [id, asTyped(v)])) as ScenarioInputs;

function agrees(inputs: ScenarioInputs): boolean {
  writeInputs(workbook.model, workbook.plan, inputs);
  const model = typed(inputs);
  const wrong = sensitivityDisagreement(workbook, model) ?? mapDisagreement(workbook, model);
  if (wrong) throw new Error(`${wrong} for ${JSON.stringify(inputs)}`);
  return true;
}

describe("the Sensitivity and Map sheets on IronCalc", () => {
  it("equal the model for the article's scenario and its low and high scenarios", () => {
    for (const bound of ["mid", "low", "high"] as const)
      expect(agrees(scenarioAt(bound))).toBe(true);
    writeInputs(workbook.model, workbook.plan, DEFAULT_INPUTS);
    // The article's point of the default map: 7.5% is row 6, $7.5B column 6.
    expect(column("map_ArticleRow")).toEqual([6]);
    expect(column("map_ArticleColumn")).toEqual([6]);
    expect(column("sens_Output")).toEqual([outputSpec(DEFAULT_SENSITIVITY_OUTPUT).label]);
  });

  it("follow the analyst's choice of output, cases, axes and inputs", () => {
    const model = typed(DEFAULT_INPUTS);
    typeInto(workbook.model, workbook.plan, "sens_Output", outputSpec("breakevenShare").label);
    expect(sensitivityDisagreement(workbook, model, "breakevenShare")).toBeUndefined();
    typeInto(
      workbook.model,
      workbook.plan,
      "sens_Output",
      outputSpec("runwayAtFrontierYears").label
    );
    expect(sensitivityDisagreement(workbook, model, "runwayAtFrontierYears")).toBeUndefined();
    // A case of the analyst's: growth from -10% to +50%.
    typeInto(workbook.model, workbook.plan, caseName("spendGrowth", "Low"), -0.1);
    typeInto(workbook.model, workbook.plan, caseName("spendGrowth", "High"), 0.5);
    const cases = { ...DEFAULT_CASES, spendGrowth: { low: -0.1, high: 0.5 } };
    expect(
      sensitivityDisagreement(workbook, model, "runwayAtFrontierYears", cases)
    ).toBeUndefined();
    // The map over growth (down) and funding (across), showing the frontier runway.
    const rows: MapAxis = { inputId: "spendGrowth", start: -0.2, step: 0.05, count: 16 };
    const columns: MapAxis = { inputId: "fundingUsd", start: 10e9, step: 5e9, count: 11 };
    typeInto(
      workbook.model,
      workbook.plan,
      "map_Output",
      outputSpec("runwayAtFrontierYears").label
    );
    typeInto(workbook.model, workbook.plan, "map_RowInput", inputSpec("spendGrowth").label);
    typeInto(workbook.model, workbook.plan, "map_RowStart", rows.start);
    typeInto(workbook.model, workbook.plan, "map_RowStep", rows.step);
    typeInto(workbook.model, workbook.plan, "map_ColumnInput", inputSpec("fundingUsd").label);
    typeInto(workbook.model, workbook.plan, "map_ColumnStart", columns.start);
    typeInto(workbook.model, workbook.plan, "map_ColumnStep", columns.step);
    expect(axisValues(rows)).toHaveLength(16);
    expect(
      mapDisagreement(workbook, model, rows, columns, "runwayAtFrontierYears")
    ).toBeUndefined();
    // Both axes on one input: the column's value wins, as in the model.
    typeInto(workbook.model, workbook.plan, "map_RowInput", inputSpec("fundingUsd").label);
    const same = { ...rows, inputId: "fundingUsd" } as const;
    expect(
      mapDisagreement(workbook, model, same, columns, "runwayAtFrontierYears")
    ).toBeUndefined();
    // An output that is not in the list: the sheet says #N/A, never a wrong number.
    typeInto(workbook.model, workbook.plan, "sens_Output", "Runway, roughly");
    expect(column("sens_Base")).toEqual(["#N/A"]);
    // Back to the plan's choices and cases for the tests that follow.
    workbook = loadedWorkbook({}, { lambda: false });
  });

  it(
    `equal the model for ${GENERATED_WITHIN_RANGE + GENERATED_ANYWHERE} generated scenarios`,
    () => {
      fc.assert(fc.property(scenarioWithinRange, agrees), { numRuns: GENERATED_WITHIN_RANGE });
      fc.assert(fc.property(scenarioAnywhere, agrees), { numRuns: GENERATED_ANYWHERE });
    },
    SLOW
  );

  it("rank ties in the model's order of inputs", () => {
    // At the article's values, the run costs, valuation, capex and target do not move runway.
    writeInputs(workbook.model, workbook.plan, DEFAULT_INPUTS);
    const expected = sensitivity(DEFAULT_SENSITIVITY_OUTPUT, typed(DEFAULT_INPUTS));
    const zero = expected.rows.filter((r) => r.swing === 0).map((r) => r.inputId);
    expect(zero.length).toBeGreaterThan(1);
    const order = INPUT_SPECS.map((s) => s.id).filter((id) => zero.includes(id));
    expect(zero).toEqual(order);
    expect(column("sens_RankedInput").slice(-zero.length)).toEqual(
      order.map((id) => inputSpec(id).label)
    );
  });
});
