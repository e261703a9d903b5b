/**
 * Test support: the numeric constants in an Excel formula, found by removing everything that
 * may contain digits without being a constant: text in quotes, quoted sheet names, error
 * literals (#DIV/0!), A1 references ($B$5, B5) and names (in_FundingUsd, BURN.YEARS).
 */
const STRING = /"(?:[^"]|"")*"/g;
const QUOTED_SHEET = /'(?:[^']|'')*'!/g;
const ERROR_LITERAL = /#(?:DIV\/0!|NUM!|N\/A|VALUE!|REF!|NAME\?|NULL!)/g;
/**
 * A1 references (with optional $) and identifiers, which may contain digits and dots; never
 * starting right after a digit, so the exponent of 2E-3 stays part of its number.
 */
const REFERENCE_OR_NAME = /(?<![\d.])\$?[A-Za-z_][A-Za-z0-9_.]*\$?\d*/g;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+/g;

export function numericConstants(formula: string): string[] {
  const stripped = formula
    .replace(STRING, " ")
    .replace(QUOTED_SHEET, " ")
    .replace(ERROR_LITERAL, " ")
    .replace(REFERENCE_OR_NAME, " ");
  return stripped.match(NUMBER) ?? [];
}
