/**
 * The portable twins (src/model/twins.ts) on a real spreadsheet engine, IronCalc, against the
 * finance functions they mirror: for every twin, at least 1,000 generated argument lists,
 * each giving the same number (sameNumber), "never" where the model says NEVER, or the same
 * Excel error where the model gives a DomainError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError, EXCEL_ERROR_TEXT, NEVER } from "../../src/model";
import * as finance from "../../src/model/finance";
import { Twin, TWINS } from "../../src/model/twins";
import { EngineValue, Model, newEngineWorkbook, sameNumber } from "../support/ironcalc";
import { a1, readColumn } from "./support/engine";

/** Generated argument lists per twin: the issue asks for at least 1,000. */
const INPUTS_PER_TWIN = 1000;

/**
 * Values at the edges of what a double and the domains hold: zero, ±1, the largest double and
 * numbers next to it, the smallest normal and a subnormal, and values just either side of the
 * domain bounds (share 1, growth −1).
 */
const EDGES = [
  0,
  1,
  -1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  1e-308,
  -1e-308,
  2.2250738585072014e-308,
  5e-324,
  1 + Number.EPSILON,
  1 - Number.EPSILON / 2,
  -1 + Number.EPSILON / 2,
  -1 - Number.EPSILON,
  1e-17,
  -1e-17,
];

/** The article's scale: $6M runs to $300B valuations, with room either side. */
const usd = fc.double({ min: 1e5, max: 1e13, noNaN: true });
/** Shares and growth rates around their domains: −150% to +300%. */
const rate = fc.double({ min: -1.5, max: 3, noNaN: true });
/** Years and small counts, negatives included. */
const small = fc.integer({ min: -5, max: 120 });
/** Anything finite a cell can hold. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });

const argument = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 4, arbitrary: usd },
  { weight: 4, arbitrary: rate },
  { weight: 2, arbitrary: small },
  { weight: 1, arbitrary: anyDouble }
);

/** One argument list: an optional argument is sometimes omitted (undefined). */
function argumentLists(twin: Twin): fc.Arbitrary<(number | undefined)[]> {
  return fc.tuple(
    ...twin.params.map((p) =>
      p.optional ? fc.option(argument, { nil: undefined, freq: 3 }) : argument
    )
  );
}

/** The article's own cases first, so they are always among the inputs. */
const ARTICLE_CASES: Record<string, (number | undefined)[][]> = {
  "COST.RATIO": [[6e6, 500e6]],
  "BURN.YEARS": [
    [40e9, 7.5e9],
    [40e9, 7.5e9, 0.3],
    [40e9, 7.5e9, undefined, 2.5e9],
    [40e9, 7.5e9, -0.5, undefined],
  ],
  "BURN.MONTHS": [[40e9, 7.5e9]],
  "SPEND.AT.EFFICIENCY": [[7.5e9, 0.075]],
  "ANNUAL.SAVING": [[7.5e9, 0.075]],
  "RUNS.FUNDED": [[40e9, 500e6]],
  "BREAKEVEN.SHARE": [
    [40e9, 7.5e9, 10],
    [40e9, 7.5e9, 10, 0.3],
  ],
  "STAKE.BOUGHT": [[40e9, 300e9]],
};

type Expected =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "error"; value: string };

function expected(twin: Twin, args: readonly (number | undefined)[]): Expected {
  const outcome: unknown = Reflect.apply(finance[twin.mirrors], undefined, args);
  if (typeof outcome === "number") return { kind: "number", value: outcome };
  if (outcome === NEVER) return { kind: "text", value: NEVER };
  if (outcome instanceof DomainError)
    return { kind: "error", value: EXCEL_ERROR_TEXT[outcome.kind] };
  throw new Error(`${twin.mirrors} gave ${String(outcome)}`);
}

function agrees(want: Expected, got: EngineValue): boolean {
  if (want.kind === "number") return got.kind === "number" && sameNumber(got.value, want.value);
  return got.kind === want.kind && got.value === want.value;
}

/** Input cells start at column B; the twin's formula is in column A; the spare column is after the inputs. */
const FIRST_INPUT_COLUMN = 2;

/**
 * One workbook per twin: the name, then one row per argument list with the arguments in cells
 * (exactly the doubles, unlike formula literals) and =TWIN(B2,C2,,E2) with omitted ones left out.
 */
function evaluateOnEngine(twin: Twin, lists: readonly (number | undefined)[][]): EngineValue[] {
  const model: Model = newEngineWorkbook(twin.name);
  model.newDefinedName(twin.name, null, twin.formula);
  // One evaluation at the end: IronCalc otherwise recalculates the sheet on every input.
  model.pauseEvaluation();
  lists.forEach((args, i) => {
    const row = i + 1;
    const refs = args.map((x, j) => {
      if (x === undefined) return "";
      model.setUserInput(0, row, FIRST_INPUT_COLUMN + j, String(x));
      return a1(row, FIRST_INPUT_COLUMN + j);
    });
    while (refs.length > 0 && refs[refs.length - 1] === "") refs.pop();
    model.setUserInput(0, row, 1, `=${twin.name}(${refs.join(",")})`);
  });
  model.resumeEvaluation();
  model.evaluate();
  return readColumn(model, lists.length, 1, FIRST_INPUT_COLUMN + twin.params.length);
}

describe.each(TWINS.map((t) => [t.name, t] as const))("the twin %s", (name, twin) => {
  it(`agrees with ${twin.mirrors} on the article's numbers and ${INPUTS_PER_TWIN} generated argument lists`, () => {
    const seed = Date.now() ^ name.length;
    const lists = [
      ...(ARTICLE_CASES[name] ?? []),
      ...fc.sample(argumentLists(twin), { numRuns: INPUTS_PER_TWIN, seed }),
    ];
    const got = evaluateOnEngine(twin, lists);
    const disagreements = lists
      .map((args, i) => ({ args, want: expected(twin, args), got: got[i] as EngineValue }))
      .filter(({ want, got: value }) => !agrees(want, value));
    expect(
      disagreements.slice(0, 10),
      `seed ${seed}: ${disagreements.length} of ${lists.length} disagree`
    ).toEqual([]);
    // The inputs reach every kind of outcome, so agreement is not agreement on errors alone.
    const kinds = new Set(lists.map((args) => expected(twin, args).kind));
    expect(kinds).toContain("number");
    expect(kinds).toContain("error");
    if (twin.mirrors === "runwayYears" || twin.mirrors === "runwayMonths")
      expect(kinds).toContain("text");
  });
});
