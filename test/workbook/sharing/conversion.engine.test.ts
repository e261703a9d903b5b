/**
 * The formulas prepare writes compute on a real engine (IronCalc) what the custom function
 * computes, i.e. what src/model gives for the same arguments: the twin call (the workbook's
 * LAMBDA name) and the twin written out with LET (no name needed), for every function with a
 * twin, with arguments in cells, optional ones left out or blank.
 */
import fc from "fast-check";
import { asTyped } from "../scenarioArbitraries";
import { describe, expect, it } from "vitest";
import { DomainError, EXCEL_ERROR_TEXT, NEVER } from "../../../src/model";
import * as finance from "../../../src/model/finance";
import { TWINS } from "../../../src/model/twins";
import { cellAddress } from "../../../src/workbook/a1";
import {
  ADDIN_FUNCTIONS,
  convertFormula,
  type AddinFunction,
  type Conversion,
} from "../../../src/workbook/sharing";
import {
  newEngineWorkbook,
  readEngineCell,
  sameNumber,
  type EngineValue,
} from "../../support/ironcalc";

/** Argument lists per function: the twin tests hold the twins to the model on 1,000 each; here the rewrite is what is tested. */
const LISTS_PER_FUNCTION = 150;
/** The article's scale: $6M runs to $300B valuations, with room either side, zero and negatives. */
const usd = fc.oneof(fc.double({ min: 1e5, max: 1e13, noNaN: true }), fc.constantFrom(0, -1e9));
/** Shares and growth rates around their domains: −150% to +300%. */
const rate = fc.double({ min: -1.5, max: 3, noNaN: true });
const years = fc.integer({ min: -2, max: 60 });
/** As typed into a cell: 15 digits, and no subnormals (test/workbook/scenarioArbitraries.ts says why). */
const argument = fc.oneof(usd, rate, years).map(asTyped);

/** An omitted optional argument: left out (when last) or left blank, as the analyst may write it. */
type Arg = number | "blank" | "none";

const SHOWN = { kind: "number", value: 0 } as const;

function lists(
  fn: AddinFunction & { twin: NonNullable<AddinFunction["twin"]> }
): fc.Arbitrary<Arg[]> {
  return fc
    .tuple(
      ...fn.twin.params.map((p): fc.Arbitrary<Arg> =>
        p.optional ? fc.oneof(argument, fc.constantFrom<Arg>("blank", "none")) : argument
      )
    )
    .map((args) => {
      // "none" only at the end: an argument left out in the middle is a blank one.
      const out = args.map((a, i) =>
        a === "none" && args.slice(i).some((b) => b !== "none") ? "blank" : a
      );
      while (out[out.length - 1] === "none") out.pop();
      return out;
    });
}

function expected(mirrors: keyof typeof finance, args: readonly Arg[]): EngineValue {
  const values = args.map((a) => (typeof a === "number" ? a : undefined));
  const outcome: unknown = Reflect.apply(
    finance[mirrors] as (...a: unknown[]) => unknown,
    undefined,
    values
  );
  if (typeof outcome === "number") return { kind: "number", value: outcome };
  if (outcome === NEVER) return { kind: "text", value: NEVER };
  if (outcome instanceof DomainError)
    return { kind: "error", value: EXCEL_ERROR_TEXT[outcome.kind] };
  throw new Error(`${mirrors} gave ${String(outcome)}`);
}

function agrees(want: EngineValue, got: EngineValue): boolean {
  if (want.kind === "number")
    return got.kind === "number" && sameNumber(got.value, want.value, 1e-9);
  return JSON.stringify(want) === JSON.stringify(got);
}

function formulaOf(conversion: Conversion | null): string {
  if (
    conversion === null ||
    conversion.how === "leftAlone" ||
    conversion.written.kind !== "formula"
  ) {
    throw new Error(`Expected a formula, got ${JSON.stringify(conversion)}`);
  }
  return conversion.written.formula;
}

const convertible = ADDIN_FUNCTIONS.filter(
  (f): f is AddinFunction & { twin: NonNullable<AddinFunction["twin"]> } => f.twin !== null
);

describe.each(convertible.map((f) => [f.id, f] as const))(
  "AICOST.%s prepared for sharing",
  (id, fn) => {
    it("computes the model's value as a twin call and as the twin written out with LET", () => {
      const model = newEngineWorkbook(id);
      for (const twin of TWINS) model.newDefinedName(twin.name, null, twin.formula);
      model.pauseEvaluation();
      const samples = fc.sample(lists(fn), { numRuns: LISTS_PER_FUNCTION, seed: id.length * 7919 });
      const forms: { how: string; row: number; args: Arg[] }[] = [];
      samples.forEach((args, i) => {
        const row = i; // 0-based; arguments from column D on, the twin in A, the LET form in B
        const refs = args.map((a, j) => {
          if (typeof a !== "number") return "";
          model.setUserInput(0, row + 1, 4 + j, String(a));
          return cellAddress(row, 3 + j);
        });
        const call = `=AICOST.${id}(${refs.join(",")})`;
        const asTwin = formulaOf(convertFormula(call, SHOWN, () => true));
        const asNative = formulaOf(convertFormula(call, SHOWN, () => false));
        expect(asTwin).toBe(`=${fn.twin.name}(${refs.join(",")})`);
        expect(asNative.startsWith("=LET(")).toBe(true);
        model.setUserInput(0, row + 1, 1, asTwin);
        model.setUserInput(0, row + 1, 2, asNative);
        forms.push({ how: call, row, args });
      });
      model.resumeEvaluation();
      model.evaluate();
      for (const { how, row, args } of forms) {
        const want = expected(fn.twin.mirrors, args);
        const twin = readEngineCell(model, 0, row + 1, 1);
        const native = readEngineCell(model, 0, row + 1, 2);
        expect(
          agrees(want, twin),
          `${how} as twin ${JSON.stringify(args)}: ${JSON.stringify(twin)} vs ${JSON.stringify(want)}`
        ).toBe(true);
        expect(
          agrees(want, native),
          `${how} written out ${JSON.stringify(args)}: ${JSON.stringify(native)} vs ${JSON.stringify(want)}`
        ).toBe(true);
      }
    });
  }
);
