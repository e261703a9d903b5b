/**
 * The two ratios the runway convention needs, accurate for tiny and subnormal arguments and
 * built only from LN and EXP, so that a workbook formula can take exactly the same steps
 * (Excel has no LOG1P or EXPM1). Kahan's classic trick: the rounding error of 1 + x (or of
 * e^x) is divided out again.
 *
 *   lnOnePlusOverX(x) = ln(1 + x) / x      (→ 1 as x → 0)
 *   xOverExpMinusOne(x) = x / (e^x − 1)    (→ 1 as x → 0)
 *
 * Why not Math.log1p / Math.expm1: the workbook's native formulas and the LAMBDA twins must
 * agree with the model to the last digits, and a plain LN(1+g)/g loses every digit when g is
 * tiny (1 + 1e-16 rounds to 1). Written as ratios, a subnormal x never divides by itself.
 *
 * The same steps in Excel (LET):
 *   lnOnePlusOverX(x):   LET(w, 1+x, IF(w=1, 1, LN(w)/(w-1)))
 *   xOverExpMinusOne(x): LET(u, EXP(x), IF(u=1, 1, IF(u=0, -x, LN(u)/(u-1))))
 * EXP overflows to #NUM! in Excel; here xOverExpMinusOne gives 0 there, and callers report #NUM!.
 */

export function lnOnePlusOverX(x: number): number {
  const w = 1 + x;
  return w === 1 ? 1 : Math.log(w) / (w - 1);
}

export function xOverExpMinusOne(x: number): number {
  const u = Math.exp(x);
  if (u === 1) return 1;
  if (u === 0) return -x;
  if (u === Number.POSITIVE_INFINITY) return 0;
  return Math.log(u) / (u - 1);
}
