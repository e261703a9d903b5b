/**
 * Excel's rules for turning one argument value into the number or text a function needs,
 * declared once here and applied to every argument by the runner (runner.ts).
 *
 * Every parameter is declared `any` in the metadata (TypeScript `unknown`), so that Excel
 * hands over what is in the cell and these rules, not Excel's silent #VALUE!, decide:
 *
 *   value in the cell           as a number                      as text
 *   ------------------------    ------------------------------   -----------------
 *   a number                    itself (the model refuses        its digits ("5")
 *                               NaN and Infinity: #VALUE!)
 *   TRUE / FALSE                1 / 0 (as =TRUE+0)               "TRUE" / "FALSE"
 *   empty or omitted            the default, else 0 (as =A1+0    the default, else ""
 *                               on an empty A1)
 *   numeric text                its number: " 1,000 ", "7.5%",   itself, trimmed
 *                               "$6,000,000", "4e10" (as ="5%"+0)
 *   other text                  #VALUE! naming the argument      itself, trimmed
 *   an Excel error              passed on as it is (Excel does not call a function with an
 *                               error argument; in a range the error stays in its cell)
 *   anything else (a range      #VALUE! naming the argument
 *   where one value is due)
 *
 * "Empty" is null or undefined (an omitted argument; Excel on the web passes an empty cell as
 * null, Excel on Windows as 0) and also "" : some hosts pass an empty cell as "", and analysts
 * blank cells with ="" on purpose, so "" is read as a blank rather than as text.
 */
import { DomainError } from "../model";

/** One argument of a custom function, as data: its name, how messages call it, its unit. */
export interface ArgRule {
  /** The parameter's name in functions.ts and in functions.json. */
  readonly name: string;
  /** How messages name it when "The" and its name in words will not do ("The cost of one run"). */
  readonly label?: string;
  /** Its unit and sign, for the README: "USD, 0 or more". */
  readonly unit: string;
  /** What Excel's help says of it, as it types the argument. */
  readonly description: string;
  /** Present when the argument may be omitted: the value an omitted argument takes. */
  readonly optional?: { readonly default: number | string };
}

/** How messages name an argument, as the model's messages do: "The annual burn". */
export function labelOf(rule: ArgRule): string {
  return rule.label ?? `The ${rule.name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`;
}

/** #VALUE! for an argument: "The cost must be a number; ...". */
function refused(rule: ArgRule, why: string): DomainError {
  return new DomainError("value", `${labelOf(rule)} ${why}`);
}

/** Why an argument has no usable value: a domain error, or an Excel error passed on. */
export type Refusal = DomainError | CustomFunctions.Error;

/**
 * Numeric text as Excel reads it in en-US: sign, optional $, digits with optional thousands
 * commas, decimals, exponent, optional trailing %.
 */
const NUMERIC_TEXT = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i;

/** The number numeric text stands for, or undefined when it is not numeric text. */
export function numberFromText(text: string): number | undefined {
  const match = NUMERIC_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, sign = "", mantissa = "", exponent = "", percent = ""] = match;
  const value = Number(`${sign}${mantissa.replace(/,/g, "")}${exponent}`);
  return percent === "" ? value : value / 100;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** The longest text a message quotes, so that a pasted paragraph does not flood the cell. */
const QUOTE_LIMIT = 40;

function quoted(text: string): string {
  return text.length > QUOTE_LIMIT ? `"${text.slice(0, QUOTE_LIMIT)}…"` : `"${text}"`;
}

/** An argument as a number by the table above, or why it cannot be one. */
export function toNumber(rule: ArgRule, value: unknown): number | Refusal {
  // The common case first: Excel passes a number.
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isEmpty(value)) {
    const fallback = rule.optional?.default ?? 0;
    return typeof fallback === "number" ? fallback : 0;
  }
  if (typeof value === "string") {
    const parsed = numberFromText(value);
    if (parsed === undefined) return refused(rule, `must be a number; ${quoted(value)} is text.`);
    if (!Number.isFinite(parsed)) return refused(rule, `is too large for Excel: ${quoted(value)}.`);
    return parsed;
  }
  if (value instanceof CustomFunctions.Error) return value;
  return refused(rule, "must be a single number, not a range or a list.");
}

/** An argument as text by the table above, or why it cannot be text. */
export function toText(rule: ArgRule, value: unknown): string | Refusal {
  if (typeof value === "string" && value !== "") return value.trim();
  if (isEmpty(value)) return String(rule.optional?.default ?? "");
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof CustomFunctions.Error) return value;
  return refused(rule, "must be a single text, not a range or a list.");
}
