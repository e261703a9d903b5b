/**
 * The sharing layer's table of AICOST functions (src/workbook/sharing/addinFunctions.ts) is the
 * custom functions' own account of themselves: the ids functions.json declares, the twin that
 * mirrors the model function each custom function computes, and the same required and
 * optional arguments, so that a call the custom function takes is a call the twin takes.
 */
import { describe, expect, it } from "vitest";
import * as model from "../../../src/model";
import { SPECS_BY_ID } from "../../../src/functions/specs";
import { ADDIN_FUNCTIONS } from "../../../src/workbook/sharing";
import { sourceMetadata } from "../../functions/support/metadata";

describe("the functions prepare knows", () => {
  it("are exactly the custom functions functions.json declares", async () => {
    const { functions } = await sourceMetadata();
    expect(ADDIN_FUNCTIONS.map((f) => f.id).sort()).toEqual(functions.map((f) => f.id).sort());
    expect(Object.keys(SPECS_BY_ID).sort()).toEqual(functions.map((f) => f.id).sort());
  });

  it("pair each function with the twin of the model function it computes", () => {
    for (const fn of ADDIN_FUNCTIONS) {
      const spec = SPECS_BY_ID[fn.id];
      if (fn.twin === null) continue;
      expect(spec?.compute, fn.id).toBe(model[fn.twin.mirrors]);
    }
  });

  it("give each twin the custom function's arguments: as many, the same ones optional", () => {
    for (const fn of ADDIN_FUNCTIONS) {
      if (fn.twin === null) continue;
      const rules = SPECS_BY_ID[fn.id]?.rules ?? [];
      expect(
        fn.twin.params.map((p) => p.optional),
        fn.id
      ).toEqual(rules.map((r) => r.optional !== undefined));
    }
  });

  it("take ranges exactly where functions.json declares every argument a matrix", async () => {
    const { functions } = await sourceMetadata();
    for (const fn of ADDIN_FUNCTIONS) {
      if (fn.twin === null) continue;
      const meta = functions.find((f) => f.id === fn.id);
      const matrix = meta?.parameters.every((p) => p.dimensionality === "matrix") ?? false;
      expect(fn.takesRanges, fn.id).toBe(matrix);
    }
  });

  it("freeze only the functions with no model function behind them: FIGURE and SOURCE", () => {
    expect(ADDIN_FUNCTIONS.filter((f) => f.twin === null).map((f) => f.id)).toEqual([
      "FIGURE",
      "SOURCE",
    ]);
    for (const id of ["FIGURE", "SOURCE"]) {
      expect(Object.values(model)).not.toContain(SPECS_BY_ID[id]?.compute);
    }
  });
});
