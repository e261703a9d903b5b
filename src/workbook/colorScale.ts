/**
 * Excel's three-colour scale, as the Map sheet's grid has it (PlanSheet.colorScales): the
 * lowest number gets the lowest colour, the 50th percentile the middle one, the highest number
 * the highest one, and every number between is blended linearly (per red, green and blue) from
 * the two colours on either side. Text, errors, booleans and empty cells take part in nothing
 * and get no fill. A pure function, for any host that must draw the scale itself (the preview's
 * engine has no conditional formats; docs/HOSTS.md).
 */

export interface ColourScale {
  /** "#RRGGBB" for the lowest value, the 50th percentile and the highest value. */
  readonly lowest: string;
  readonly middle: string;
  readonly highest: string;
}

/** A cell's value as the scale sees it: only finite numbers count. */
export type ScaleValue = number | string | boolean | null | undefined;

/**
 * The fill of each value, in order ("#RRGGBB"), or undefined where the value is not a number.
 * Where the lowest, middle and highest points coincide (one number, or ties), a value at that
 * point takes the middle colour.
 */
export function colourScaleFills(
  values: readonly ScaleValue[],
  scale: ColourScale
): (string | undefined)[] {
  const numbers = values.filter(isNumber).sort((a, b) => a - b);
  if (numbers.length === 0) return values.map(() => undefined);
  const min = numbers[0] ?? 0;
  const max = numbers[numbers.length - 1] ?? 0;
  const mid = percentile50(numbers);
  const low = rgbOf(scale.lowest);
  const middle = rgbOf(scale.middle);
  const high = rgbOf(scale.highest);
  return values.map((value) => {
    if (!isNumber(value)) return undefined;
    if (value < mid) return hexOf(blend(low, middle, (value - min) / (mid - min)));
    if (value > mid) return hexOf(blend(middle, high, (value - mid) / (max - mid)));
    return hexOf(middle);
  });
}

function isNumber(value: ScaleValue): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Excel's PERCENTILE.INC(…, 0.5) of sorted numbers: the median, interpolated. */
function percentile50(sorted: readonly number[]): number {
  const rank = (sorted.length - 1) * 0.5;
  const below = sorted[Math.floor(rank)] ?? 0;
  const above = sorted[Math.ceil(rank)] ?? below;
  return below + (above - below) * (rank - Math.floor(rank));
}

type Rgb = readonly [number, number, number];

function rgbOf(colour: string): Rgb {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (hex === undefined) throw new Error(`Not a "#RRGGBB" colour: ${colour}`);
  const value = parseInt(hex, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function blend(from: Rgb, to: Rgb, t: number): Rgb {
  const mix = (a: number, b: number): number => a + (b - a) * t;
  return [mix(from[0], to[0]), mix(from[1], to[1]), mix(from[2], to[2])];
}

function hexOf(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}
