// The Trials sheet on IronCalc gives the model's simulation (src/model/simulation.ts): every
// summary statistic, the probabilities of falling short and the histogram, for the article and
// for generated cases, shapes, seeds and trial counts typed as an analyst would; to the last bit
// while the growth is 0, to 13 digits where it goes through LN (support/trialsChecks.ts).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_SETUP,
  INPUT_SPECS,
  SHAPES,
  type InputId,
  type SimulationSetup,
} from "../../src/model";
import { loadedWorkbook, type LoadedWorkbook } from "./engineWorkbook";
import { trialsDisagreement } from "./support/trialsChecks";
import { asTyped } from "./scenarioArbitraries";
import { TRIAL_ROWS } from "../../src/workbook/sheets/trials";

const GENERATED = 50;
const SLOW = 600_000;

let workbook: LoadedWorkbook;
beforeAll(() => {
  workbook = loadedWorkbook({ trialRows: TRIAL_ROWS }, { lambda: false });
});

/** Cases around a value inside the input's range, a shape, as typed (15 digits). */
const setups: fc.Arbitrary<SimulationSetup> = fc
  .record({
    picks: fc.tuple(
      ...INPUT_SPECS.map((spec) =>
        fc.record({
          points: fc.tuple(
            fc.double({ min: spec.min, max: spec.max, noNaN: true }),
            fc.double({ min: spec.min, max: spec.max, noNaN: true }),
            fc.double({ min: spec.min, max: spec.max, noNaN: true })
          ),
          shape: fc.constantFrom(...SHAPES),
        })
      )
    ),
    seed: fc.integer({ min: 0, max: 99_999_999 }),
    trials: fc.integer({ min: 1, max: TRIAL_ROWS }),
  })
  .map(({ picks, seed, trials }) => {
    const inputs = { ...DEFAULT_SETUP.inputs };
    const cases = { ...DEFAULT_SETUP.cases };
    const shapes = { ...DEFAULT_SETUP.shapes };
    INPUT_SPECS.forEach((spec, i) => {
      const pick = picks[i];
      if (!pick) return;
      const [low, value, high] = [...pick.points].map(asTyped).sort((a, b) => a - b) as [
        number,
        number,
        number,
      ];
      const id: InputId = spec.id;
      inputs[id] = value;
      cases[id] = { low, high };
      shapes[id] = pick.shape;
    });
    return { inputs, cases, shapes, seed, trials };
  });

describe("the Trials sheet on IronCalc", () => {
  it("gives the model's simulation of the article's cases and shapes, seed 1, 1,000 trials", () => {
    expect(trialsDisagreement(workbook, DEFAULT_SETUP)).toBeUndefined();
  });

  it(
    `gives the model's simulation for ${GENERATED} generated cases, shapes, seeds and counts`,
    () => {
      fc.assert(
        fc.property(setups, (setup) => {
          const wrong = trialsDisagreement(workbook, setup);
          if (wrong) throw new Error(`${wrong} for ${JSON.stringify(setup)}`);
        }),
        { numRuns: GENERATED, seed: 20261204 }
      );
    },
    SLOW
  );
});
