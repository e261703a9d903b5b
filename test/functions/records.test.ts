/**
 * The records (src/functions/specs.ts) are what Excel and the twins see: functions.json
 * declares each record as it is, every function in functions.ts is its record run by the
 * runner (there is no other path), the rules' defaults are the model's own, and each twin
 * takes the custom function's arguments under their snake_case names.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fullName, headingAnchor, README_URL, twinOfFunction } from "../../src/functions/docs";
import * as functions from "../../src/functions/functions";
import { runOnCells, runOnce, runOnceOnText } from "../../src/functions/runner";
import { functionName, functionsSource } from "../../src/functions/source";
import { SPECS_BY_ID } from "../../src/functions/specs";
import { FIGURE_IDS } from "../../src/model";
import { callAsExcel, CallResult, installStandIn, StandInError } from "./support/customFunctions";
import { Metadata, sourceMetadata } from "./support/metadata";

const RECORDS = Object.entries(SPECS_BY_ID);
const EXPORTS: Readonly<Record<string, unknown>> = functions;

let metadata: Metadata;
beforeAll(async () => {
  installStandIn();
  metadata = await sourceMetadata();
});

describe("functions.json", () => {
  it("declares the records' functions, in their order, each under its model function's name", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(RECORDS.map(([id]) => id));
    for (const [id, spec] of RECORDS)
      expect(metadata.functionNameById.get(id), id).toBe(functionName(spec));
  });

  it("gives each function the record's help, arguments and shape", () => {
    for (const [id, spec] of RECORDS) {
      const f = metadata.functions.find((m) => m.id === id);
      const ranges = "ranges" in spec && spec.ranges === true;
      expect(f?.description, id).toBe(spec.description);
      expect(f?.helpUrl, id).toBe(`${README_URL}#${headingAnchor(fullName(id))}`);
      expect(f?.result?.dimensionality, id).toBe(ranges ? "matrix" : undefined);
      expect(
        f?.parameters.map((p) => [p.name, p.description, p.optional ?? false, p.dimensionality]),
        id
      ).toEqual(
        spec.rules.map((r) => [
          r.name,
          r.description,
          r.optional !== undefined,
          ranges ? "matrix" : undefined,
        ])
      );
    }
  });
});

describe("the functions in functions.ts", () => {
  it("are exactly the records' functions", () => {
    const exported = Object.keys(EXPORTS).filter((k) => typeof EXPORTS[k] === "function");
    expect(exported.sort()).toEqual(RECORDS.map(([, spec]) => functionName(spec)).sort());
  });

  /** What a call gave, as comparable data: its value, or its error's code and message. */
  function comparable(result: CallResult): unknown {
    if ("value" in result) return result.value;
    return { code: result.error.code, message: result.error.message };
  }

  /** Runs a call, as Excel sees it: a thrown CustomFunctions.Error is its result. */
  function run(call: () => unknown): CallResult {
    try {
      return { value: call() };
    } catch (thrown) {
      if (thrown instanceof StandInError) return { error: thrown };
      throw thrown;
    }
  }

  it("give what the runner gives on their record, on any arguments", () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -1, 40e9, 7.5e9, 0.3, null, true, "", "7.5%", "abc", ...FIGURE_IDS),
      fc.string()
    );
    const cell = fc.oneof(
      value,
      value.map((x) => [[x]]),
      fc.array(fc.array(value, { maxLength: 3 }), { maxLength: 3 })
    );
    for (const [id, spec] of RECORDS) {
      const fn = EXPORTS[functionName(spec)];
      const ranges = "ranges" in spec && spec.ranges === true;
      const args = fc.array(ranges ? cell : value, {
        minLength: spec.rules.length,
        maxLength: spec.rules.length,
      });
      fc.assert(
        fc.property(args, (list) => {
          const direct = run(() => {
            if ("text" in spec) return runOnceOnText(spec, ...list);
            return ranges ? runOnCells(spec, list) : runOnce(spec, ...list);
          });
          expect(comparable(callAsExcel(fn, list)), id).toEqual(comparable(direct));
        }),
        { numRuns: 300 }
      );
    }
  });

  it("are generated for at most the arguments the runner hands on", () => {
    const [, stake] = RECORDS.find(([id]) => id === "STAKE") ?? [];
    if (!stake || "text" in stake) throw new Error("no STAKE record");
    const rule = { name: "amount", unit: "USD", description: "An amount." };
    const rules = Array.from({ length: 6 }, (_, i) => ({ ...rule, name: `amount${i}` }));
    expect(() => functionsSource({ SIX: { ...stake, rules } })).toThrow(/at most 5 arguments/);
  });
});

describe("the argument rules", () => {
  it("cover the model function's parameters: each required one, then optional ones", () => {
    for (const [id, spec] of RECORDS) {
      const required = spec.rules.filter((r) => !r.optional).length;
      // Function.length counts the parameters before the first default value; a default may
      // be the rule's (FIGURE's bound) or the model's own (the burn growth).
      expect(required, id).toBeLessThanOrEqual(spec.compute.length);
      expect(spec.compute.length, id).toBeLessThanOrEqual(spec.rules.length);
      expect(
        spec.rules.slice(required).every((r) => r.optional),
        id
      ).toBe(true);
    }
  });

  it("have the model's own defaults: an omitted optional computes as the default written out", () => {
    for (const [id, spec] of RECORDS) {
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

  it("are the twin's arguments, in snake_case, at most with a prefix (round: funding_round)", () => {
    const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    for (const [id, spec] of RECORDS) {
      const twin = twinOfFunction(id);
      if (!twin) continue;
      expect(twin.params.length, id).toBe(spec.rules.length);
      twin.params.forEach((p, i) => {
        const rule = spec.rules[i];
        const own = snake(rule?.name ?? "");
        expect(p.name === own || p.name.endsWith(`_${own}`), `${id}: ${p.name}`).toBe(true);
        expect(p.optional, `${id}: ${p.name}`).toBe(rule?.optional !== undefined);
      });
    }
  });
});
