/**
 * Where a slider's thumb can stop, per scenario input. Pure: no React, no DOM.
 *
 * The slider itself works on positions 0..positions-1; a scale maps positions to model values
 * and back. Two kinds:
 *
 * - Money with a positive minimum: a logarithmic grid of round numbers (1, 1.05, 1.1 … 2, 2.1 …
 *   5, 5.2 … per decade). Every money input spans two decades or more (the article's figure
 *   ÷10 to ×10), so a linear step of 1/200 of the range would be $2B on the funding slider
 *   ($4B–$400B) and could not stop anywhere near the $6M V3 run on its own ($600K–$60M) —
 *   while a 2–5% step everywhere gives the same feel on every slider, and every stop reads as
 *   a round number ("$7.2B", not "$7.06B"). $7B–$8B is six stops, $6M one of its own.
 * - Everything else (shares, growth, years, revenue that may be zero): linear, with the 1-2-5
 *   step nearest to 1/200 of the range (0.5 points for shares, 1 point for growth, 0.2 years,
 *   $200M for revenue): about 200 stops, each a round number, the article's values among them.
 */
import type { InputSpec } from "../../model";

export interface SliderScale {
  /** How many stops the slider has (its positions are 0 … positions - 1). */
  readonly positions: number;
  /** The model value at a position (clamped to the slider). */
  valueAt(position: number): number;
  /** The nearest position to a model value; values outside the range go to the nearest end. */
  positionOf(value: number): number;
}

/** Round mantissas per decade: 1–2 by 0.05, 2–5 by 0.1, 5–10 by 0.2 (2–5% apart). */
const LOG_MANTISSAS: readonly number[] = [
  ...steps(1, 2, 0.05),
  ...steps(2, 5, 0.1),
  ...steps(5, 10, 0.2),
];

/** A linear slider has about this many stops: fine enough, still keyboard-usable. */
const LINEAR_STOPS = 200;

export function sliderScale(spec: InputSpec): SliderScale {
  const isMoney = spec.unit === "USD" || spec.unit === "USD per year";
  return isMoney && spec.min > 0
    ? gridScale(logGrid(spec.min, spec.max, [spec.low, spec.base, spec.high]))
    : linearScale(spec.min, spec.max, niceStepNear((spec.max - spec.min) / LINEAR_STOPS));
}

/** The 1, 2 or 5 × 10^k nearest to `target`, measured in ratio (0.0075 → 0.01, 0.005 → 0.005). */
export function niceStepNear(target: number): number {
  const power = 10 ** Math.floor(Math.log10(target));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  const distance = (step: number): number => Math.abs(Math.log(step / target));
  const nearest = candidates.reduce((best, step) =>
    distance(step) < distance(best) ? step : best
  );
  return tidy(nearest);
}

function linearScale(min: number, max: number, step: number): SliderScale {
  const positions = Math.round((max - min) / step) + 1;
  const clampPosition = (p: number): number => Math.min(positions - 1, Math.max(0, Math.round(p)));
  return {
    positions,
    valueAt: (position) => tidy(Math.min(max, min + clampPosition(position) * step)),
    positionOf: (value) => clampPosition((value - min) / step),
  };
}

/**
 * Every round number of the log grid from min to max, with min and max themselves and the
 * article's own values (`stops`, e.g. $7.5B, the midpoint of $7–8B), so the slider can rest
 * exactly on what the article says.
 */
export function logGrid(min: number, max: number, stops: readonly number[] = []): number[] {
  const values = new Set<number>([min, max, ...stops.filter((v) => v >= min && v <= max)]);
  for (let exponent = Math.floor(Math.log10(min)); 10 ** exponent <= max; exponent += 1) {
    for (const mantissa of LOG_MANTISSAS) {
      const value = tidy(mantissa * 10 ** exponent);
      if (value > min && value < max) values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

function gridScale(grid: readonly number[]): SliderScale {
  const last = grid.length - 1;
  return {
    positions: grid.length,
    valueAt: (position) => grid[Math.min(last, Math.max(0, Math.round(position)))] ?? grid[0] ?? 0,
    positionOf: (value) => nearestIndex(grid, value),
  };
}

/** Index of the grid value nearest to `value`, measured in ratio (the grid is logarithmic). */
function nearestIndex(grid: readonly number[], value: number): number {
  let best = 0;
  let bestDistance = Infinity;
  grid.forEach((stop, index) => {
    const distance = value > 0 ? Math.abs(Math.log(stop / value)) : stop;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

function steps(from: number, to: number, by: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * by < to - by / 2; i += 1) out.push(tidy(from + i * by));
  return out;
}

/** Removes binary noise (0.1 + 0.2) so values read and compare as the round numbers they are. */
export function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}
