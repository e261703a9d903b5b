/**
 * Draws the Trials sheet's formula (drawFormula) must give exactly as the model's drawValue:
 * every shape, every input's cases from the article, HDR uniforms, and the corner cases (the
 * value at either case, both cases equal).
 */
import {
  DEFAULT_CASES,
  DEFAULT_INPUTS,
  drawValue,
  hdrUniform,
  INPUT_IDS,
  SHAPE_LABELS,
  SHAPES,
  type Shape,
} from "../../../src/model";

export interface DrawRow {
  readonly shape: Shape;
  readonly low: number;
  readonly value: number;
  readonly high: number;
  readonly u: number;
  readonly expected: number;
}

/** Trials per input and shape. */
const TRIALS = 60;

export function drawRows(): DrawRow[] {
  const rows: DrawRow[] = [];
  const add = (shape: Shape, low: number, value: number, high: number, u: number): void => {
    rows.push({ shape, low, value, high, u, expected: drawValue(shape, low, value, high, u) });
  };
  for (const shape of SHAPES) {
    INPUT_IDS.forEach((id, variable) => {
      const { low, high } = DEFAULT_CASES[id];
      for (let t = 1; t <= TRIALS; t++)
        add(shape, low, DEFAULT_INPUTS[id], high, hdrUniform(t, variable + 1, 7));
    });
    for (let t = 1; t <= TRIALS; t++) {
      const u = hdrUniform(t, 99, 7);
      add(shape, 0.05, 0.05, 0.1, u); // mode at the low case
      add(shape, 7e9, 8e9, 8e9, u); // mode at the high case
      add(shape, 40e9, 40e9, 40e9, u); // no width
    }
  }
  return rows;
}

export function shapeText(shape: Shape): string {
  return SHAPE_LABELS[shape];
}
