/**
 * The HDR generator (Hubbard Decision Research, version 2.0), the counter-based random number
 * generator of the SIPmath 3.0 standard: a uniform from a trial number and four identifiers,
 * with no state, so that any trial of any variable can be drawn on its own and the same stream
 * comes out of this model, of a spreadsheet formula (hdrFormula.ts) and of any other tool that
 * implements the standard. Its sources and what the engines do with it: docs/HOSTS.md.
 *
 * The steps (every value a whole number; mod is the non-negative remainder):
 *   key1 = trial·2499997 + variable·1800451 + entity·2000371 + seed3·1796777 + seed4·2299603
 *   key2 = trial·2246527 + variable·2399993 + entity·2100869 + seed3·1918303 + seed4·1624729
 *   h1 = mod(mod(P, mod(key1, 7450589)·4658 + 7450581)·383, 99991)
 *   h2 = mod(mod(P, mod(key2, 7450987)·7580 + 7560584)·17669, 7440893)     with P = 10^15 − 11
 *   k  = mod((h1·7440893 + h2)·1343, 2^32)
 *   u  = (k + 0.5) / 2^32, in (0, 1): never 0 or 1, so an inverse CDF never sees its ends.
 *
 * Exact in double precision: with each identifier a whole number from 0 to HDR_MAX_ID, every
 * intermediate above stays below 2^53 (the largest are key1 < 1.04·10^15, the dividend of the
 * h2 step < 9.99·10^14 and that of k < 9.993·10^14; test/model/hdr.test.ts recomputes each
 * bound with BigInt), so every product and sum is an exact integer, and each remainder, taken
 * as a − b·⌊a/b⌋ (see `remainder`), is exact. Dividing by 2^32 is exact too.
 */

/** The standard's identifiers run up to 100 million (eight digits). */
export const HDR_MAX_ID = 99_999_999;
export const HDR_PRIME = 999_999_999_999_989; // 10^15 − 11
export const HDR_TWO_POW_32 = 4_294_967_296;

/** The constants of the two hashes, by position: trial, variable, entity, seed3, seed4. */
export const HDR_KEY1 = [2_499_997, 1_800_451, 2_000_371, 1_796_777, 2_299_603] as const;
export const HDR_KEY2 = [2_246_527, 2_399_993, 2_100_869, 1_918_303, 1_624_729] as const;
/** One of the two hashes: mod(mod(P, mod(key, modulus)·times + plus)·mix, fold). */
export interface HdrHash {
  readonly modulus: number;
  readonly times: number;
  readonly plus: number;
  readonly mix: number;
  readonly fold: number;
}
export const HDR_HASH1: HdrHash = {
  modulus: 7_450_589,
  times: 4_658,
  plus: 7_450_581,
  mix: 383,
  fold: 99_991,
} as const;
export const HDR_HASH2: HdrHash = {
  modulus: 7_450_987,
  times: 7_580,
  plus: 7_560_584,
  mix: 17_669,
  fold: 7_440_893,
} as const;
export const HDR_COMBINE = { times: 7_440_893, mix: 1_343 } as const;

/** Where a draw sits in the stream: whole numbers from 0 to HDR_MAX_ID (trials from 1). */
export interface HdrCounter {
  readonly trial: number;
  readonly variable: number;
  readonly entity: number;
  readonly seed3?: number;
  readonly seed4?: number;
}

/** True for an identifier the generator keeps exact: a whole number from 0 to HDR_MAX_ID. */
export function isHdrId(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= HDR_MAX_ID;
}

// The constants above as plain numbers, once, for the hot loop.
const [K1T, K1V, K1E, K1S3, K1S4] = HDR_KEY1;
const [K2T, K2V, K2E, K2S3, K2S4] = HDR_KEY2;
const H1 = HDR_HASH1;
const H2 = HDR_HASH2;
const { times: COMBINE_TIMES, mix: COMBINE_MIX } = HDR_COMBINE;
const [H1M, H1T, H1P, H1X, H1F] = [H1.modulus, H1.times, H1.plus, H1.mix, H1.fold];
const [H2M, H2T, H2P, H2X, H2F] = [H2.modulus, H2.times, H2.plus, H2.mix, H2.fold];

/**
 * The HDR 2.0 uniform for one trial of one variable, in (0, 1). Arguments must satisfy
 * isHdrId (callers check once, not per draw); seed3 and seed4 default to 0, as the standard.
 */
export function hdrUniform(
  trial: number,
  variable: number,
  entity: number,
  seed3 = 0,
  seed4 = 0
): number {
  const key1 = trial * K1T + variable * K1V + entity * K1E + seed3 * K1S3 + seed4 * K1S4;
  const key2 = trial * K2T + variable * K2V + entity * K2E + seed3 * K2S3 + seed4 * K2S4;
  const h1 = remainder(remainder(HDR_PRIME, remainder(key1, H1M) * H1T + H1P) * H1X, H1F);
  const h2 = remainder(remainder(HDR_PRIME, remainder(key2, H2M) * H2T + H2P) * H2X, H2F);
  const k = remainder((h1 * COMBINE_TIMES + h2) * COMBINE_MIX, HDR_TWO_POW_32);
  return (k + 0.5) / HDR_TWO_POW_32;
}

/**
 * The remainder of whole a ≥ 0 by whole b > 0, as the sheet's formula takes it: a − b·⌊a/b⌋.
 * Exact when a + b < 2^53 (every call above): the true quotient q + r/b lies at least 1/b
 * below q + 1, more than the rounding of a/b (at most (q + 1)·2^-53 < 1/b), so the floor is q,
 * and b·q ≤ a is an exact integer. (Also several times faster than `%` on doubles this large.)
 */
export function remainder(a: number, b: number): number {
  return a - b * Math.floor(a / b);
}

/** The same draw from a counter record. */
export function hdrUniformAt(at: HdrCounter): number {
  return hdrUniform(at.trial, at.variable, at.entity, at.seed3 ?? 0, at.seed4 ?? 0);
}
