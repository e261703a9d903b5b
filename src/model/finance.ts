/**
 * The finance of efficiency versus spend: small, pure functions with units in their names.
 *
 * Conventions (every function):
 * - money is in US dollars (USD), annual amounts in USD per year;
 * - a share is a decimal (0.05 = 5%), a growth rate a decimal per year (0.3 = +30% a year);
 * - bad input gives a DomainError (see errors.ts), never NaN, Infinity or a throw;
 * - checks run in one order: not a number (#VALUE!), then domain (#NUM!, #DIV/0!);
 *   a quick test of the whole domain runs first, so the checks cost nothing when all is well.
 *
 * The workbook's native formulas (src/workbook/) and the portable LAMBDA twins mirror these
 * functions formula for formula; tests prove both on a real spreadsheet engine.
 */
import {
  finiteResult,
  negative,
  notFinite,
  notGrowth,
  notPositive,
  notPositiveDivisor,
  notShare,
} from "./checks";
import { DomainError, isDomainError, NEVER, Outcome, RunwayOutcome } from "./errors";
import { lnOnePlusOverX, xOverExpMinusOne } from "./precise";

export const MONTHS_PER_YEAR = 12;

/*
 * Each function first runs a quick acceptance test of its whole domain (comparisons only;
 * NaN and ±Infinity fail them), and only when that fails walks the checks one by one to say
 * which argument is wrong. The common case then costs a few comparisons, which keeps the
 * custom functions near the speed of inline arithmetic (bench/model.bench.ts). The quick
 * test never accepts what the checks would refuse: it is built from the same bounds.
 */
const MAX = Number.MAX_VALUE;
/** A finite number ≥ 0. */
function isAmount(x: number): boolean {
  return typeof x === "number" && x >= 0 && x <= MAX;
}
/** A finite number > 0. */
function isPositive(x: number): boolean {
  return typeof x === "number" && x > 0 && x <= MAX;
}
/** A share from 0 to 1. */
function isShare(x: number): boolean {
  return typeof x === "number" && x >= 0 && x <= 1;
}
/** A finite growth rate above −100%. */
function isGrowth(x: number): boolean {
  return typeof x === "number" && x > -1 && x <= MAX;
}

/**
 * Cost ratio: how large `cost` is as a share of `baseline` (both in the same unit).
 * The article: $6M (DeepSeek V3) against $500M (OpenAI "Orion") gives 0.012 (1.2%).
 * Domain: cost ≥ 0; baseline > 0 (#DIV/0! when zero, #NUM! when negative).
 */
export function costRatio(cost: number, baseline: number): Outcome {
  if (!(isAmount(cost) && isPositive(baseline))) {
    const invalid =
      notFinite("The cost", cost) ??
      notFinite("The baseline", baseline) ??
      negative("The cost", cost) ??
      notPositiveDivisor("The baseline", baseline);
    if (invalid) return invalid;
  }
  return finiteResult(cost / baseline);
}

/**
 * Runway in years: how long `cashUsd` lasts at `annualBurnUsd`.
 *
 * Convention: the net burn N = annualBurnUsd − annualRevenueUsd (USD per year) grows
 * continuously at `burnGrowth` per year, so t years in it runs at N·(1+g)^t per year.
 * The cash C is exhausted at the T where ∫₀ᵀ N·(1+g)^t dt = C, which has the closed form
 *   T = ln(1 + C·k / N) / k,  with k = ln(1 + g),
 * and T = C / N when g = 0 (the plain division, exactly). ln(1+·) is computed as in
 * precise.ts, so that tiny growth keeps its digits and the workbook can take the same steps. The result is NEVER when the
 * net burn is zero or negative (revenue covers the spend), or when a shrinking burn
 * (g < 0) never adds up to C (1 + C·k/N ≤ 0).
 * The article: $40B raised against $7.5B a year gives 40/7.5 = 5.33 years.
 *
 * Domain: cash ≥ 0; burn ≥ 0; growth > −1; revenue ≥ 0. Omitted growth and revenue are 0.
 */
export function runwayYears(
  cashUsd: number,
  annualBurnUsd: number,
  burnGrowth = 0,
  annualRevenueUsd = 0
): RunwayOutcome {
  if (!(
    isAmount(cashUsd) &&
    isAmount(annualBurnUsd) &&
    isGrowth(burnGrowth) &&
    isAmount(annualRevenueUsd)
  )) {
    const invalid =
      notFinite("The cash", cashUsd) ??
      notFinite("The annual burn", annualBurnUsd) ??
      notFinite("The burn growth", burnGrowth) ??
      notFinite("The annual revenue", annualRevenueUsd) ??
      negative("The cash", cashUsd) ??
      negative("The annual burn", annualBurnUsd) ??
      notGrowth("The burn growth", burnGrowth) ??
      negative("The annual revenue", annualRevenueUsd);
    if (invalid) return invalid;
  }
  const netBurn = annualBurnUsd - annualRevenueUsd;
  if (netBurn <= 0) return NEVER;
  // k = ln(1+g) and T = (C/N)·ln(1+x)/x with x = C·k/N: the closed form written with
  // precise.ts's ratios, which the workbook computes by the same steps. x = 0 exactly when
  // g = 0 (or C = 0): then T = C/N, the plain division.
  const k = burnGrowth * lnOnePlusOverX(burnGrowth);
  const x = (cashUsd * k) / netBurn;
  if (x === 0) return finiteResult(cashUsd / netBurn);
  if (1 + x <= 0) return NEVER;
  return finiteResult((cashUsd / netBurn) * lnOnePlusOverX(x));
}

/** Runway in months: runwayYears × 12, with the same convention, domain and NEVER. */
export function runwayMonths(
  cashUsd: number,
  annualBurnUsd: number,
  burnGrowth = 0,
  annualRevenueUsd = 0
): RunwayOutcome {
  const years = runwayYears(cashUsd, annualBurnUsd, burnGrowth, annualRevenueUsd);
  return typeof years === "number" ? finiteResult(years * MONTHS_PER_YEAR) : years;
}

/** The one domain of spendAtEfficiency and annualSaving: spend ≥ 0, share from 0 to 1. */
function spendAndShareProblem(
  annualSpendUsd: number,
  efficiencyShare: number
): DomainError | undefined {
  if (isAmount(annualSpendUsd) && isShare(efficiencyShare)) return undefined;
  return (
    notFinite("The annual spend", annualSpendUsd) ??
    notFinite("The efficiency share", efficiencyShare) ??
    negative("The annual spend", annualSpendUsd) ??
    notShare("The efficiency share", efficiencyShare)
  );
}

/**
 * Spend at an efficiency share: what the efficient lab spends to do the same work, in USD
 * per year. The article: R1 at 5-10% of the operating cost; 7.5% of $7.5B is $562.5M.
 * Domain: spend ≥ 0; share from 0 to 1.
 */
export function spendAtEfficiency(annualSpendUsd: number, efficiencyShare: number): Outcome {
  const invalid = spendAndShareProblem(annualSpendUsd, efficiencyShare);
  if (invalid) return invalid;
  return finiteResult(annualSpendUsd * efficiencyShare);
}

/**
 * Annual saving at an efficiency share: spend × (1 − share), in USD per year.
 * Domain: as spendAtEfficiency.
 */
export function annualSaving(annualSpendUsd: number, efficiencyShare: number): Outcome {
  const invalid = spendAndShareProblem(annualSpendUsd, efficiencyShare);
  if (invalid) return invalid;
  return finiteResult(annualSpendUsd * (1 - efficiencyShare));
}

/**
 * Whole training runs a budget funds: ⌊budget / cost of one run⌋ (Excel: INT).
 * The article: $40B buys 80 runs at $500M ("Orion"), 6,666 at $6M (V3).
 * Domain: budget ≥ 0; run cost > 0 (#DIV/0! when zero).
 */
export function runsFunded(budgetUsd: number, runCostUsd: number): Outcome {
  if (!(isAmount(budgetUsd) && isPositive(runCostUsd))) {
    const invalid =
      notFinite("The budget", budgetUsd) ??
      notFinite("The cost of one run", runCostUsd) ??
      negative("The budget", budgetUsd) ??
      notPositiveDivisor("The cost of one run", runCostUsd);
    if (invalid) return invalid;
  }
  const runs = finiteResult(budgetUsd / runCostUsd);
  return typeof runs === "number" ? Math.floor(runs) : runs;
}

/**
 * The efficiency share at which the cash lasts exactly `targetYears`: a goal seek in closed
 * form, inverting runwayYears. The net burn that lasts T years is
 *   N = C / T                         when k = 0 (as in runwayYears),
 *   N = C·k / (e^(k·T) − 1), k = ln(1+g)  otherwise,
 * and the share is (N + revenue) / spend. A share above 1 means the target is reached
 * even at full spend (the lab could spend more); it is returned as it is.
 * The article: $40B, $7.5B a year, 10 years → 4/7.5 = 0.5333.
 * Domain: cash > 0; spend > 0 (#DIV/0! when zero); target > 0; growth > −1; revenue ≥ 0.
 */
export function breakevenShare(
  cashUsd: number,
  annualSpendUsd: number,
  targetYears: number,
  burnGrowth = 0,
  annualRevenueUsd = 0
): Outcome {
  if (!(
    isPositive(cashUsd) &&
    isPositive(annualSpendUsd) &&
    isPositive(targetYears) &&
    isGrowth(burnGrowth) &&
    isAmount(annualRevenueUsd)
  )) {
    const invalid =
      notFinite("The cash", cashUsd) ??
      notFinite("The annual spend", annualSpendUsd) ??
      notFinite("The target runway", targetYears) ??
      notFinite("The burn growth", burnGrowth) ??
      notFinite("The annual revenue", annualRevenueUsd) ??
      notPositive("The cash", cashUsd) ??
      notPositiveDivisor("The annual spend", annualSpendUsd) ??
      notPositive("The target runway", targetYears) ??
      notGrowth("The burn growth", burnGrowth) ??
      negative("The annual revenue", annualRevenueUsd);
    if (invalid) return invalid;
  }
  const netBurn = affordableNetBurn(cashUsd, targetYears, burnGrowth);
  if (isDomainError(netBurn)) return netBurn;
  return finiteResult((netBurn + annualRevenueUsd) / annualSpendUsd);
}

/** The net burn (USD per year, at t = 0) that exhausts cash in exactly targetYears. */
function affordableNetBurn(cashUsd: number, targetYears: number, burnGrowth: number): Outcome {
  // N = C·k / (e^(kT) − 1) = (C/T) · y / (e^y − 1) with y = k·T, by precise.ts's steps.
  const y = targetYears * burnGrowth * lnOnePlusOverX(burnGrowth);
  if (y === 0) return cashUsd / targetYears;
  const factor = xOverExpMinusOne(y);
  // e^y overflows for a long target at high growth, as EXP gives #NUM! in Excel.
  if (factor === 0) {
    return new DomainError(
      "num",
      "The target runway is too long for this growth: the spend would overflow."
    );
  }
  return (cashUsd / targetYears) * factor;
}

/**
 * The stake a round buys at a post-money valuation: round / post-money, as a share.
 * The article: $40B at $300B gives 0.1333 (13.3%).
 * Domain: round ≥ 0; valuation > 0 (#DIV/0! when zero); round ≤ valuation.
 */
export function stakeBought(roundUsd: number, postMoneyValuationUsd: number): Outcome {
  if (!(isAmount(roundUsd) && isPositive(postMoneyValuationUsd))) {
    const invalid =
      notFinite("The round", roundUsd) ??
      notFinite("The post-money valuation", postMoneyValuationUsd) ??
      negative("The round", roundUsd) ??
      notPositiveDivisor("The post-money valuation", postMoneyValuationUsd);
    if (invalid) return invalid;
  }
  if (roundUsd > postMoneyValuationUsd) {
    return new DomainError(
      "num",
      "The round is larger than the post-money valuation; a post-money valuation includes the round."
    );
  }
  return roundUsd / postMoneyValuationUsd;
}
