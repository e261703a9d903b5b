/**
 * The manifest's ExcelApi requirement keeps step with the code: every Excel API member that
 * src/excel/ touches (found by the TypeScript checker, load() paths included) is in the table of
 * src/excel/requirements.ts with the set its declaration names, nothing in the table is unused,
 * and manifest.xml declares the highest set among the members used unconditionally.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareVersions, EXCEL_API_USES, requiredExcelApi } from "../../src/excel/requirements";
import { scanExcelApi, type ScanResult } from "./support/apiScan";

const REPO = resolve(__dirname, "../..");

/** Members every Office.js object has, declared without a requirement set (ExcelApi 1.1). */
const BASELINE = /\.(load|items)$|^RequestContext\.workbook$/;

let scan: ScanResult;
beforeAll(() => {
  scan = scanExcelApi(resolve(REPO, "src/excel"));
});

describe("the Excel API members the add-in uses", () => {
  it("are found (the scan sees the layer's calls)", () => {
    const used = scan.members.map((m) => m.member);
    expect(used).toEqual(
      expect.arrayContaining(["Range.formulas", "NamedItemCollection.add", "Worksheet.onChanged"])
    );
  });

  it("load only paths that exist on the objects they are loaded from", () => {
    expect(scan.badLoadPaths).toEqual([]);
  });

  it("are each in the requirements table with the set their declaration names", () => {
    const missing = scan.members
      .filter((m) => m.set !== null && EXCEL_API_USES[m.member]?.set !== m.set)
      .map((m) => `${m.member} (ExcelApi ${m.set}, used at ${m.at})`);
    expect(missing).toEqual([]);
  });

  it("name no set only where Office.js declares none (load, items, the workbook)", () => {
    const unexplained = scan.members.filter((m) => m.set === null && !BASELINE.test(m.member));
    expect(unexplained).toEqual([]);
  });

  it("leave nothing unused in the table", () => {
    const used = new Set(scan.members.map((m) => m.member));
    expect(Object.keys(EXCEL_API_USES).filter((member) => !used.has(member))).toEqual([]);
  });

  it("above the required set are optional (guarded, or event data an older Excel leaves out)", () => {
    const required = requiredExcelApi();
    const unguarded = Object.entries(EXCEL_API_USES)
      .filter(([, use]) => compareVersions(use.set, required) > 0 && !use.optional)
      .map(([member]) => member);
    expect(unguarded).toEqual([]);
  });
});

describe("manifest.xml", () => {
  it("declares exactly the ExcelApi set the code needs", () => {
    const manifest = readFileSync(resolve(REPO, "manifest.xml"), "utf8");
    const declared = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/.exec(manifest)?.[1];
    expect(declared).toBe(requiredExcelApi());
  });

  it("the required set is 1.7 today: events, freeze panes, name formulas, workbook protection, chart series", () => {
    const needing17 = Object.entries(EXCEL_API_USES)
      .filter(([, use]) => use.set === "1.7" && !use.optional)
      .map(([member]) => member);
    expect(requiredExcelApi()).toBe("1.7");
    expect(needing17).toEqual(expect.arrayContaining(["Worksheet.onChanged", "NamedItem.formula"]));
  });
});
