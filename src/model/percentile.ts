/**
 * Summaries of a sample as Excel computes them, so that the model's numbers equal the sheet's:
 * PERCENTILE.INC (and PERCENTILE, the same function), AVERAGE, and histogram counts.
 */

/**
 * Excel's PERCENTILE.INC(values, p) of values sorted ascending, p from 0 to 1: the rank
 * h = (n − 1)·p, and between the neighbours at ⌊h⌋ and ⌊h⌋ + 1 linearly:
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Undefined for an empty sample (Excel: #NUM!).
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return undefined;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lower = sorted[i] as number;
  if (i + 1 >= n) return lower;
  return lower + (h - i) * ((sorted[i + 1] as number) - lower);
}

/** Excel's AVERAGE: the sum in order, divided by the count. Undefined when empty (#DIV/0!). */
export function average(values: ArrayLike<number>): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

export interface HistogramBin {
  /** Lower edge, included. */
  readonly from: number;
  /** Upper edge: excluded, except in the last bin, which holds the maximum. */
  readonly to: number;
  readonly count: number;
}

/**
 * Equal bins from the smallest value to the largest: edge i is min + i·((max − min)/bins)
 * (the sheet's formula in that order), a value counts in the bin with from ≤ v < to, and the
 * last bin also takes v = max (its upper edge is the maximum itself). All values
 * equal: one bin holding them all. Empty sample: no bins. On a sheet the counts are
 * SUMPRODUCT((r>=from)*(r<to)), not COUNTIFS(r,">="&from,…): "&" turns the edge into text of
 * 15 digits, which moves it, and a value on the edge lands in the wrong bin.
 */
export function histogram(sorted: ArrayLike<number>, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0 || bins < 1) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (min === max) return [{ from: min, to: max, count: n }];
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const result: HistogramBin[] = [];
  // One pass over the sorted values: each bin takes the run below its upper edge.
  let i = 0;
  for (let b = 0; b < bins; b++) {
    const from = edges[b] as number;
    const to = edges[b + 1] as number;
    const start = i;
    if (b === bins - 1) i = n;
    else while (i < n && (sorted[i] as number) < to) i++;
    result.push({ from, to, count: i - start });
  }
  return result;
}
