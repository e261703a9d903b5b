/**
 * The unit an input's numeric field is typed in: what the analyst reads in the article
 * ("5-10%", "$500 million", "$40 billion"), not the decimal the workbook holds. Pure.
 *
 * Shares are typed in percent (7.5 → 0.075). Money is typed in millions or billions, chosen
 * once per input from its article value, so the field never switches unit while typing:
 * "$M" when the article's figure is below a billion (training runs), "$B" otherwise.
 */
import type { InputSpec, Unit } from "../../model";
import { tidy } from "./sliderScale";

export interface FieldUnit {
  /** Shown after the number and read with the field's label, e.g. "%" or "$B". */
  readonly suffix: string;
  /** Said in words for the field's accessible name, e.g. "in percent". */
  readonly words: string;
  /** Model value = typed number × factor. */
  readonly factor: number;
}

const PERCENT: FieldUnit = { suffix: "%", words: "in percent", factor: 0.01 };
const MILLIONS: FieldUnit = { suffix: "$M", words: "in millions of dollars", factor: 1e6 };
const BILLIONS: FieldUnit = { suffix: "$B", words: "in billions of dollars", factor: 1e9 };
const YEARS: FieldUnit = { suffix: "years", words: "in years", factor: 1 };
const MULTIPLE: FieldUnit = { suffix: "×", words: "as a multiple", factor: 1 };
const RUNS: FieldUnit = { suffix: "runs", words: "in runs", factor: 1 };

export function fieldUnit(spec: InputSpec): FieldUnit {
  // An input with no article value (revenue, default 0) follows its range instead.
  return unitFor(spec.unit, spec.base > 0 ? spec.base : spec.max);
}

/**
 * The field unit of any value in `unit`; `typical` (the article's value, or the range's end)
 * picks millions or billions for money. Goal seek types its target with it, in an output's unit.
 */
export function unitFor(unit: Unit, typical: number): FieldUnit {
  switch (unit) {
    case "share":
    case "share per year":
      return PERCENT;
    case "USD":
    case "USD per year":
      return Math.abs(typical) >= 1e9 ? BILLIONS : MILLIONS;
    case "years":
      return YEARS;
    case "multiple":
      return MULTIPLE;
    case "runs":
      return RUNS;
  }
}

/** The model value as the field shows it: 0.075 → "7.5" (percent), 7.5e9 → "7.5" ($B). */
export function toFieldText(value: number, unit: FieldUnit): string {
  return String(tidy(value / unit.factor));
}

/**
 * What the analyst typed, as a model value; undefined when it is not a number at all.
 * Accepts a comma as the decimal mark and ignores spaces and a typed "%" or "$".
 */
export function fromFieldText(text: string, unit: FieldUnit): number | undefined {
  const cleaned = text.replace(/[\s%$]/g, "").replace(",", ".");
  if (cleaned === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const typed = Number(cleaned);
  return Number.isFinite(typed) ? tidy(typed * unit.factor) : undefined;
}
