/**
 * The shape of an uncertain input between its low and high case, and the draw from a uniform
 * u in (0, 1) by the inverse of its cumulative distribution. Each draw is written in the very
 * steps a native formula takes (shown beside it, with a = low, m = value, b = high), so that a
 * workbook computes the same doubles.
 *
 * PERT is left out: its inverse needs the inverse incomplete beta (BETA.INV), which each engine
 * approximates its own way, so no sheet could match the model to the last bit.
 */

export type Shape = "fixed" | "uniform" | "triangular";
export const SHAPES: readonly Shape[] = ["fixed", "uniform", "triangular"];

/** What the Inputs sheet's list shows for each shape. */
export const SHAPE_LABELS: Readonly<Record<Shape, string>> = {
  fixed: "Fixed (the value)",
  uniform: "Uniform (low to high)",
  triangular: "Triangular (low, value, high)",
};

export function isShape(x: unknown): x is Shape {
  return typeof x === "string" && (SHAPES as readonly string[]).includes(x);
}

/**
 * The input's value for uniform u, with low ≤ value ≤ high:
 * - fixed:      m
 * - uniform:    a+u*(b-a)
 * - triangular: IF(u*(b-a)<m-a, a+SQRT(u*(b-a)*(m-a)), b-SQRT((1-u)*(b-a)*(b-m)))
 *   (the mode's cumulative share (m−a)/(b−a) compared without dividing, so that b = a draws a).
 */
export function drawValue(
  shape: Shape,
  low: number,
  value: number,
  high: number,
  u: number
): number {
  if (shape === "fixed") return value;
  const width = high - low;
  if (shape === "uniform") return low + u * width;
  return u * width < value - low
    ? low + Math.sqrt(u * width * (value - low))
    : high - Math.sqrt((1 - u) * width * (high - value));
}
