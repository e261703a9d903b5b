import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  DEFAULT_SETUP,
  DEFAULT_SHAPES,
  DEFAULT_TRIALS,
  drawColumn,
  drawValue,
  evaluate,
  hdrUniform,
  HDR_MAX_ID,
  INPUT_CASES,
  INPUT_IDS,
  isDomainError,
  shortfallProbability,
  simulate,
  SUMMARY_OUTPUTS,
  summarize,
  VARIABLE_NUMBERS,
  type Simulation,
  type SimulationSetup,
} from "../../src/model";

function run(setup: SimulationSetup, outputs = SUMMARY_OUTPUTS): Simulation {
  const s = simulate(setup, outputs);
  if (isDomainError(s)) throw new Error(s.message);
  return s;
}

/** Small runs keep the properties fast; the draws do not depend on the count. */
const PROPERTY_TRIALS = 50;

describe("the simulation", () => {
  it("runs 1,000 trials by default, drawing seven uncertain inputs: ranges uniform, single numbers triangular, assumptions fixed", () => {
    expect(DEFAULT_TRIALS).toBe(1_000);
    for (const c of INPUT_CASES) {
      const expected =
        c.source === "article range" ? "uniform" : c.figureId ? "triangular" : "fixed";
      expect(DEFAULT_SHAPES[c.inputId]).toBe(expected);
    }
    const sim = run(DEFAULT_SETUP);
    expect(sim.samples.runwayAtEfficientYears?.values).toHaveLength(1_000);
  });

  it("gives every input a variable number of its own, fixed rather than taken from an order", () => {
    const numbers = INPUT_IDS.map((id) => VARIABLE_NUMBERS[id]);
    expect(new Set(numbers).size).toBe(INPUT_IDS.length);
    expect(numbers.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
  });

  it("draws trial t of each input from HDR(t, its variable number, the seed) through its shape", () => {
    const setup = { ...DEFAULT_SETUP, seed: 2026, trials: 20 };
    for (const id of INPUT_IDS) {
      const column = drawColumn(setup, id);
      column.forEach((x, t) => {
        const u = hdrUniform(t + 1, VARIABLE_NUMBERS[id], 2026);
        const { low, high } = DEFAULT_CASES[id];
        expect(x).toBe(drawValue(DEFAULT_SHAPES[id], low, DEFAULT_INPUTS[id], high, u));
      });
    }
  });

  it("evaluates the whole model in every trial", () => {
    const setup = { ...DEFAULT_SETUP, trials: 30 };
    const sim = run(setup, ["runwayAtEfficientYears", "stakeBought"]);
    const columns = Object.fromEntries(INPUT_IDS.map((id) => [id, drawColumn(setup, id)]));
    for (let t = 0; t < 30; t++) {
      const inputs = Object.fromEntries(
        INPUT_IDS.map((id) => [id, columns[id]![t]])
      ) as typeof DEFAULT_INPUTS;
      const outputs = evaluate(inputs);
      expect(sim.samples.runwayAtEfficientYears?.values[t]).toBe(outputs.runwayAtEfficientYears);
      expect(sim.samples.stakeBought?.values[t]).toBe(outputs.stakeBought);
    }
  });

  it("is reproducible and counter-based: same seed, same numbers; a longer run starts with the shorter one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: HDR_MAX_ID }), (seed) => {
        const short = run({ ...DEFAULT_SETUP, seed, trials: PROPERTY_TRIALS });
        const long = run({ ...DEFAULT_SETUP, seed, trials: 2 * PROPERTY_TRIALS });
        const a = short.samples.runwayAtFrontierYears?.values;
        const b = long.samples.runwayAtFrontierYears?.values.subarray(0, PROPERTY_TRIALS);
        expect(b).toEqual(a);
        const other = run({
          ...DEFAULT_SETUP,
          seed: (seed + 1) % HDR_MAX_ID,
          trials: PROPERTY_TRIALS,
        });
        expect(other.samples.runwayAtFrontierYears?.values).not.toEqual(a);
      }),
      { numRuns: 20 }
    );
  });

  it("summarizes the article's runway: $40B over $7-8B a year lasts 5 to 5.7 years in 90% of trials", () => {
    const sim = run(DEFAULT_SETUP);
    const s = summarize(sim.samples.runwayAtFrontierYears!);
    expect(s.numbers).toBe(1_000);
    const values = s.percentiles.map((p) => p.value as number);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    const [p5 = 0, , p50 = 0, , p95 = 0] = values;
    // The round (±10%, triangular) over the spend ($7-8B, uniform): 36/8 = 4.5 to 44/7 = 6.3 at the extremes.
    expect(p5).toBeGreaterThan(4.5);
    expect(p95).toBeLessThan(44 / 7);
    expect(p50).toBeCloseTo(40 / 7.5, 0);
    expect(s.mean).toBeCloseTo(40 / 7.5, 0);
    expect(s.histogram.reduce((n, b) => n + b.count, 0)).toBe(1_000);
    // Ten years is far beyond $40B at $7-8B a year: every trial falls short; at efficient spend none does.
    expect(shortfallProbability(sim, "runwayAtFrontierYears")).toBe(1);
    expect(shortfallProbability(sim)).toBe(0);
  });

  it("counts the trials short of each trial's own target runway", () => {
    const setup: SimulationSetup = {
      ...DEFAULT_SETUP,
      shapes: { ...DEFAULT_SHAPES, targetRunwayYears: "uniform" },
      cases: { ...DEFAULT_CASES, targetRunwayYears: { low: 4, high: 7 } },
      inputs: { ...DEFAULT_INPUTS, targetRunwayYears: 5 },
    };
    const sim = run(setup);
    const runway = sim.samples.runwayAtFrontierYears!;
    let short = 0;
    runway.values.forEach((v, t) => (short += v < (sim.targetYears[t] as number) ? 1 : 0));
    const p = shortfallProbability(sim, "runwayAtFrontierYears") as number;
    expect(p).toBe(short / 1_000);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });

  it("leaves never and errors out of the statistics and counts them apart", () => {
    const setup: SimulationSetup = {
      ...DEFAULT_SETUP,
      shapes: { ...DEFAULT_SHAPES, annualRevenueUsd: "uniform", valuationUsd: "uniform" },
      // Revenue up to $3.75B covers the efficient spend in some trials; a valuation below the
      // $40B round makes the stake an error in some.
      cases: { ...DEFAULT_CASES, valuationUsd: { low: 20e9, high: 330e9 } },
    };
    const sim = run(setup, ["runwayAtEfficientYears", "stakeBought"]);
    const runway = summarize(sim.samples.runwayAtEfficientYears!);
    const stake = summarize(sim.samples.stakeBought!);
    expect(runway.never).toBeGreaterThan(0);
    expect(runway.numbers + runway.never + runway.errors).toBe(1_000);
    expect(stake.errors).toBeGreaterThan(0);
    expect(stake.numbers + stake.errors).toBe(1_000);
    for (const s of [runway, stake]) {
      for (const p of s.percentiles) expect(Number.isFinite(p.value)).toBe(true);
      expect(Number.isFinite(s.mean)).toBe(true);
      expect(s.histogram.reduce((n, b) => n + b.count, 0)).toBe(s.numbers);
    }
  });

  it("keeps a fixed scenario's every trial at the model's value", () => {
    const fixed = Object.fromEntries(INPUT_IDS.map((id) => [id, "fixed"])) as typeof DEFAULT_SHAPES;
    const sim = run({ ...DEFAULT_SETUP, shapes: fixed, trials: 10 });
    const s = summarize(sim.samples.runwayAtEfficientYears!);
    const base = evaluate(DEFAULT_INPUTS).runwayAtEfficientYears as number;
    expect(s.percentiles.map((p) => p.value)).toEqual([base, base, base, base, base]);
    expect(s.histogram).toEqual([{ from: base, to: base, count: 10 }]);
  });

  it("refuses a setup it cannot run, saying what to change", () => {
    const bad = [
      { ...DEFAULT_SETUP, seed: -1 },
      { ...DEFAULT_SETUP, seed: 1.5 },
      { ...DEFAULT_SETUP, trials: 0 },
      { ...DEFAULT_SETUP, trials: 2e6 },
      { ...DEFAULT_SETUP, inputs: { ...DEFAULT_INPUTS, fundingUsd: 50e9 } }, // above its high case
    ];
    for (const setup of bad) {
      const s = simulate(setup);
      expect(isDomainError(s)).toBe(true);
      expect(isDomainError(s) && s.message).toMatch(/must/);
    }
  });
});
