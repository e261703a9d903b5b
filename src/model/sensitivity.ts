/**
 * Sensitivity (the tornado): for one output, the output with each input at its low case and at
 * its high case, every other input at its value; the swing between the two; the inputs ranked
 * by swing. The workbook's Sensitivity sheet computes the same rows natively; this is the
 * reference its tests compare with.
 *
 * Outputs that are not a number: runway can be "never", and any output can be a domain error.
 * A row's swing is then:
 * - "unbounded" when one end is "never" and the other a number (the output moves without
 *   limit): these rows rank first, as the most sensitive;
 * - 0 when both ends are "never" (the output does not move);
 * - "error" when either end is an error (nothing to compare): these rows rank last.
 * Ties (equal swings, or two unbounded or two error rows) keep INPUT_SPECS order, so the
 * ranking is stable and the sheet can break ties the same way (by row number).
 */
import { DEFAULT_CASES, type ScenarioCases } from "./cases";
import { isDomainError, NEVER } from "./errors";
import {
  DEFAULT_INPUTS,
  evaluate,
  INPUT_SPECS,
  type InputId,
  type OutputId,
  type OutputValue,
  type ScenarioInputs,
} from "./scenario";

/** The default output: runway at efficient spend, which every scenario input can move. */
export const DEFAULT_SENSITIVITY_OUTPUT: OutputId = "runwayAtEfficientYears";

export type Swing = number | "unbounded" | "error";

export interface SensitivityRow {
  readonly inputId: InputId;
  readonly lowCase: number;
  readonly highCase: number;
  /** The output with this input at its low case (others at their values). */
  readonly atLow: OutputValue;
  readonly atHigh: OutputValue;
  readonly swing: Swing;
  /** 1 for the largest swing. */
  readonly rank: number;
}

export interface Sensitivity {
  readonly outputId: OutputId;
  /** The output at the inputs' values. */
  readonly base: OutputValue;
  /** Ranked: the largest swing first. */
  readonly rows: readonly SensitivityRow[];
}

/** The swing between an output's two ends, by the rules above. */
export function swingOf(atLow: OutputValue, atHigh: OutputValue): Swing {
  if (isDomainError(atLow) || isDomainError(atHigh)) return "error";
  if (atLow === NEVER && atHigh === NEVER) return 0;
  if (atLow === NEVER || atHigh === NEVER) return "unbounded";
  return Math.abs(atHigh - atLow);
}

/** Sort key: unbounded first, then numbers from the largest, errors last. */
function order(swing: Swing): number {
  if (swing === "unbounded") return Number.POSITIVE_INFINITY;
  if (swing === "error") return Number.NEGATIVE_INFINITY;
  return swing;
}

/** The output with one input set to `value`, the others as given. */
export function outputWith(
  inputs: ScenarioInputs,
  inputId: InputId,
  value: number,
  outputId: OutputId
): OutputValue {
  return evaluate({ ...inputs, [inputId]: value })[outputId];
}

export function sensitivity(
  outputId: OutputId = DEFAULT_SENSITIVITY_OUTPUT,
  inputs: ScenarioInputs = DEFAULT_INPUTS,
  cases: ScenarioCases = DEFAULT_CASES
): Sensitivity {
  const unranked = INPUT_SPECS.map((spec, index) => {
    const { low, high } = cases[spec.id];
    const atLow = outputWith(inputs, spec.id, low, outputId);
    const atHigh = outputWith(inputs, spec.id, high, outputId);
    return {
      index,
      inputId: spec.id,
      lowCase: low,
      highCase: high,
      atLow,
      atHigh,
      swing: swingOf(atLow, atHigh),
    };
  });
  const ranked = [...unranked].sort((a, b) => order(b.swing) - order(a.swing) || a.index - b.index);
  return {
    outputId,
    base: evaluate(inputs)[outputId],
    rows: ranked.map(({ index: _index, ...row }, i) => ({ ...row, rank: i + 1 })),
  };
}
