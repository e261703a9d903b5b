/**
 * Argument checks shared by every finance function, in formulajs's order:
 * input errors first (#VALUE! for something that is not a finite number),
 * then domain checks (#NUM! / #DIV/0!). Each returns a DomainError or undefined.
 */
import { DomainError } from "./errors";

/** Not a number at all, or NaN/Infinity: Excel would show #VALUE!. */
export function notFinite(name: string, x: number): DomainError | undefined {
  return typeof x === "number" && Number.isFinite(x)
    ? undefined
    : new DomainError("value", `${name} must be a number.`);
}

export function negative(name: string, x: number): DomainError | undefined {
  return x < 0 ? new DomainError("num", `${name} cannot be negative.`) : undefined;
}

/** A divisor of zero is #DIV/0!, a negative one #NUM!, as Excel users expect. */
export function notPositiveDivisor(name: string, x: number): DomainError | undefined {
  if (x === 0) return new DomainError("div0", `${name} is zero, so the division has no result.`);
  return x < 0 ? new DomainError("num", `${name} must be above zero.`) : undefined;
}

export function notPositive(name: string, x: number): DomainError | undefined {
  return x > 0 ? undefined : new DomainError("num", `${name} must be above zero.`);
}

/** A share is a decimal from 0 to 1 (0.05 = 5%). */
export function notShare(name: string, x: number): DomainError | undefined {
  return x >= 0 && x <= 1
    ? undefined
    : new DomainError("num", `${name} must be a share between 0 and 1 (0.05 = 5%).`);
}

/** Growth of -100% or less would make the burn vanish or turn negative. */
export function notGrowth(name: string, x: number): DomainError | undefined {
  return x > -1 ? undefined : new DomainError("num", `${name} must be above -100% (-1).`);
}

/** The last guard: a result Excel cannot hold (overflow) becomes #NUM!, never Infinity. */
export function finiteResult(x: number): number | DomainError {
  return Number.isFinite(x)
    ? x
    : new DomainError("num", "The result is too large or too small for Excel to hold.");
}
