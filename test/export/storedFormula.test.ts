// How formulas are written into the file: Excel's stored form of future functions ([MS-XLSX]
// 2.2.2: _xlfn., _xlfn._xlws.) and of LAMBDA/LET parameters (_xlpm., optional ones declared as
// _xlop.), leaving everything else as typed. The plan's own formulas are checked too: its
// cells use only functions every Excel knows, and never a LAMBDA twin.
import { describe, expect, it } from "vitest";
import { futurePrefix, storedFormula } from "../../src/preview/export/storedFormula";
import { tokenize } from "../../src/preview/export/formulaTokens";
import { isFormula } from "../../src/workbook/plan";
import { PLAN } from "./support/exportedBook";
import { typedForm } from "./support/typedForm";

const planCellFormulas = PLAN.sheets.flatMap((sheet) =>
  sheet.blocks.flatMap((block) =>
    block.cells.flat().flatMap((cell) => (isFormula(cell) ? [cell.formula.slice(1)] : []))
  )
);
const twins = PLAN.names.filter((n) => n.kind === "twin");

/** Functions every Excel since 2007 knows, as the plan's cells use them. */
function calledFunctions(formula: string): string[] {
  const tokens = tokenize(formula);
  return tokens.flatMap((t, i) =>
    t.kind === "word" && tokens[i + 1]?.kind === "open" ? [t.text] : []
  );
}

describe("the stored form of a formula", () => {
  it("prefixes functions newer than Excel 2007, and FILTER and SORT with _xlws. too", () => {
    expect(storedFormula("XLOOKUP(1,A1:A3,B1:B3)")).toBe("_xlfn.XLOOKUP(1,A1:A3,B1:B3)");
    expect(storedFormula("IFS(A1>1,1,TRUE,2)+CONCAT(A1,B1)")).toBe(
      "_xlfn.IFS(A1>1,1,TRUE,2)+_xlfn.CONCAT(A1,B1)"
    );
    expect(storedFormula("SUM(FILTER(A1:A9,B1:B9))+SORT(A1:A3)")).toBe(
      "SUM(_xlfn._xlws.FILTER(A1:A9,B1:B9))+_xlfn._xlws.SORT(A1:A3)"
    );
    expect(storedFormula("stdev.s(A1:A3)")).toBe("_xlfn.stdev.s(A1:A3)");
  });

  it("leaves old functions, names, references, numbers, text and quoted sheets as typed", () => {
    const typed = `IF(SIGN(in_FundingUsd)<0,#NUM!,'LET(x'!$B$5*1E-14&"LAMBDA(x,x)"&BURN.YEARS(A1,2))`;
    expect(storedFormula(typed)).toBe(typed);
    expect(storedFormula("NETWORKDAYS.INTL(A1,B1)")).toBe("NETWORKDAYS.INTL(A1,B1)");
  });

  it("does not prefix a function twice", () => {
    expect(storedFormula("_xlfn.XLOOKUP(1,A1:A3,B1:B3)")).toBe("_xlfn.XLOOKUP(1,A1:A3,B1:B3)");
    expect(futurePrefix("_xlfn.XLOOKUP")).toBe("");
  });

  it("writes LAMBDA parameters as _xlpm., an optional one declared as _xlop. without brackets", () => {
    expect(storedFormula("LAMBDA(x,[y],IF(ISOMITTED(y),x,x+y))")).toBe(
      "_xlfn.LAMBDA(_xlpm.x,_xlop.y,IF(_xlfn.ISOMITTED(_xlpm.y),_xlpm.x,_xlpm.x+_xlpm.y))"
    );
    expect(storedFormula("LAMBDA([x], [y], 1)")).toBe("_xlfn.LAMBDA(_xlop.x, _xlop.y, 1)");
  });

  it("writes LET names as _xlpm., each seen by what follows it, including a LAMBDA it holds", () => {
    expect(storedFormula("LET(f,LAMBDA(t,t*3),n,f(2),n+1)")).toBe(
      "_xlfn.LET(_xlpm.f,_xlfn.LAMBDA(_xlpm.t,_xlpm.t*3),_xlpm.n,_xlpm.f(2),_xlpm.n+1)"
    );
  });

  it("prefixes a parameter only inside its LAMBDA: the same name outside stays a workbook name", () => {
    expect(storedFormula("rate+LAMBDA(rate,rate*2)(rate)")).toBe(
      "rate+_xlfn.LAMBDA(_xlpm.rate,_xlpm.rate*2)(rate)"
    );
  });

  it("matches parameters without regard to case, as Excel names do", () => {
    expect(storedFormula("LAMBDA(Cash,cash*2)")).toBe("_xlfn.LAMBDA(_xlpm.Cash,_xlpm.cash*2)");
  });

  it("refuses a formula it cannot read rather than write a wrong one", () => {
    expect(() => storedFormula('IF(A1="x,1,2)')).toThrow(/quote is not closed/);
    expect(() => storedFormula("SUM(A1")).toThrow(/not closed/);
    expect(() => storedFormula("SUM(A1))")).toThrow(/has no "\("/);
    expect(() => storedFormula("LAMBDA(1+1,x,x)")).toThrow(/Not a parameter name/);
    expect(() => storedFormula("LET([x],1,x)")).toThrow(/cannot be optional/);
  });

  it("tokens give the formula back exactly", () => {
    for (const formula of [...planCellFormulas, ...twins.map((t) => t.formula.slice(1))]) {
      expect(
        tokenize(formula)
          .map((t) => t.text)
          .join("")
      ).toBe(formula);
    }
  });
});

describe("the plan's formulas in the file", () => {
  it("every LAMBDA twin is stored with _xlfn. and _xlpm./_xlop. and reads back as typed", () => {
    expect(twins.length).toBeGreaterThan(0);
    for (const twin of twins) {
      const stored = storedFormula(twin.formula.slice(1));
      expect(stored.startsWith("_xlfn.LAMBDA(_xlpm."), twin.name).toBe(true);
      expect(stored, twin.name).not.toMatch(/\[/);
      expect(stored, twin.name).not.toMatch(/(?<![._\w])(LET|ISOMITTED|LAMBDA)\(/);
      expect(typedForm(stored), twin.name).toBe(twin.formula.slice(1));
    }
  });

  it("optional twin parameters are declared as _xlop.", () => {
    const burnYears = twins.find((t) => t.name === "BURN.YEARS");
    expect(burnYears?.formula).toContain("[burn_growth]");
    expect(storedFormula(burnYears?.formula.slice(1) ?? "")).toContain(
      "_xlpm.annual_burn,_xlop.burn_growth,_xlop.annual_revenue,"
    );
  });

  it("the plan's cells call one function newer than Excel 2007, PERCENTILE.INC, stored with its prefix", () => {
    const called = new Set(planCellFormulas.flatMap(calledFunctions).map((f) => f.toUpperCase()));
    expect([...called].filter((f) => futurePrefix(f) !== "")).toEqual(["PERCENTILE.INC"]);
    for (const formula of planCellFormulas) {
      const expected = formula.replace(/\bPERCENTILE\.INC\(/g, "_xlfn.PERCENTILE.INC(");
      expect(storedFormula(formula)).toBe(expected);
    }
  });

  it("no cell of the model uses a LAMBDA twin (LibreOffice and Excel 2019 have no LAMBDA)", () => {
    const twinNames = new Set(twins.map((t) => t.name.toUpperCase()));
    const uses = planCellFormulas.filter((formula) =>
      tokenize(formula).some((t) => t.kind === "word" && twinNames.has(t.text.toUpperCase()))
    );
    expect(uses).toEqual([]);
  });
});
