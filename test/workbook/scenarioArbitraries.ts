/**
 * Test support: generated scenarios for the engine tests. Every bound is named with its reason.
 */
import fc from "fast-check";
import { INPUT_SPECS, type InputSpec, type ScenarioInputs } from "../../src/model";

/**
 * IronCalc (like Excel's grid) keeps 15 significant digits of a typed number, so generated
 * values are rounded to 15 digits before the model and the workbook both see them.
 */
const TYPED_DIGITS = 15;
/**
 * Subnormal numbers (below about 2.2e-308) do not survive in a spreadsheet: Excel flushes them
 * to zero and IronCalc mis-formats them. Inputs below 1e-100 are typed as 0, so that no
 * product or quotient of two inputs in the model lands among the subnormals either.
 */
const SMALLEST_TYPED = 1e-100;

export function asTyped(x: number): number {
  if (Math.abs(x) < SMALLEST_TYPED) return 0;
  return Number(x.toPrecision(TYPED_DIGITS));
}

/** A value the input accepts: its bounds and the article's values often, anything between too. */
function withinRange(spec: InputSpec): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(spec.min, spec.max, spec.low, spec.base, spec.high) },
    { weight: 4, arbitrary: fc.double({ min: spec.min, max: spec.max, noNaN: true }).map(asTyped) }
  );
}

function record(pick: (spec: InputSpec) => fc.Arbitrary<number>): fc.Arbitrary<ScenarioInputs> {
  const parts = Object.fromEntries(INPUT_SPECS.map((s) => [s.id, pick(s)]));
  return fc.record(parts) as fc.Arbitrary<ScenarioInputs>;
}

/** Scenarios inside every input's [min, max]: what the sliders and the checks allow. */
export const scenarioWithinRange = record(withinRange);

/**
 * Magnitude of values outside the ranges: up to ten times the largest figure ($3T), enough to
 * reach every domain check without overflowing a double in any formula.
 */
const OUTSIDE = 3e12;

/**
 * Scenarios anywhere, to reach every domain error: zeros and negatives, shares above 1, growth
 * at or below −100%, besides values within range.
 */
export const scenarioAnywhere = record((spec) =>
  fc.oneof(
    { weight: 3, arbitrary: withinRange(spec) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 1.5, -spec.max, -0.5) },
    { weight: 1, arbitrary: fc.double({ min: -OUTSIDE, max: OUTSIDE, noNaN: true }).map(asTyped) }
  )
);
