/**
 * The model's simulation: trials per second and scenario evaluations per second for the
 * default setup (seven uncertain inputs, the four summary outputs kept), beside its parts in
 * the same run: the HDR draws alone, and evaluate() alone on the same number of scenarios.
 * Aim: 1,000,000 scenario evaluations a second or more (one evaluation per trial).
 */
import { beforeAll, expect, test } from "vitest";
import type * as Model from "../src/model";
import { recordFigures, runBench } from "./harness";
import { loadNative } from "./support/nativeModule";

let model: typeof Model;

beforeAll(async () => {
  model = await loadNative<typeof Model>("src/model/index.ts", "model-simulation");
});

/** Trials in one run: the default 1,000 ten times over, so timer resolution is negligible. */
const TRIALS = 10_000;
/** The default setup's uncertain inputs (DEFAULT_SHAPES that are not fixed). */
const UNCERTAIN_INPUTS = 7;

test("simulation benchmark", async () => {
  const setup = { ...model.DEFAULT_SETUP, trials: TRIALS };
  const scenarios = Array.from({ length: TRIALS }, (_, i) => ({
    ...model.DEFAULT_INPUTS,
    efficiencyShare: 0.05 + (i % 89) * 0.01,
  }));
  const rows = await runBench("simulation", [
    {
      group: "simulation",
      name: "simulate() (draw, evaluate, keep 4 outputs)",
      baseline: true,
      callsPerRun: TRIALS,
      run: () => model.simulate(setup),
    },
    {
      group: "simulation",
      name: "HDR draws alone (7 a trial)",
      callsPerRun: TRIALS,
      run: () => {
        let sum = 0;
        for (let t = 1; t <= TRIALS; t++)
          for (let v = 1; v <= UNCERTAIN_INPUTS; v++) sum += model.hdrUniform(t, v, 1);
        return sum;
      },
    },
    {
      group: "simulation",
      name: "evaluate() alone",
      callsPerRun: TRIALS,
      run: () => scenarios.map((s) => model.evaluate(s)).length,
    },
    {
      group: "simulation",
      name: "summarize() the 4 outputs",
      callsPerRun: TRIALS,
      run: (() => {
        const simulation = model.simulate(setup);
        if (model.isDomainError(simulation)) throw new Error(simulation.message);
        return () =>
          model.SUMMARY_OUTPUTS.map((id) => {
            const sample = simulation.samples[id];
            return sample ? model.summarize(sample) : undefined;
          });
      })(),
    },
  ]);
  const nsPerTrial = rows[0]?.["ns/call"] ?? Number.NaN;
  const trialsPerSecond = Math.round(1e9 / nsPerTrial);
  recordFigures("simulation figures", {
    "trials per second": trialsPerSecond,
    // One whole-model evaluation per trial.
    "scenario evaluations per second": trialsPerSecond,
    "evaluate() alone per second": Math.round(1e9 / (rows[2]?.["ns/call"] ?? Number.NaN)),
    "1,000-trial simulation, ms": Number((nsPerTrial / 1e3).toPrecision(3)),
  });
  expect(trialsPerSecond).toBeGreaterThan(0);
});
