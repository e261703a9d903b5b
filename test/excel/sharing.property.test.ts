/**
 * The round trip on generated formulas, through the Excel host on the fake Excel (cells on
 * IronCalc, the add-in's functions running): prepare, then restore, gives back the very same
 * workbook, whatever mix of AICOST calls, decoys, ranges and quoted sheet names the cells hold.
 */
import fc from "fast-check";
import { tokenTypes, tokenize } from "@borgar/fx";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIronCalc } from "../support/ironcalc";
import { generatedFormula } from "../workbook/sharing/formulaArbitraries";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn } from "./support/hostOn";

/** Workbooks per run: each is a fresh fake Excel, prepared and restored (about a second each). */
const RUNS = 30;
/** Formulas per workbook: enough for twins, frozen cells and untouched ones side by side. */
const CELLS = 6;

/** The sheets a formula's quoted references name, so the workbook has them (as Excel would). */
function sheetsNamed(formula: string): string[] {
  return tokenize(formula, { mergeRefs: false })
    .filter((t) => t.type === tokenTypes.CONTEXT_QUOTE)
    .map((t) => t.value.slice(1, -1).replace(/''/g, "'"));
}

/** A blank workbook with the add-in's functions running; each run starts from a copy. */
let blank: FakeExcel;
/**
 * What the engine can take: IronCalc has no tables (Table1[Col]), computes a whole column (A:A)
 * as a million cells (seconds a formula), and stops on a range operator between anything but
 * two cells (4e10:B2, which Excel refuses too). The scanner's own tests cover all of these.
 */
function engineCanTake(f: { text: string }): boolean {
  const withoutRanges = f.text.replace(/\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+/gi, "");
  return !f.text.includes("Table1[") && !withoutRanges.includes(":");
}

beforeAll(() => {
  loadIronCalc();
  blank = new FakeExcel();
  blank.installAddin();
});

describe("prepare then restore, on generated formulas", () => {
  it("gives back every cell exactly", async () => {
    const seen = { toTwin: 0, toNative: 0, frozen: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedFormula.filter(engineCanTake), { minLength: CELLS, maxLength: CELLS }),
        async (formulas) => {
          const excel = blank.copy();
          const typed = formulas.map((f) => `=${f.text}`);
          for (const name of new Set(typed.flatMap(sheetsNamed))) excel.addSheet(name);
          // Beside them, a call that has a twin, one that has none, a number and a decoy text.
          const fixed = [
            "=AICOST.RATIO(1,4)",
            '=AICOST.FIGURE("v3_training_cost")',
            40e9,
            "'=AICOST.RATIO(1,2)",
          ];
          excel.type("Sheet1", "A1", ...typed, ...fixed);
          const before = excel.state();
          const host = hostOn(excel);
          const prepared = await host.sharing.prepareForSharing();
          seen.toTwin += prepared.toTwin;
          seen.toNative += prepared.toNative;
          seen.frozen += prepared.frozen;
          const restored = await host.sharing.restoreAddinFormulas();
          expect(restored).toEqual({ restored: prepared.changed, leftAlone: [] });
          expect(excel.state()).toEqual(before);
        }
      ),
      { numRuns: RUNS, endOnFailure: true }
    );
    // The runs did change cells, each way (no twins here: the article is not loaded).
    expect(seen.toNative).toBeGreaterThan(0);
    expect(seen.frozen).toBeGreaterThan(0);
  });
});
