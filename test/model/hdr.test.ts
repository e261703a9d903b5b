import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HDR_COMBINE,
  HDR_HASH1,
  HDR_HASH2,
  HDR_KEY1,
  HDR_KEY2,
  HDR_MAX_ID,
  HDR_PRIME,
  HDR_TWO_POW_32,
  type HdrHash,
  hdrUniform,
  hdrUniformAt,
  isHdrId,
  remainder,
} from "../../src/model";

const TWO_POW_53 = 2n ** 53n;
const big = BigInt;

describe("the HDR 2.0 generator", () => {
  it("gives the values published with the standard's Python package (hdr-random: entity 10, variable 2, seeds 3 and 4)", () => {
    // pypi.org/project/hdr-random: HDRandom(entity=10, varId=2, seed3=3, seed4=4), counters 1 to 9.
    const published = [
      0.18532938009593636, 0.9937039703363553, 0.09836426738183945, 0.7941507144132629,
      0.7279702170053497, 0.03101965703535825, 0.41562155552674085, 0.06352685287129134,
      0.8691775795305148,
    ];
    expect(published.map((_, i) => hdrUniform(i + 1, 2, 10, 3, 4))).toEqual(published);
  });

  it("gives the values an independent implementation checked against Excel (entity 1, variable 2, seeds 3 and 4), to Excel's 15 digits", () => {
    // github.com/risquanter/simulation-util, src/test/resources/testfile.txt (counter; uniform).
    const excel: [number, string][] = [
      [1, "0.726317962515168"],
      [2, "0.626778796431608"],
      [7, "0.00966813613194972"],
      [32, "0.999990903888829"],
      [335, "0.951146405772306"],
    ];
    for (const [trial, shown] of excel) {
      expect(
        hdrUniformAt({ trial, variable: 2, entity: 1, seed3: 3, seed4: 4 }).toPrecision(15)
      ).toBe(Number(shown).toPrecision(15));
    }
  });

  it("keeps every intermediate below 2^53 for identifiers up to HDR_MAX_ID (bounds recomputed exactly)", () => {
    const id = big(HDR_MAX_ID);
    const keyMax = (k: readonly number[]): bigint => k.reduce((sum, c) => sum + big(c) * id, 0n);
    const divisorMax = (h: HdrHash): bigint => big(h.modulus - 1) * big(h.times) + big(h.plus);
    const bounds = [
      keyMax(HDR_KEY1), // key1 and its remainder's dividend
      keyMax(HDR_KEY2),
      big(HDR_PRIME) + divisorMax(HDR_HASH1), // P and its divisor
      big(HDR_PRIME) + divisorMax(HDR_HASH2),
      (divisorMax(HDR_HASH1) - 1n) * big(HDR_HASH1.mix) + big(HDR_HASH1.fold),
      (divisorMax(HDR_HASH2) - 1n) * big(HDR_HASH2.mix) + big(HDR_HASH2.fold),
      (big(HDR_HASH1.fold - 1) * big(HDR_COMBINE.times) + big(HDR_HASH2.fold - 1)) *
        big(HDR_COMBINE.mix) +
        big(HDR_TWO_POW_32),
    ];
    // Each is a remainder's a + b (the condition for a − b·⌊a/b⌋ to be exact), or a product's size.
    for (const b of bounds) expect(b < TWO_POW_53).toBe(true);
    expect(Number(bounds[0])).toBeLessThan(1.04e15);
  });

  /** Whole numbers with a + b below 2^53, as the generator's remainders are. */
  const EXACT_LIMIT = 2 ** 52 - 1;
  it("takes each remainder exactly as BigInt does, for any whole a, b with a + b < 2^53", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: EXACT_LIMIT }),
        fc.integer({ min: 1, max: EXACT_LIMIT }),
        (a, b) => {
          expect(big(remainder(a, b))).toBe(big(a) % big(b));
        }
      )
    );
  });

  /** Trials as a workbook numbers them (a million is far beyond any sheet). */
  const MAX_TRIAL = 1_000_000;
  /** Variables: one per input, with room for many more. */
  const MAX_VARIABLE = 1_000;
  it("gives a uniform in (0, 1) on the 2^-32 grid, the same every time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_TRIAL }),
        fc.integer({ min: 0, max: MAX_VARIABLE }),
        fc.integer({ min: 0, max: HDR_MAX_ID }),
        (trial, variable, entity) => {
          const u = hdrUniform(trial, variable, entity);
          expect(u).toBeGreaterThan(0);
          expect(u).toBeLessThan(1);
          const k = u * HDR_TWO_POW_32 - 0.5;
          expect(Number.isInteger(k)).toBe(true);
          expect(hdrUniform(trial, variable, entity)).toBe(u);
        }
      )
    );
  });

  it("spreads evenly: 100,000 draws fill ten bins within 3% of each other's share", () => {
    const bins = new Array<number>(10).fill(0);
    const n = 100_000;
    for (let t = 1; t <= n; t++) bins[Math.floor(hdrUniform(t, 1, 1) * 10)]! += 1;
    for (const count of bins) expect(Math.abs(count / n - 0.1)).toBeLessThan(0.003);
  });

  it("accepts as identifiers only whole numbers from 0 to 99,999,999", () => {
    expect([0, 1, HDR_MAX_ID].every(isHdrId)).toBe(true);
    expect([-1, 0.5, HDR_MAX_ID + 1, Number.NaN].some(isHdrId)).toBe(false);
  });
});
