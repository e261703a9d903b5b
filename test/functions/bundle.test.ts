/**
 * The built functions as Excel runs them: dist/functions.js loaded in a fresh JavaScript
 * context (node:vm) whose only Office global is a CustomFunctions stand-in, each id of
 * dist/functions.json looked up among what the bundle associated, and called with as many
 * arguments as its metadata declares (omitted optionals as null, ranges as rows of cells).
 * test/foundation/bundle.test.ts checks the same ids statically; this one calls them.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { SPECS_BY_ID } from "../../src/functions/specs";
import { FIGURE_IDS } from "../../src/model";
import { DIST, ensureDist } from "../foundation/paths";
import { sameNumber } from "../support/ironcalc";
import {
  callAsExcel,
  CallResult,
  newStandIn,
  StandIn,
  StandInError,
} from "./support/customFunctions";
import { asExcelArgument } from "./support/excelCalls";
import { FunctionMetadata, sourceMetadata } from "./support/metadata";

/** Every record's worked example, by the function's id. */
const EXAMPLES = Object.entries(SPECS_BY_ID).map(([id, spec]) => [id, spec.example] as const);

const BUNDLE = path.join(DIST, "functions.js");
const METADATA = path.join(DIST, "functions.json");

let standIn: StandIn;
let metadata: { functions: FunctionMetadata[] };

beforeAll(() => {
  // `npm test` builds dist/ just before vitest; run alone, this builds it once if it is missing.
  // A bundle older than the sources fails the first test below: run `npm run build`.
  ensureDist();
  metadata = JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: FunctionMetadata[] };
  standIn = newStandIn();
  vm.runInNewContext(
    fs.readFileSync(BUNDLE, "utf8"),
    { CustomFunctions: standIn },
    { filename: BUNDLE }
  );
});

/** Calls the bundle's function `id` as Excel does: every declared parameter, null where omitted. */
function excelCall(id: string, args: readonly unknown[]): CallResult {
  const f = metadata.functions.find((m) => m.id === id);
  if (!f) throw new Error(`dist/functions.json has no ${id}`);
  const full = f.parameters.map((_, i) => (i < args.length ? args[i] : null));
  return callAsExcel(standIn.associated.get(id), full);
}

/** What the cell shows: a 1×1 array result is its single value. */
function shown(result: CallResult): unknown {
  if ("error" in result) return result.error;
  const v = result.value;
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1
    ? v[0][0]
    : v;
}

describe("dist/functions.js in Excel's place", () => {
  it("is built from the current sources: dist/functions.json is what functions.ts declares", async () => {
    const fromSources = await sourceMetadata();
    expect(metadata.functions, "dist/ is older than src/functions: run npm run build").toEqual(
      fromSources.functions
    );
  });

  it("associates a function with every id of dist/functions.json, and nothing else", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect([...standIn.associated.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(typeof standIn.associated.get(id), id).toBe("function");
  });

  it("=AICOST.RATIO(6000000, 500000000) gives 0.012: V3's $6M against Orion's $500M", () => {
    expect(shown(excelCall("RATIO", [[[6000000]], [[500000000]]]))).toBe(0.012);
  });

  it("=AICOST.BURN.YEARS(40000000000, 7500000000) gives 5.333...: $40B at $7.5B a year", () => {
    const years = shown(excelCall("BURN.YEARS", [40000000000, 7500000000]));
    expect(typeof years === "number" && sameNumber(years, 40 / 7.5)).toBe(true);
    expect(String(years)).toMatch(/^5\.333333333333/);
  });

  it.each(EXAMPLES)("AICOST.%s gives its README example's result", (id, example) => {
    const f = metadata.functions.find((m) => m.id === id);
    const args = example.args.map((a, i) => asExcelArgument(a, f?.parameters[i]?.dimensionality));
    const got = shown(excelCall(id, args));
    const want = example.expected;
    if (typeof want === "string") expect(got).toBe(want);
    else if (typeof want === "number")
      expect(typeof got === "number" && sameNumber(got, want), String(got)).toBe(true);
    else expect(got).toEqual(want.map((x) => [x]));
  });

  it("gives Excel errors of the runtime's own class, with their messages", () => {
    const divided = shown(excelCall("RATIO", [[[6e6]], [[0]]]));
    expect(divided).toBeInstanceOf(StandInError);
    expect(divided instanceof StandInError && divided.code).toBe("#DIV/0!");
    const unknown = excelCall("FIGURE", ["orion"]);
    expect("error" in unknown && unknown.error.code).toBe("#N/A");
    expect("error" in unknown && unknown.error.message).toContain(FIGURE_IDS.join(", "));
    const text = excelCall("STAKE", ["forty billion", 300e9]);
    expect("error" in text && text.error.message).toBe(
      'The round must be a number; "forty billion" is text.'
    );
  });
});
