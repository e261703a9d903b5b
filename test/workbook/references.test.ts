/**
 * Reading the references Excel hands back (its normalised forms) and picking free names.
 */
import { describe, expect, it } from "vitest";
import {
  freeSheetName,
  freeTableName,
  isTableNameFor,
  NameSet,
  sheetOfReference,
  splitReference,
} from "../../src/workbook/references";

describe("sheetOfReference", () => {
  it.each([
    ["=Inputs!$A$1", "Inputs"],
    ["='Inputs'!$A$1", "Inputs"],
    ["='My inputs'!$B$5", "My inputs"],
    ["='It''s mine'!$A$1:$C$3", "It's mine"],
    ["='Inputs (2)'!$A$1", "Inputs (2)"],
    ["Scenarios!A4:L4", "Scenarios"],
  ])("reads the sheet of %s", (formula, sheet) => {
    expect(sheetOfReference(formula)).toBe(sheet);
  });

  it.each([
    "=#REF!$A$1",
    "=#REF!",
    "=LAMBDA(x,x+1)",
    "=$A$1",
    "=1",
    "='unterminated!$A$1",
    "=SUM(Inputs!A1)",
  ])("finds no sheet in %s", (formula) => {
    expect(sheetOfReference(formula)).toBeNull();
  });

  it("splits a sheet-qualified chart range into sheet and address", () => {
    expect(splitReference("'Compare'!$F$5:$F$24")).toEqual({
      sheet: "Compare",
      address: "$F$5:$F$24",
    });
    expect(() => splitReference("$F$5")).toThrow(/Not a sheet reference/);
  });
});

describe("free names", () => {
  it("keeps the planned sheet name when free, else counts up, ignoring case as Excel does", () => {
    expect(freeSheetName("Inputs", new NameSet(["Sheet1"]))).toBe("Inputs");
    expect(freeSheetName("Inputs", new NameSet(["INPUTS", "inputs (2)"]))).toBe("Inputs (3)");
  });

  it("keeps a free sheet name within Excel's 31 characters", () => {
    const long = "A sheet name of exactly 31 char";
    expect(long).toHaveLength(31);
    const free = freeSheetName(long, new NameSet([long]));
    expect(free).toHaveLength(31);
    expect(free.endsWith(" (2)")).toBe(true);
  });

  it("gives a table a suffixed name and recognises it later", () => {
    const taken = new NameSet(["ArticleCosts", "articlecosts_2"]);
    const free = freeTableName("ArticleCosts", taken);
    expect(free).toBe("ArticleCosts_3");
    expect(isTableNameFor("ArticleCosts", free)).toBe(true);
    expect(isTableNameFor("ArticleCosts", "ARTICLECOSTS")).toBe(true);
    expect(isTableNameFor("ArticleCosts", "ArticleCosts_x")).toBe(false);
    expect(isTableNameFor("ArticleCosts", "MyArticleCosts_2")).toBe(false);
  });
});
