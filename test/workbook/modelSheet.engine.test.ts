/**
 * The model sheet computes what the model says: the plan applied to IronCalc, inputs typed into
 * the named input cells, every named output read back and compared with evaluate() from
 * src/model (numbers to ~13 significant digits, "never" as text, domain errors as the same
 * Excel error).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_INPUTS,
  evaluate,
  NEVER,
  OUTPUT_IDS,
  scenarioAt,
  type ScenarioInputs,
} from "../../src/model";
import { readOutputs, writeInputs } from "../support/engineReads";
import {
  expectedReading,
  expectReading,
  loadedWorkbook,
  readingMatches,
  type LoadedWorkbook,
} from "./engineWorkbook";
import { scenarioAnywhere, scenarioWithinRange } from "./scenarioArbitraries";

/** Each run types 10 inputs and recalculates the whole workbook (~0.1 s on IronCalc). */
const GENERATED_WITHIN_RANGE = 200;
const GENERATED_ANYWHERE = 100;
const SLOW = 240_000;

let workbook: LoadedWorkbook;
beforeAll(() => {
  // Without the LAMBDA twins: IronCalc re-reads them on every change, and no output uses them.
  workbook = loadedWorkbook({}, { lambda: false });
});

function outputsFor(inputs: ScenarioInputs): ReturnType<typeof readOutputs> {
  writeInputs(workbook.model, workbook.plan, inputs);
  return readOutputs(workbook.model, workbook.plan);
}

function expectSameAsModel(inputs: ScenarioInputs): void {
  const read = outputsFor(inputs);
  const expected = evaluate(inputs);
  for (const id of OUTPUT_IDS)
    expectReading(read[id], expected[id], `${id} for ${JSON.stringify(inputs)}`);
}

/** For fast-check: true when every output agrees; the first disagreement is in the message. */
function agreesWithModel(inputs: ScenarioInputs): boolean {
  const read = outputsFor(inputs);
  const expected = evaluate(inputs);
  const wrong = OUTPUT_IDS.find((id) => !readingMatches(read[id], expected[id]));
  if (wrong)
    throw new Error(
      `${wrong}: the workbook shows ${read[wrong]}, the model ${String(expectedReading(expected[wrong]))}`
    );
  return true;
}

describe("the model sheet on IronCalc", () => {
  it("gives a runway of 40/7.5 = 5.33 years at the article's mid figures", () => {
    const read = outputsFor(DEFAULT_INPUTS);
    expect(read.runwayAtFrontierYears).toBeCloseTo(40 / 7.5, 12); // the article: $40B / $7.5B a year
    expect(read.trainingCostRatio).toBeCloseTo(0.012, 14); // $6M / $500M
    expect(read.frontierRunsFunded).toBe(80); // $40B / $500M
    expect(read.efficientRunsFunded).toBe(6666); // ⌊$40B / $6M⌋
  });

  it("equals evaluate() for the article's low, mid and high", () => {
    for (const bound of ["low", "mid", "high"] as const) expectSameAsModel(scenarioAt(bound));
  });

  it("says never where revenue covers the spend, and where a shrinking spend never uses up the cash", () => {
    const covered = outputsFor({
      ...DEFAULT_INPUTS,
      annualRevenueUsd: DEFAULT_INPUTS.frontierAnnualSpendUsd,
    });
    expect(covered.runwayAtFrontierYears).toBe(NEVER);
    expectSameAsModel({ ...DEFAULT_INPUTS, annualRevenueUsd: 10e9 });
    // −50% a year: $7.5B, $3.75B, … adds up to $7.5B/ln 2 ≈ $10.8B, below the $40B raised.
    const shrinking = outputsFor({ ...DEFAULT_INPUTS, spendGrowth: -0.5 });
    expect(shrinking.runwayAtFrontierYears).toBe(NEVER);
    expect(evaluate({ ...DEFAULT_INPUTS, spendGrowth: -0.5 }).runwayAtFrontierYears).toBe(NEVER);
  });

  it("keeps the digits for tiny growth, as the model's Kahan ratios do", () => {
    for (const spendGrowth of [1e-20, 1e-12, -1e-15, 0.3, -0.1])
      expectSameAsModel({ ...DEFAULT_INPUTS, spendGrowth });
  });

  it("gives the model's Excel error for inputs outside the domain", () => {
    const cases: [Partial<ScenarioInputs>, string, string][] = [
      [{ frontierRunCostUsd: 0 }, "trainingCostRatio", "#DIV/0!"],
      [{ frontierRunCostUsd: 0 }, "frontierRunsFunded", "#DIV/0!"],
      [{ efficientRunCostUsd: -1 }, "trainingCostRatio", "#NUM!"],
      [{ efficiencyShare: 1.5 }, "spendAtEfficiencyUsd", "#NUM!"],
      [{ efficiencyShare: 1.5 }, "runwayAtEfficientYears", "#NUM!"],
      [{ fundingUsd: 400e9 }, "stakeBought", "#NUM!"],
      [{ valuationUsd: 0 }, "stakeBought", "#DIV/0!"],
      [{ spendGrowth: -1 }, "runwayAtFrontierYears", "#NUM!"],
      [{ frontierAnnualSpendUsd: 0 }, "breakevenShare", "#DIV/0!"],
      [{ frontierAnnualSpendUsd: 0 }, "capexMultipleOfSpend", "#DIV/0!"],
      [{ targetRunwayYears: 0 }, "breakevenShare", "#NUM!"],
      [{ fundingUsd: 0 }, "breakevenShare", "#NUM!"],
    ];
    for (const [change, output, error] of cases) {
      const inputs = { ...DEFAULT_INPUTS, ...change };
      expect(
        outputsFor(inputs)[output as keyof ReturnType<typeof readOutputs>],
        JSON.stringify(change)
      ).toBe(error);
      expectSameAsModel(inputs);
    }
  });

  it(
    `equals evaluate() for ${GENERATED_WITHIN_RANGE} generated scenarios within the inputs' ranges`,
    () => {
      fc.assert(fc.property(scenarioWithinRange, agreesWithModel), {
        numRuns: GENERATED_WITHIN_RANGE,
      });
    },
    SLOW
  );

  it(
    `equals evaluate() for ${GENERATED_ANYWHERE} generated scenarios anywhere, errors included`,
    () => {
      fc.assert(fc.property(scenarioAnywhere, agreesWithModel), { numRuns: GENERATED_ANYWHERE });
    },
    SLOW
  );
});
