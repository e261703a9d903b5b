/**
 * The fast paths in functions.ts (every argument already a number) give exactly what the
 * runner gives through the argument rules, and the rules' defaults are the model's own.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Refusal } from "../../src/functions/coerce";
import { excelError } from "../../src/functions/excelErrors";
import * as functions from "../../src/functions/functions";
import { NumberFunction, runOnCells, runOnce, runOnceOnText } from "../../src/functions/runner";
import {
  BREAKEVEN_SHARE,
  BURN_MONTHS,
  BURN_YEARS,
  EQUIVALENT,
  FIGURE,
  RATIO,
  RUNS,
  SAVINGS,
  SOURCE,
  SPECS_BY_ID,
  STAKE,
} from "../../src/functions/specs";
import { DomainError, FIGURE_IDS, Never } from "../../src/model";
import { callAsExcel, CallResult, installStandIn, StandInError } from "./support/customFunctions";

/** Fast-path inputs: numbers of every kind, NaN and ±Infinity included (the model refuses those). */
const number = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1, -1, 6e6, 500e6, 7.5e9, 40e9, 300e9, 0.075, 0.3, -0.5, 10)
);
const optional = fc.oneof(number, fc.constantFrom(null, undefined));
/** Per function, enough runs to reach every branch of its domain. */
const RUNS_PER_FUNCTION = 2000;

beforeAll(() => installStandIn());

/** A result as comparable data: numbers, "never", or an error's code and message. */
function comparable(value: unknown): unknown {
  if (value instanceof StandInError) return { code: value.code, message: value.message };
  if (Array.isArray(value)) return value.map(comparable);
  return value;
}

function viaFunction(fn: unknown, args: unknown[]): unknown {
  const result: CallResult = callAsExcel(fn, args);
  return comparable("error" in result ? result.error : result.value);
}

/** What the runner alone gives, shown as Excel shows it. */
function viaRunner(spec: NumberFunction<number | Never | DomainError>, args: unknown[]): unknown {
  const outcome: number | Never | Refusal = runOnce(spec, args);
  return comparable(
    typeof outcome === "number" || typeof outcome === "string" ? outcome : excelError(outcome)
  );
}

function viaRunnerOnCells(spec: NumberFunction<number | DomainError>, args: unknown[]): unknown {
  const result = runOnCells(spec, args);
  return comparable(Array.isArray(result) ? result : excelError(result));
}

describe("the fast paths", () => {
  it.each([
    ["BURN.YEARS", functions.burnYears, BURN_YEARS],
    ["BURN.MONTHS", functions.burnMonths, BURN_MONTHS],
    ["BREAKEVEN.SHARE", functions.breakeven, BREAKEVEN_SHARE],
    ["STAKE", functions.stake, STAKE],
  ] as const)(
    "of AICOST.%s agree with the runner on numbers and omitted optionals",
    (_, fn, spec) => {
      const required = spec.rules.filter((r) => !r.optional).length;
      const args = fc.tuple(...spec.rules.map((_rule, i) => (i < required ? number : optional)));
      fc.assert(
        fc.property(args, (list) => {
          expect(viaFunction(fn, list)).toEqual(viaRunner(spec, list));
        }),
        { numRuns: RUNS_PER_FUNCTION }
      );
    }
  );

  it.each([
    ["RATIO", functions.ratio, RATIO],
    ["EQUIVALENT", functions.equivalent, EQUIVALENT],
    ["SAVINGS", functions.savings, SAVINGS],
    ["RUNS", functions.runs, RUNS],
  ] as const)(
    "of AICOST.%s agree with the runner on single cells, bare or as [[cell]]",
    (_, fn, spec) => {
      const cell = fc.oneof(
        number,
        number.map((x) => [[x]])
      );
      fc.assert(
        fc.property(cell, cell, (a, b) => {
          expect(viaFunction(fn, [a, b])).toEqual(viaRunnerOnCells(spec, [a, b]));
        }),
        { numRuns: RUNS_PER_FUNCTION }
      );
    }
  );

  it("of AICOST.FIGURE and AICOST.SOURCE agree with the runner on exact, near and unknown ids", () => {
    const id = fc.oneof(
      fc.constantFrom(...FIGURE_IDS, " orion_training_cost", "OPENAI_VALUATION", "x"),
      fc.string()
    );
    const bound = fc.constantFrom(
      "low",
      "mid",
      "high",
      "HIGH",
      " low",
      "middle",
      "",
      null,
      undefined,
      1
    );
    const text = (outcome: unknown) =>
      comparable(
        typeof outcome === "number" || typeof outcome === "string"
          ? outcome
          : outcome instanceof DomainError
            ? excelError(outcome)
            : outcome
      );
    fc.assert(
      fc.property(id, bound, (i, b) => {
        expect(viaFunction(functions.figure, [i, b])).toEqual(text(runOnceOnText(FIGURE, [i, b])));
        expect(viaFunction(functions.source, [i])).toEqual(text(runOnceOnText(SOURCE, [i])));
      }),
      { numRuns: RUNS_PER_FUNCTION }
    );
  });
});

describe("the argument rules' defaults", () => {
  it("are the model's own: an omitted optional computes as the default written out", () => {
    for (const [id, spec] of Object.entries(SPECS_BY_ID)) {
      spec.rules.forEach((rule, i) => {
        if (!rule.optional || typeof rule.optional.default !== "number") return;
        const filled = spec.rules.map((_, j) => (j < i ? ([40e9, 7.5e9, 10][j] ?? 1) : undefined));
        const written = [...filled];
        written[i] = rule.optional.default;
        expect(Reflect.apply(spec.compute, undefined, filled), `${id} ${rule.name}`).toEqual(
          Reflect.apply(spec.compute, undefined, written)
        );
      });
    }
  });
});
