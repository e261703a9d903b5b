/**
 * Safe with the analyst's workbook: loading the article never changes what is theirs. Each
 * case loads through the Excel host into a fake Excel (cells on IronCalc) and compares the
 * analyst's objects, or the whole workbook, before and after.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

/** The contents of a sheet's cells as typed, A1:H20. */
function sheetContents(excel: FakeExcel, name: string): string[][] {
  const sheet = excel.book.sheet(name);
  return Array.from({ length: 20 }, (_, r) =>
    Array.from({ length: 8 }, (_, c) => excel.book.content(sheet, r, c))
  );
}

let loaded: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  loaded = new FakeExcel();
  await hostOn(loaded).loadArticle({ resetInputs: false });
});

describe("loading beside the analyst's own objects", () => {
  it("leaves their sheet named Inputs as it is and puts the add-in's inputs on Inputs (2)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Inputs");
    excel.type("Inputs", "A1", "My own inputs", 42, "=B1*2");
    excel.type("Inputs", "B5", "'=not a formula");
    const theirs = sheetContents(excel, "Inputs");

    const summary = await hostOn(excel).loadArticle({ resetInputs: false });

    expect(sheetContents(excel, "Inputs")).toEqual(theirs);
    expect(excel.value("Inputs", "C1").value).toBe(84);
    expect(excel.sheetNames()).toContain("Inputs (2)");
    expect(summary.warnings.join(" ")).toContain('named "Inputs (2)"');
    expect(sameNumber(excel.named("out_RunwayAtFrontierYears").value as number, 40 / 7.5)).toBe(
      true
    );
    expect(excel.book.nameRange("in_FundingUsd").sheet).toBe(excel.book.sheet("Inputs (2)"));
  });

  it("leaves their table named ArticleCosts as it is and names the add-in's ArticleCosts_2", async () => {
    const excel = new FakeExcel();
    excel.type("Sheet1", "A1", "Item", "Cost");
    excel.type("Sheet1", "A2", "GPUs", 1000);
    excel.addTable("Sheet1", "A1:B2", "ArticleCosts");
    const theirs = sheetContents(excel, "Sheet1");
    const theirTable = structuredClone(excel.book.tables[0]);

    await hostOn(excel).loadArticle({ resetInputs: false });

    expect(sheetContents(excel, "Sheet1")).toEqual(theirs);
    expect(excel.book.tables[0]).toEqual(theirTable);
    expect(excel.book.tables.map((t) => t.name)).toContain("ArticleCosts_2");
  });

  it("stops at their defined name in_FundingUsd, says what to rename, and changes nothing", async () => {
    const excel = loaded.copy();
    excel.deleteName("AICOST_OWNS_NAME_in_FundingUsd"); // as if the name were theirs
    const before = excel.state();

    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));

    expect(error.problem.code).toBe("conflict");
    expect(error.problem.repair).toMatch(/Rename or delete your "in_FundingUsd"/);
    expect(excel.state()).toEqual(before);
    expect(excel.syncs).toBe(1);
  });

  it("stops at a defined name of theirs in a new workbook without adding a single sheet", async () => {
    const excel = new FakeExcel();
    excel.defineName("out_StakeBought", "=Sheet1!$A$1");
    const before = excel.state();
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.message).toMatch(/"out_StakeBought" \(=Sheet1!\$A\$1\)/);
    expect(excel.state()).toEqual(before);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("reloading over the add-in's own sheets", () => {
  it("keeps the analyst's edit of an input and their notes beside the model; resets only when asked", async () => {
    const excel = loaded.copy();
    excel.type("Inputs", "B5", 9000000000);
    excel.type("Inputs", "Z5", "my note: check this with finance");
    const host = hostOn(excel);

    await host.loadArticle({ resetInputs: false });
    expect(excel.value("Inputs", "B5").value).toBe(9e9);
    expect(excel.value("Inputs", "Z5").value).toBe("my note: check this with finance");

    await host.loadArticle({ resetInputs: true });
    expect(excel.value("Inputs", "B5").value).toBe(7.5e9);
    expect(excel.value("Inputs", "Z5").value).toBe("my note: check this with finance");
  });

  it("restores a formula of the model the analyst overwrote (the model is the add-in's)", async () => {
    const excel = loaded.copy();
    const { sheet, area } = excel.book.nameRange("out_RunwayAtFrontierYears");
    const address = `${String.fromCharCode(65 + area.c0)}${area.r0 + 1}`;
    const sheetName = excel.book.nameOf(sheet);
    excel.type(sheetName, address, 99);
    await hostOn(excel).loadArticle({ resetInputs: false });
    expect(sameNumber(excel.named("out_RunwayAtFrontierYears").value as number, 40 / 7.5)).toBe(
      true
    );
  });

  it("stops when an add-in sheet is protected, says how to unprotect it, and changes nothing", async () => {
    const excel = loaded.copy();
    excel.protect("Model");
    excel.type("Inputs", "B5", 9000000000);
    const before = excel.state();

    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: true }));

    expect(error.problem.code).toBe("protected");
    expect(error.problem.message).toMatch(/"Model" is protected/);
    expect(error.problem.repair).toMatch(/Review > Unprotect Sheet/);
    expect(excel.state()).toEqual(before);
    expect(excel.syncs).toBe(1);
  });

  it("refuses to load in an Excel older than the add-in's requirement set, before any change", async () => {
    const excel = new FakeExcel({ excelApi: "1.6" });
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("unsupported");
    expect(excel.syncs).toBe(0);
  });
});
