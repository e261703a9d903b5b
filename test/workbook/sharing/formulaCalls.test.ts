/**
 * The formula scanner and rewriter (src/workbook/sharing/formulaCalls.ts): it finds every
 * AICOST call, nested or in lower case, and nothing in text, quoted sheet names or array
 * constants; a rewrite changes the calls and leaves every other character as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rewriteCalls, sameFormula, scanFormula } from "../../../src/workbook/sharing";
import { generatedFormula } from "./formulaArbitraries";

/** Generated formulas per property: enough to reach deep nesting and every decoy often. */
const RUNS = 500;

const ids = (formula: string): string[] => scanFormula(formula).calls.map((c) => c.id);

describe("finding AICOST calls", () => {
  it("finds calls in any case, nested and inside other functions, outer first", () => {
    expect(ids("=aicost.ratio(1,2)")).toEqual(["RATIO"]);
    expect(
      ids('=IFERROR(AICOST.BURN.YEARS(AICOST.FIGURE("openai_funding_round"),B2),0)*2')
    ).toEqual(["BURN.YEARS", "FIGURE"]);
    expect(ids("=1+Aicost.Stake(A1,'My sheet'!B2)")).toEqual(["STAKE"]);
  });

  it("finds nothing in text, quoted sheet names, array constants or names that only start alike", () => {
    expect(ids('="AICOST.RATIO(1,2)"')).toEqual([]);
    expect(ids('="say ""AICOST.RATIO("" twice"&A1')).toEqual([]);
    expect(ids("='AICOST.RATIO(1'!A1+'it''s AICOST.RATIO('!B2")).toEqual([]);
    expect(ids('={1,"AICOST.RATIO("}')).toEqual([]);
    expect(ids("=AICOSTS.RATIO(1,2)+MYAICOST.RATIO(1,2)+AICOST_RATIO(1,2)")).toEqual([]);
  });

  it("splits arguments at their own commas only, and counts blanks", () => {
    const scanned = scanFormula("=AICOST.BURN.YEARS(SUM((A1,B1)),{1,2;3,4}, ,IF(A1,1,2))");
    const call = scanned.calls[0];
    expect(call?.count).toBe(4);
    expect(scanFormula("=AICOST.FIGURE()").calls[0]?.count).toBe(0);
    expect(scanFormula("=AICOST.FIGURE( )").calls[0]?.count).toBe(0);
    expect(scanFormula("=AICOST.RATIO(,)").calls[0]?.count).toBe(2);
  });

  it("says when a call is cut short", () => {
    expect(scanFormula("=AICOST.RATIO(1,2").complete).toBe(false);
    expect(scanFormula("=AICOST.RATIO(1,2)").complete).toBe(true);
  });

  it("finds exactly the calls of generated formulas, in reading order", () => {
    fc.assert(
      fc.property(generatedFormula, (f) => {
        const scanned = scanFormula(`=${f.text}`);
        expect(scanned.complete).toBe(true);
        expect(scanned.calls.map((c) => c.id)).toEqual(f.calls);
      }),
      { numRuns: RUNS }
    );
  });
});

describe("rewriting calls", () => {
  it("gives back the formula byte for byte when nothing is replaced, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          generatedFormula.map((f) => `=${f.text}`)
        ),
        (text) => {
          expect(rewriteCalls(scanFormula(text), () => undefined)).toBe(text);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("rebuilds each call from its name and rewritten arguments exactly", () => {
    fc.assert(
      fc.property(generatedFormula, (f) => {
        const formula = `=${f.text}`;
        const rebuilt = rewriteCalls(
          scanFormula(formula),
          (call, args) => `${call.written}(${args.join(",")})`
        );
        expect(rebuilt).toBe(formula);
      }),
      { numRuns: RUNS }
    );
  });

  it("renames every call and only the calls: decoys stay, and renaming back restores the formula", () => {
    fc.assert(
      fc.property(generatedFormula, (f) => {
        const formula = `=${f.text}`;
        const written: string[] = [];
        const renamed = rewriteCalls(scanFormula(formula), (call, args) => {
          written.push(call.written);
          return `PORTABLE.N${written.length - 1}(${args.join(",")})`;
        });
        expect(scanFormula(renamed).calls).toEqual([]);
        for (const decoy of f.decoys) expect(renamed).toContain(decoy);
        const back = renamed.replace(
          /PORTABLE\.N(\d+)\(/g,
          (_, i: string) => `${written[Number(i)]}(`
        );
        expect(back).toBe(formula);
      }),
      { numRuns: RUNS }
    );
  });
});

describe("comparing formulas as a spreadsheet hands them back", () => {
  it("ignores case, spaces, number spelling and needless sheet quotes, but not text", () => {
    expect(sameFormula("=COST.RATIO(A1, 2)", "=cost.ratio(a1,2)")).toBe(true);
    expect(sameFormula("='Sheet1'!A1*1.50", "=Sheet1!A1*1.5")).toBe(true);
    expect(sameFormula('=A1&"x"', '=A1&"X"')).toBe(false);
    expect(sameFormula("=COST.RATIO(A1,2)", "=COST.RATIO(A1,3)")).toBe(false);
    expect(sameFormula("=A1+B1", "=A1-B1")).toBe(false);
  });
});
