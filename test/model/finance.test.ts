import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  annualSaving,
  breakevenShare,
  costRatio,
  DomainError,
  isDomainError,
  NEVER,
  runsFunded,
  runwayMonths,
  runwayYears,
  spendAtEfficiency,
  stakeBought,
} from "../../src/model";

/** Property bounds: money from $1 to $10 trillion, the scale of every figure in the article and then some. */
const MIN_USD = 1;
const MAX_USD = 1e13;
const usd = fc.double({ min: MIN_USD, max: MAX_USD, noNaN: true });
/** Growth from −90% to +200% a year: beyond that no analyst scenario goes. */
const growth = fc.double({ min: -0.9, max: 2, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });
/** Target runways from a month to a century. */
const years = fc.double({ min: 1 / 12, max: 100, noNaN: true });

/** Runway as an ordered number: NEVER is longer than any number of years. */
function asYears(r: ReturnType<typeof runwayYears>): number {
  if (r === NEVER) return Number.POSITIVE_INFINITY;
  if (isDomainError(r)) throw new Error(r.message);
  return r;
}

function kindOf(r: unknown): string | undefined {
  return r instanceof DomainError ? r.kind : undefined;
}

describe("the article's numbers, worked by hand", () => {
  it("V3's $6M against Orion's $500M is 1.2%", () => {
    expect(costRatio(6e6, 500e6)).toBeCloseTo(0.012, 15); // 6 / 500
  });

  it("$40B lasts 40/7.5 = 5.33 years at $7.5B a year, 40/7 at $7B and 5 at $8B", () => {
    expect(runwayYears(40e9, 7.5e9)).toBeCloseTo(40 / 7.5, 12);
    expect(runwayYears(40e9, 7e9)).toBeCloseTo(40 / 7, 12);
    expect(runwayYears(40e9, 8e9)).toBe(5);
    expect(runwayMonths(40e9, 7.5e9)).toBeCloseTo(64, 10); // 5.33 × 12
  });

  it("a burn growing 30% a year: T = ln(1 + 40·ln1.3/7.5) / ln1.3 = 3.3357 years", () => {
    const k = Math.log(1.3);
    expect(runwayYears(40e9, 7.5e9, 0.3)).toBeCloseTo(Math.log(1 + (40 * k) / 7.5) / k, 12);
    expect(runwayYears(40e9, 7.5e9, 0.3)).toBeCloseTo(3.335694589, 8);
  });

  it("revenue offsets the burn: $7.5B spend less $2.5B revenue leaves $5B, so 8 years", () => {
    expect(runwayYears(40e9, 7.5e9, 0, 2.5e9)).toBeCloseTo(8, 12);
  });

  it("R1 at 5-10% of $7.5B spends $375M to $750M; 7.5% is $562.5M and saves $6.9375B", () => {
    expect(spendAtEfficiency(7.5e9, 0.05)).toBeCloseTo(375e6, 3);
    expect(spendAtEfficiency(7.5e9, 0.1)).toBeCloseTo(750e6, 3);
    expect(spendAtEfficiency(7.5e9, 0.075)).toBeCloseTo(562.5e6, 3);
    expect(annualSaving(7.5e9, 0.075)).toBeCloseTo(6.9375e9, 2);
  });

  it("$40B funds 80 Orion runs and 6,666 V3 runs", () => {
    expect(runsFunded(40e9, 500e6)).toBe(80);
    expect(runsFunded(40e9, 6e6)).toBe(6666); // 6,666.67 rounded down: a run is whole
  });

  it("$40B at $300B post-money buys 13.33%", () => {
    expect(stakeBought(40e9, 300e9)).toBeCloseTo(40 / 300, 15);
  });

  it("Microsoft's $80B is 10.67 times OpenAI's $7.5B a year", () => {
    expect(costRatio(80e9, 7.5e9)).toBeCloseTo(80 / 7.5, 12);
  });

  it("lasting 10 years on $40B at $7.5B a year needs a share of 4/7.5 = 53.3%", () => {
    expect(breakevenShare(40e9, 7.5e9, 10)).toBeCloseTo(4 / 7.5, 12);
  });
});

describe("runwayYears", () => {
  it("growth 0 is the plain division, exactly", () => {
    fc.assert(
      fc.property(usd, usd, (cash, burn) => {
        expect(runwayYears(cash, burn, 0)).toBe(cash / burn);
        expect(runwayYears(cash, burn)).toBe(cash / burn);
      })
    );
  });

  it("is never when revenue covers the burn", () => {
    expect(runwayYears(40e9, 7.5e9, 0, 7.5e9)).toBe(NEVER);
    expect(runwayYears(40e9, 0)).toBe(NEVER);
  });

  it("is never when a shrinking burn never adds up to the cash", () => {
    // −50% a year: total spend over all time is 7.5 / ln 2 = $10.8B < $40B.
    expect(runwayYears(40e9, 7.5e9, -0.5)).toBe(NEVER);
    expect(runwayYears(5e9, 7.5e9, -0.5)).toBeTypeOf("number");
  });

  it("no cash lasts no time", () => {
    expect(runwayYears(0, 7.5e9)).toBe(0);
  });

  it("more burn never gives more runway", () => {
    fc.assert(
      fc.property(
        usd,
        usd,
        usd,
        growth,
        fc.double({ min: 0, max: MAX_USD, noNaN: true }),
        (cash, b1, b2, g, rev) => {
          const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
          expect(asYears(runwayYears(cash, hi, g, rev))).toBeLessThanOrEqual(
            asYears(runwayYears(cash, lo, g, rev)) * (1 + 1e-12)
          );
        }
      )
    );
  });

  it("more cash never gives less runway", () => {
    fc.assert(
      fc.property(usd, usd, usd, growth, (c1, c2, burn, g) => {
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(asYears(runwayYears(hi, burn, g))).toBeGreaterThanOrEqual(
          asYears(runwayYears(lo, burn, g)) * (1 - 1e-12)
        );
      })
    );
  });
});

describe("breakevenShare: the goal seek in closed form", () => {
  it("reproduces its target runway", () => {
    // Near the asymptote of a shrinking burn ((1+g)^T tiny) the runway is so sensitive that
    // double precision loses digits of T: there the next property checks it in money terms.
    const ASYMPTOTE_MARGIN = 1e-6;
    fc.assert(
      fc.property(usd, usd, years, growth, (cash, spend, target, g) => {
        fc.pre(Math.pow(1 + g, target) > ASYMPTOTE_MARGIN);
        const s = breakevenShare(cash, spend, target, g);
        if (isDomainError(s)) return; // overflow of an extreme combination, reported as #NUM!
        const reached = runwayYears(cash, s * spend, g);
        expect(typeof reached).toBe("number");
        expect(reached as number).toBeCloseTo(target, 6);
      })
    );
  });

  it("spends exactly the cash by the target, at any growth", () => {
    fc.assert(
      fc.property(usd, usd, years, growth, (cash, spend, target, g) => {
        const s = breakevenShare(cash, spend, target, g);
        if (isDomainError(s)) return;
        const k = Math.log(1 + g);
        const burn = s * spend;
        // ∫₀ᵀ burn·e^(kt) dt, the cumulative spend the runway convention defines.
        const spent = k === 0 ? burn * target : (burn * Math.expm1(k * target)) / k;
        expect(spent / cash).toBeCloseTo(1, 9);
      })
    );
  });

  it("with revenue, the share covers the revenue-net burn", () => {
    const s = breakevenShare(40e9, 7.5e9, 10, 0, 1e9) as number;
    expect(s).toBeCloseTo(5 / 7.5, 12); // net burn 4 + revenue 1 = 5 of 7.5
    expect(runwayYears(40e9, s * 7.5e9, 0, 1e9)).toBeCloseTo(10, 10);
  });
});

describe("costRatio", () => {
  it("ratio(a, b) × ratio(b, a) = 1", () => {
    fc.assert(
      fc.property(usd, usd, (a, b) => {
        expect((costRatio(a, b) as number) * (costRatio(b, a) as number)).toBeCloseTo(1, 12);
      })
    );
  });
});

describe("spend, saving and runs", () => {
  it("spend at efficiency plus the saving is the spend", () => {
    fc.assert(
      fc.property(usd, share, (spend, s) => {
        expect(
          (spendAtEfficiency(spend, s) as number) + (annualSaving(spend, s) as number)
        ).toBeCloseTo(spend, 0);
      })
    );
  });

  it("runs funded are whole and never cost more than the budget", () => {
    fc.assert(
      fc.property(usd, usd, (budget, run) => {
        const n = runsFunded(budget, run) as number;
        expect(Number.isInteger(n)).toBe(true);
        expect(n * run).toBeLessThanOrEqual(budget * (1 + 1e-12));
      })
    );
  });
});

describe("bad input gives its domain error, never NaN, Infinity or a throw", () => {
  const cases: [string, () => unknown, string][] = [
    ["zero baseline", () => costRatio(6e6, 0), "div0"],
    ["negative baseline", () => costRatio(6e6, -1), "num"],
    ["negative cost", () => costRatio(-1, 500e6), "num"],
    ["NaN cost", () => costRatio(Number.NaN, 500e6), "value"],
    ["infinite baseline", () => costRatio(6e6, Number.POSITIVE_INFINITY), "value"],
    ["overflowing ratio", () => costRatio(1e308, 1e-308), "num"],
    ["negative cash", () => runwayYears(-1, 7.5e9), "num"],
    ["negative burn", () => runwayYears(40e9, -7.5e9), "num"],
    ["NaN burn", () => runwayYears(40e9, Number.NaN), "value"],
    ["infinite cash", () => runwayYears(Number.POSITIVE_INFINITY, 7.5e9), "value"],
    ["growth of −100%", () => runwayYears(40e9, 7.5e9, -1), "num"],
    ["negative revenue", () => runwayYears(40e9, 7.5e9, 0, -1), "num"],
    ["runway overflow", () => runwayYears(1e308, 1e-308), "num"],
    ["months of NaN growth", () => runwayMonths(40e9, 7.5e9, Number.NaN), "value"],
    ["share above 1", () => spendAtEfficiency(7.5e9, 1.5), "num"],
    ["negative share", () => spendAtEfficiency(7.5e9, -0.05), "num"],
    ["negative spend", () => spendAtEfficiency(-7.5e9, 0.05), "num"],
    ["saving at share above 1", () => annualSaving(7.5e9, 1.01), "num"],
    ["saving with NaN", () => annualSaving(Number.NaN, 0.05), "value"],
    ["zero-cost run", () => runsFunded(40e9, 0), "div0"],
    ["negative budget", () => runsFunded(-40e9, 6e6), "num"],
    ["infinite run cost", () => runsFunded(40e9, Number.NEGATIVE_INFINITY), "value"],
    ["zero valuation", () => stakeBought(40e9, 0), "div0"],
    ["round above valuation", () => stakeBought(400e9, 300e9), "num"],
    ["negative round", () => stakeBought(-1, 300e9), "num"],
    ["zero spend in goal seek", () => breakevenShare(40e9, 0, 10), "div0"],
    ["zero cash in goal seek", () => breakevenShare(0, 7.5e9, 10), "num"],
    ["zero target", () => breakevenShare(40e9, 7.5e9, 0), "num"],
    ["negative target", () => breakevenShare(40e9, 7.5e9, -10), "num"],
    ["growth below −100% in goal seek", () => breakevenShare(40e9, 7.5e9, 10, -2), "num"],
    ["NaN revenue in goal seek", () => breakevenShare(40e9, 7.5e9, 10, 0, Number.NaN), "value"],
  ];
  it.each(cases)("%s", (_name, call, kind) => {
    const result = call();
    expect(kindOf(result)).toBe(kind);
    expect((result as DomainError).message.length).toBeGreaterThan(10);
  });

  it("any input at all: a finite number, never, or a DomainError", () => {
    const anything = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1e308, -1e308, 1e-308, Number.NaN, Number.POSITIVE_INFINITY, 1, -1)
    );
    const ok = (r: unknown) =>
      (typeof r === "number" && Number.isFinite(r)) || r === NEVER || r instanceof DomainError;
    fc.assert(
      fc.property(anything, anything, anything, anything, anything, (a, b, c, d, e) => {
        for (const r of [
          costRatio(a, b),
          runwayYears(a, b, c, d),
          runwayMonths(a, b, c, d),
          spendAtEfficiency(a, b),
          annualSaving(a, b),
          runsFunded(a, b),
          breakevenShare(a, b, c, d, e),
          stakeBought(a, b),
        ]) {
          expect(ok(r)).toBe(true);
        }
      }),
      { numRuns: 5000 }
    );
  });
});
