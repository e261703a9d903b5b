/**
 * Test support: generated Excel formulas that call AICOST functions among everything that
 * could be mistaken for a call: text in quotes with "" escapes and "AICOST.RATIO(" inside,
 * quoted sheet names with '' escapes and "AICOST.RATIO(" inside, built-in calls, array
 * constants, unions, lower-case names and spaces. Each formula comes with the calls it holds
 * (in reading order) and the decoys, so tests can check what a scan finds and what a rewrite
 * must leave as it was. Every bound is named with its reason.
 */
import fc from "fast-check";
import { ADDIN_FUNCTIONS } from "../../../src/workbook/sharing";

export interface GeneratedFormula {
  /** Without the leading "=". */
  readonly text: string;
  /** Ids (upper case) of the AICOST calls, outer before inner, in reading order. */
  readonly calls: readonly string[];
  /** String literals and quoted sheet names, which a rewrite must keep byte for byte. */
  readonly decoys: readonly string[];
}

/** Nesting depth: deep enough for calls in calls in other functions, small enough to read a failure. */
const MAX_DEPTH = 4;
/** Arguments per call: up to one more than any AICOST function takes (5), and none. */
const MAX_ARGS = 6;

const DECOY_TEXT = [
  "AICOST.RATIO(",
  "aicost.burn.years(1,2)",
  'say ""AICOST.FIGURE(""',
  ")",
  "(",
  ",",
  "'",
];

const leaf = (text: string): GeneratedFormula => ({ text, calls: [], decoys: [] });

/** The same letters in random case: Excel ignores it. */
const anyCase = (word: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) =>
      [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("")
    );

const number = fc.oneof(
  fc.nat(1_000_000).map(String),
  fc.constantFrom("0.5", "1E+21", "4e10", "7.5%")
);
const cell = fc.constantFrom(
  "A1",
  "$B$2",
  "c3",
  "AB12",
  "A1:B3",
  "A:A",
  "in_FundingUsd",
  "Table1[Col]"
);
const stringLiteral = fc
  .array(fc.oneof(fc.constantFrom(...DECOY_TEXT), fc.string({ maxLength: 4 })), { maxLength: 3 })
  .map((parts) => `"${parts.join("").replace(/"/g, '""')}"`);
const sheetName = fc
  .array(
    fc.oneof(
      fc.constantFrom("My sheet", "AICOST.RATIO(1", "it's", "2024"),
      fc.constantFrom("x", "Q")
    ),
    {
      minLength: 1,
      maxLength: 2,
    }
  )
  .map((parts) => parts.join(" "));
const quotedRef = fc
  .tuple(sheetName, fc.constantFrom("A1", "B2:C3"))
  .map(([name, ref]) => `'${name.replace(/'/g, "''")}'!${ref}`);

const space = fc.constantFrom("", "", "", " ");

export const generatedFormula: fc.Arbitrary<GeneratedFormula> = fc.letrec<{
  expr: GeneratedFormula;
}>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", maxDepth: MAX_DEPTH, withCrossShrink: true },
    { weight: 3, arbitrary: fc.oneof(number, cell).map(leaf) },
    { weight: 2, arbitrary: stringLiteral.map((s) => ({ text: s, calls: [], decoys: [s] })) },
    { weight: 1, arbitrary: quotedRef.map((s) => ({ text: s, calls: [], decoys: [s] })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...ADDIN_FUNCTIONS.map((f) => f.id), "NOT.A.FUNCTION"),
          fc.array(fc.oneof(tie("expr"), fc.constant(leaf(""))), { maxLength: MAX_ARGS }),
          space
        )
        .chain(([id, args, pad]) =>
          anyCase(`AICOST.${id}`).map((name): GeneratedFormula => ({
            text: `${name}(${args.map((a) => pad + a.text).join(",")})`,
            calls: [id, ...args.flatMap((a) => a.calls)],
            decoys: args.flatMap((a) => a.decoys),
          }))
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom("SUM", "IF", "iferror", "LET"),
          fc.array(tie("expr"), { minLength: 1, maxLength: 3 })
        )
        .map(([name, args]) => combine(args, (texts) => `${name}(${texts.join(",")})`)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(tie("expr"), fc.constantFrom("+", "*", "&", "<>", " ", ":"), tie("expr"))
        .map(([a, op, b]) => combine([a, b], ([x, y]) => `${x}${op}${y}`)),
    },
    { weight: 1, arbitrary: tie("expr").map((a) => combine([a], ([x]) => `(${x})`)) },
    { weight: 1, arbitrary: fc.constant(leaf('{1,2;3,"AICOST.RATIO("}')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(tie("expr"), tie("expr"))
        .map((args) => combine(args, ([x, y]) => `SUM((${x},${y}))`)),
    }
  ),
})).expr;

function combine(
  parts: readonly GeneratedFormula[],
  text: (texts: string[]) => string
): GeneratedFormula {
  return {
    text: text(parts.map((p) => p.text)),
    calls: parts.flatMap((p) => p.calls),
    decoys: parts.flatMap((p) => p.decoys),
  };
}
