/**
 * The simulation's summary as formulas a sheet evaluates (PERCENTILE.INC, AVERAGE, SUMPRODUCT
 * bin counts over the samples in columns A..D), each with the model's value, and a bit-exact
 * reading: the value scaled by a power of two to its 53-bit whole mantissa (exact) and shown as
 * two whole halves (exact, short enough to print in full), since engines print 15 digits and
 * may round a difference of nearly equal numbers to 0.
 */
import {
  DEFAULT_SETUP,
  isDomainError,
  simulate,
  SUMMARY_OUTPUTS,
  summarize,
  type Simulation,
} from "../../../src/model";

/** Seeds and trial counts of the samples (odd counts interpolate between other neighbours). */
export const SUMMARY_RUNS = [
  { seed: 1, trials: 1_000 },
  { seed: 2026, trials: 999 },
  { seed: 99_999_999, trials: 137 },
];
const PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95];
const BINS = 20;
const HALF = 2 ** 26;

export interface Check {
  readonly what: string;
  readonly formula: string;
  readonly expected: number;
}

export function simulation(seed: number, trials: number): Simulation {
  const sim = simulate({ ...DEFAULT_SETUP, seed, trials });
  if (isDomainError(sim)) throw new Error(sim.message);
  return sim;
}

/** Column (0-based) of each summary output's sample, A to D, one trial a row from row 1. */
export function sampleColumns(sim: Simulation): number[][] {
  return SUMMARY_OUTPUTS.map((id) => Array.from(sim.samples[id]?.values ?? []));
}

export function summaryChecks(sim: Simulation, sheetPrefix = ""): Check[] {
  const trials = sim.setup.trials;
  return SUMMARY_OUTPUTS.flatMap((id, c) => {
    const letter = String.fromCharCode(65 + c);
    const range = `${sheetPrefix}$${letter}$1:$${letter}$${trials}`;
    const sample = sim.samples[id];
    if (!sample) return [];
    const summary = summarize(sample, PERCENTILES, BINS);
    return [
      ...summary.percentiles.map(({ p, value }) => ({
        what: `${id} P${p}`,
        formula: `=PERCENTILE.INC(${range},${p})`,
        expected: value as number,
      })),
      { what: `${id} mean`, formula: `=AVERAGE(${range})`, expected: summary.mean as number },
      ...summary.histogram.map((bin, b) => {
        const last = b === summary.histogram.length - 1;
        const upper = `(${range}${last ? "<=" : "<"}${bin.to.toPrecision(17)})`;
        return {
          what: `${id} bin ${b}`,
          formula: `=SUMPRODUCT((${range}>=${bin.from.toPrecision(17)})*${upper})`,
          expected: bin.count,
        };
      }),
    ];
  });
}

/** The power of two that makes |x| a whole mantissa in [2^52, 2^53) (0 for 0). */
function mantissaScale(x: number): number {
  return x === 0 ? 0 : 52 - Math.floor(Math.log2(Math.abs(x)));
}

/** The two halves of x's mantissa, as the model has them: "hi lo". */
export function halves(x: number): string {
  const m = Math.abs(x) * 2 ** mantissaScale(x);
  return `${Math.floor(m / HALF)} ${m - Math.floor(m / HALF) * HALF}`;
}

/** Formulas that show the same two halves for the value in `cell`, scaled as `expected` is. */
export function halvesFormulas(cell: string, expected: number): [string, string] {
  const m = `ABS(${cell})*2^${mantissaScale(expected)}`;
  return [`=INT(${m}/${HALF})`, `=${m}-INT(${m}/${HALF})*${HALF}`];
}
