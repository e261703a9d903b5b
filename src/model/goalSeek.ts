/**
 * Goal seek: the value of one input at which an output reaches a target, the other inputs at
 * their values. The pane writes the value found to the input cell and reads the workbook back.
 *
 * Where it looks: the input's whole accepted range (min..max of INPUT_SPECS, what the slider
 * spans and validation accepts), not only its low..high cases. The question goal seek answers
 * is "what would it take?", and the answer is often outside the plausible cases: the article's
 * own example, the efficiency share for a ten-year runway, is 53%, far above the 5-10% case.
 * Staying within min..max means the value found can always be written to the input cell.
 * The result says whether the value lies within the cases too.
 *
 * How (monotonic or not): the output is evaluated on SCAN_POINTS points spread over the range
 * (evenly, plus geometrically when the range is positive and spans a factor of 10 or more, so
 * that a small input keeps its resolution); every pair of neighbours on which output − target
 * changes sign brackets a solution, refined by bisection until the bracket cannot be halved in
 * double precision (the tolerance: adjacent doubles, a relative 2^-52). "never" counts as above
 * any target (a runway that never ends lasts longer than any number of years); an error is a
 * gap that brackets nothing, and a sign change across a jump (whole runs funded step from one
 * number to the next) is no solution. When several solutions exist, it takes the one nearest the input's
 * current value and reports how many it found. When none exists, it says why (the target is
 * above or below everything the range reaches, or the output does not move with this input)
 * and gives the value that comes closest.
 */
import { inputCase } from "./cases";
import { isDomainError, NEVER } from "./errors";
import {
  DEFAULT_INPUTS,
  evaluate,
  inputSpec,
  type InputId,
  type OutputId,
  type OutputValue,
  type ScenarioInputs,
} from "./scenario";

/** Points of the scan: enough to separate solutions a slider step apart, cheap (~1 ms). */
export const SCAN_POINTS = 257;
/** A bisection's end counts as a solution when it is this close to the target (relative). */
export const ACCEPT_RELATIVE = 1e-9;
/** Bisection steps at most: 2^-64 of a bracket is below any double's spacing. */
const MAX_BISECTIONS = 64;
/** A range spanning this factor or more also gets geometric scan points. */
const GEOMETRIC_SPAN = 10;

export interface GoalSeekRequest {
  readonly outputId: OutputId;
  readonly target: number;
  readonly inputId: InputId;
  /** The scenario as it is now; the current value of `inputId` picks among several solutions. */
  readonly inputs?: ScenarioInputs;
}

export type GoalSeekResult =
  | {
      readonly kind: "found";
      readonly value: number;
      /** The output at `value` (equal to the target within the tolerance). */
      readonly output: number;
      /** How many separate solutions the scan found in range (1 or more). */
      readonly solutions: number;
      readonly withinCases: boolean;
    }
  | {
      /** The output equals the target whatever the input: the current value is kept. */
      readonly kind: "everywhere";
      readonly value: number;
      readonly output: number;
    }
  | {
      readonly kind: "unreachable";
      /** Why: every output in range is below the target, above it, or does not move at all. */
      readonly reason:
        "target above range" | "target below range" | "jumps over target" | "flat" | "no number";
      /** The input value whose output comes closest to the target (absent for "no number"). */
      readonly closestValue?: number;
      readonly closestOutput?: OutputValue;
    };

/** output − target as an ordered number: "never" above every target; undefined for an error. */
function gap(output: OutputValue, target: number): number | undefined {
  if (isDomainError(output)) return undefined;
  if (output === NEVER) return Number.POSITIVE_INFINITY;
  return output - target;
}

/** The scan's points over [min, max], sorted, without repeats, both ends included. */
export function scanPoints(min: number, max: number): number[] {
  const points = new Set<number>();
  const last = SCAN_POINTS - 1;
  for (let i = 0; i <= last; i++) points.add(i === last ? max : min + ((max - min) * i) / last);
  if (min > 0 && max / min >= GEOMETRIC_SPAN) {
    const ratio = Math.log(max / min);
    for (let i = 1; i < last; i++) points.add(min * Math.exp((ratio * i) / last));
  }
  return [...points].sort((a, b) => a - b);
}

export function goalSeek(request: GoalSeekRequest): GoalSeekResult {
  const inputs = request.inputs ?? DEFAULT_INPUTS;
  const { inputId, outputId, target } = request;
  const spec = inputSpec(inputId);
  const outputAt = (x: number): OutputValue => evaluate({ ...inputs, [inputId]: x })[outputId];
  const result = seek(outputAt, target, spec.min, spec.max, inputs[inputId]);
  if (result.kind !== "found") return result;
  const cases = inputCase(inputId);
  return { ...result, withinCases: result.value >= cases.low && result.value <= cases.high };
}

/**
 * The search itself, over any output of one input: `outputAt` on [min, max], `current` the
 * value that picks among several solutions. (goalSeek adds whether the value is within cases.)
 */
export function seek(
  outputAt: (x: number) => OutputValue,
  target: number,
  min: number,
  max: number,
  current: number
): GoalSeekResult {
  const xs = scanPoints(min, max);
  const gaps = xs.map((x) => gap(outputAt(x), target));

  // Solutions: scan points that hit the target, and sign changes between neighbours. Scan
  // points in a row on the target are one solution, a plateau (whole runs funded equal the
  // target over a stretch of run costs), not one each.
  const found: { value: number; output: number; solution: number }[] = [];
  let solutions = 0;
  let jumps = false;
  for (let i = 0; i < xs.length; i++) {
    const g = gaps[i];
    if (g === 0) {
      if (gaps[i - 1] !== 0) solutions++;
      found.push({ value: xs[i] as number, output: target, solution: solutions });
    }
    const next = gaps[i + 1];
    if (g === undefined || next === undefined || g === 0 || next === 0) continue;
    if (g < 0 === next < 0) continue;
    const root = bisect(xs[i] as number, xs[i + 1] as number, g, next, outputAt, target);
    if (root) found.push({ ...root, solution: ++solutions });
    else jumps = true;
  }

  const numeric = gaps.flatMap((g, i) => (g === undefined ? [] : [{ x: xs[i] as number, g }]));
  if (numeric.length === 0) return { kind: "unreachable", reason: "no number" };
  const allOnTarget = numeric.length === xs.length && numeric.every(({ g }) => g === 0);
  if (allOnTarget) return { kind: "everywhere", value: current, output: target };

  if (found.length > 0) {
    const nearest = found.reduce((best, s) =>
      Math.abs(s.value - current) < Math.abs(best.value - current) ? s : best
    );
    return {
      kind: "found",
      value: nearest.value,
      output: nearest.output,
      solutions: distinctCount(
        found.filter((s, i) => s.solution !== found[i - 1]?.solution).map((s) => s.value)
      ),
      withinCases: false,
    };
  }

  const closest = numeric.reduce((best, p) => (Math.abs(p.g) < Math.abs(best.g) ? p : best));
  const flat = numeric.every(({ g }) => g === (numeric[0] as { g: number }).g);
  const reason = flat
    ? "flat"
    : jumps
      ? "jumps over target"
      : closest.g < 0
        ? "target above range"
        : "target below range";
  return {
    kind: "unreachable",
    reason,
    closestValue: closest.x,
    closestOutput: outputAt(closest.x),
  };
}

/**
 * Refines a sign change between a and b (gaps ga, gb) until the bracket cannot be halved;
 * returns the point with the smallest gap seen, or undefined when the output jumps over the
 * target there (a step such as whole runs funded, or a number next to "never").
 */
function bisect(
  a: number,
  b: number,
  ga: number,
  gb: number,
  outputAt: (x: number) => OutputValue,
  target: number
): { value: number; output: number } | undefined {
  let lo = a;
  let hi = b;
  let gLo = ga;
  let best = Math.abs(ga) <= Math.abs(gb) ? { x: a, g: ga } : { x: b, g: gb };
  for (let step = 0; step < MAX_BISECTIONS; step++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    const g = gap(outputAt(mid), target);
    if (g === undefined) break; // an error inside the bracket: keep what was found so far
    if (Math.abs(g) < Math.abs(best.g)) best = { x: mid, g };
    if (g === 0) break;
    if (g < 0 === gLo < 0) {
      lo = mid;
      gLo = g;
    } else {
      hi = mid;
    }
  }
  if (!(Math.abs(best.g) <= ACCEPT_RELATIVE * Math.max(1, Math.abs(target)))) return undefined;
  return { value: best.x, output: best.g + target };
}

/** Solutions closer than a millionth of their size are one (the same root found twice). */
function distinctCount(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let count = 0;
  let previous: number | undefined;
  for (const v of sorted) {
    if (
      previous === undefined ||
      Math.abs(v - previous) > 1e-6 * Math.max(Math.abs(v), Math.abs(previous))
    )
      count++;
    previous = v;
  }
  return count;
}
