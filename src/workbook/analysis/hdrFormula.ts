/**
 * The HDR generator (src/model/hdr.ts) as one native spreadsheet formula, so that a workbook
 * draws exactly the model's uniforms with no add-in and no volatile function.
 *
 * Only + − × / and INT, which Excel 2016, LibreOffice and IronCalc all compute exactly on
 * whole numbers below 2^53. No MOD: Excel's MOD refuses a quotient of 2^27 or more in some
 * versions, and the generator's dividends reach 10^15 (docs/HOSTS.md). The remainder is
 * written a − b·INT(a/b) instead, which is exact for whole a, b ≥ 0 with a + b < 2^53:
 * a/b is then rounded by less than the distance 1/b to the next whole number, so INT gives
 * the true quotient, and b·INT(a/b) ≤ a is an exact integer. Every dividend here meets that
 * bound (src/model/hdr.ts proves the bounds). Each remainder repeats its dividend, so the
 * formula is long (2,240 characters for three short references, about 3,000 with five or with
 * sheet-qualified ones; Excel allows 8,192).
 */
import {
  HDR_COMBINE,
  HDR_HASH1,
  HDR_HASH2,
  HDR_KEY1,
  HDR_KEY2,
  HDR_PRIME,
  HDR_TWO_POW_32,
  type HdrHash,
} from "../../model/hdr";
import { SHAPE_LABELS } from "../../model/distributions";

/** The cells (or constants) a draw reads, as formula text: "A2", "$B$1", "Inputs!C4", "0". */
export interface HdrFormulaArguments {
  readonly trial: string;
  readonly variable: string;
  readonly entity: string;
  readonly seed3?: string;
  readonly seed4?: string;
}

/** The non-negative remainder of whole a by whole b, without MOD. */
function remainder(a: string, b: string): string {
  return `(${a}-${b}*INT(${a}/${b}))`;
}

function key(args: HdrFormulaArguments, constants: readonly number[]): string {
  const cells = [args.trial, args.variable, args.entity, args.seed3 ?? "0", args.seed4 ?? "0"];
  return cells
    .map((cell, i) => ({ cell, factor: constants[i] as number }))
    .filter(({ cell }) => cell !== "0")
    .map(({ cell, factor }) => `${cell}*${factor}`)
    .join("+");
}

function hash(keyText: string, h: HdrHash): string {
  const divisor = `(${remainder(`(${keyText})`, String(h.modulus))}*${h.times}+${h.plus})`;
  return remainder(`${remainder(String(HDR_PRIME), divisor)}*${h.mix}`, String(h.fold));
}

/** The uniform from the two hashes' texts (formulas or cells). */
function combined(h1: string, h2: string): string {
  const k = remainder(
    `(${h1}*${HDR_COMBINE.times}+${h2})*${HDR_COMBINE.mix}`,
    String(HDR_TWO_POW_32)
  );
  return `=(${k}+0.5)/${HDR_TWO_POW_32}`;
}

/** The formula text (with its "=") of the HDR 2.0 uniform for these cells, in (0, 1). */
export function hdrUniformFormula(args: HdrFormulaArguments): string {
  return combined(hash(key(args, HDR_KEY1), HDR_HASH1), hash(key(args, HDR_KEY2), HDR_HASH2));
}

/**
 * The two keys' sums split in two, each part for a cell of its own: the trial's (one cell per
 * row, shared by every input) and the rest (one per input). Every key's text appears 8 times
 * in its hash, so the cells make the formulas about 40% shorter; the sums are of whole numbers
 * below 2^53, exact in any order.
 */
export function hdrKeyParts(args: HdrFormulaArguments): {
  readonly trial: readonly [string, string];
  readonly rest: readonly [string, string];
} {
  const rest = { ...args, trial: "0" };
  const trialOnly = { trial: args.trial, variable: "0", entity: "0" };
  return {
    trial: [key(trialOnly, HDR_KEY1), key(trialOnly, HDR_KEY2)],
    rest: [key(rest, HDR_KEY1), key(rest, HDR_KEY2)],
  };
}

/** What each cell of a uniform in steps holds (hdrUniformSteps), the uniform last. */
export const HDR_STEP_NAMES: readonly string[] = ["HDR hash 1", "HDR hash 2", "Uniform draw"];
export const HDR_STEPS = HDR_STEP_NAMES.length;

/**
 * The uniform from the two keys' texts in HDR_STEPS formulas, each in a cell of its own
 * (`step(i)` is the address of step i): the two hashes, then the uniform from them. In one
 * formula the last remainder repeats its dividend, so each hash would be computed twice; in
 * cells each is computed once, which takes about a quarter off what IronCalc spends on a
 * whole recalculation (docs/HOSTS.md). A hash is a whole number below 7,440,893, which a cell
 * holds exactly, so the uniform is the same double as hdrUniformFormula's.
 */
export function hdrUniformSteps(key1: string, key2: string, step: (i: number) => string): string[] {
  return [`=${hash(key1, HDR_HASH1)}`, `=${hash(key2, HDR_HASH2)}`, combined(step(0), step(1))];
}

/** The cells a shaped draw reads: the shape's text (a SHAPE_LABELS entry), the cases, u. */
export interface DrawFormulaArguments {
  readonly shape: string;
  readonly low: string;
  readonly value: string;
  readonly high: string;
  readonly uniform: string;
}

/**
 * The input's value drawn from its shape (src/model/distributions.ts drawValue), in the model's
 * very steps, for the Trials sheet: the shape cell holds one of SHAPE_LABELS' texts.
 */
export function drawFormula(args: DrawFormulaArguments): string {
  const { shape, low: a, value: m, high: b, uniform: u } = args;
  const triangular = `IF(${u}*(${b}-${a})<${m}-${a},${a}+SQRT(${u}*(${b}-${a})*(${m}-${a})),${b}-SQRT((1-${u})*(${b}-${a})*(${b}-${m})))`;
  return `=IF(${shape}="${SHAPE_LABELS.fixed}",${m},IF(${shape}="${SHAPE_LABELS.uniform}",${a}+${u}*(${b}-${a}),${triangular}))`;
}
