/**
 * Every custom function is as dependable as a built-in: called at least 10,000 times each with
 * generated argument lists (zero, negatives, 1e308, 1e-308, NaN, ±Infinity, NaN-ish and numeric
 * text, booleans, null optionals, Excel errors, ranges of mixed and ragged shapes, too few and
 * too many arguments), each result is a finite number, a documented string, an array of those,
 * or a CustomFunctions.Error with a message: never NaN, Infinity, undefined or another exception.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { SPECS_BY_ID } from "../../src/functions/specs";
import { FIGURE_IDS, FIGURES, NEVER } from "../../src/model";
import {
  ERROR_CODE,
  installStandIn,
  OUR_ERROR_TEXTS,
  StandInError,
} from "./support/customFunctions";
import { functionById } from "./support/excelCalls";
import { Metadata, sourceMetadata } from "./support/metadata";

/** The floor: every function at least 10,000 times. */
const CALLS_PER_FUNCTION = 10_000;

/** Strings a function may return, by id: what its @returns documents. */
const DOCUMENTED_TEXT: Readonly<Record<string, readonly string[]>> = {
  "BURN.YEARS": [NEVER],
  "BURN.MONTHS": [NEVER],
  SOURCE: FIGURES.map((f) => f.sentence),
};

/** Numbers at the edges of doubles and of the domains, plus what Excel never sends but JavaScript can. */
const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  -1 + Number.EPSILON,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  1e-308,
  -1e-308,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  6e6,
  500e6,
  7.5e9,
  40e9,
  300e9,
];

/** Text that looks like a number, or nearly: NaN-ish, overflowing, Excel-formatted. */
const NUMBERISH_TEXT = [
  "NaN",
  "Infinity",
  "-Infinity",
  "1e",
  "--5",
  "abc",
  "",
  " ",
  "1e400",
  "0x10",
  "5%",
  "7.5%",
  "$6,000,000",
  "1,000",
  "12,34",
  "-0",
  "never",
  "TRUE",
  "#N/A",
];

/** Text the figure functions look for, and near misses. */
const FIGURE_TEXT = [
  ...FIGURE_IDS,
  "low",
  "mid",
  "high",
  "HIGH",
  " low ",
  "middle",
  "orion",
  "OPENAI_VALUATION",
];

const errorValue = fc
  .constantFrom(...Object.values(ERROR_CODE))
  .map((code) => new StandInError(code, "from an upstream cell"));

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 4, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1e6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...FIGURE_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.constantFrom({}, [], [[]]) }
);

/** Ranges of every shape Excel could send and some it could not: empty, ragged, 1×n, n×1, up to 4×4. */
const range = fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 4 });

const argument = fc.oneof({ weight: 5, arbitrary: cellValue }, { weight: 2, arbitrary: range });

/** Argument lists from none to one more than declared; optionals often null, as Excel omits them. */
function argumentLists(count: number): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    fc.array(argument, { minLength: 0, maxLength: count + 1 }),
    fc.tuple(...Array.from({ length: count }, () => fc.oneof(argument, fc.constant(null))))
  );
}

/** Listed here, not read from the metadata, so that vitest names one test per function. */
/** Every custom function: one record each. */
const IDS = Object.keys(SPECS_BY_ID);

let metadata: Metadata;
beforeAll(async () => {
  installStandIn();
  metadata = await sourceMetadata();
});

/** Why a single value is not acceptable, or undefined when it is. */
function problemWithValue(
  value: unknown,
  id: string,
  inputs: ReadonlySet<unknown>
): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `the number ${value}`;
  if (typeof value === "string") {
    return (DOCUMENTED_TEXT[id] ?? []).includes(value)
      ? undefined
      : `undocumented text "${value.slice(0, 40)}"`;
  }
  if (value instanceof StandInError) return problemWithError(value, inputs);
  return `${typeof value} ${String(value)}`;
}

/** Our errors are the four codes with a message; any other is an input's error passed on unchanged. */
function problemWithError(error: StandInError, inputs: ReadonlySet<unknown>): string | undefined {
  if (OUR_ERROR_TEXTS.includes(error.code)) {
    return error.message && error.message.length > 0
      ? undefined
      : `${error.code} without a message`;
  }
  return inputs.has(error) ? undefined : `${error.code} that no argument held`;
}

/** Every value an argument list holds, so that passed-on errors can be recognised. */
function inputsOf(args: readonly unknown[]): Set<unknown> {
  return new Set(args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a])));
}

function problemWithResult(
  result: unknown,
  id: string,
  isMatrix: boolean,
  inputs: ReadonlySet<unknown>
): string | undefined {
  if (!isMatrix) return problemWithValue(result, id, inputs);
  if (!Array.isArray(result) || result.length === 0)
    return `not a non-empty array: ${String(result)}`;
  for (const row of result) {
    if (!Array.isArray(row) || row.length === 0) return `a row that is not a non-empty array`;
    for (const cell of row) {
      const problem = problemWithValue(cell, id, inputs);
      if (problem) return `a cell holding ${problem}`;
    }
  }
  return undefined;
}

describe("the custom functions, on generated arguments,", () => {
  it("cover every function of functions.json", () => {
    expect([...IDS].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(IDS)(
    `AICOST.%s gives a finite number, documented text, an array of those or an Excel error (${CALLS_PER_FUNCTION} calls)`,
    (id) => {
      const f = metadata.functions.find((m) => m.id === id);
      if (!f) throw new Error(`functions.json has no ${id}`);
      const fn = functionById(metadata, id);
      if (typeof fn !== "function") throw new Error(`${id} is not a function`);
      const isMatrix = f.result?.dimensionality === "matrix";
      let calls = 0;
      fc.assert(
        fc.property(argumentLists(f.parameters.length), (args) => {
          calls++;
          let result: unknown;
          try {
            result = Reflect.apply(fn, undefined, args);
          } catch (thrown) {
            if (!(thrown instanceof StandInError)) throw thrown;
            const problem = problemWithError(thrown, inputsOf(args));
            if (problem) throw new Error(`threw ${problem}`);
            return;
          }
          const problem = problemWithResult(result, id, isMatrix, inputsOf(args));
          if (problem) throw new Error(`gave ${problem}`);
        }),
        { numRuns: CALLS_PER_FUNCTION }
      );
      expect(calls).toBeGreaterThanOrEqual(CALLS_PER_FUNCTION);
    }
  );
});
