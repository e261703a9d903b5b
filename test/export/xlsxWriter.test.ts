// The package writer on small workbooks made for one rule each: what a cell holds comes back
// as the same type and value (text stays text, whatever it looks like), and what Excel would
// have to repair is refused with a clear error instead of written.
import { describe, expect, it } from "vitest";
import type { EngineCell } from "../../src/preview/engine";
import { writeXlsx, type ExportWorkbook } from "../../src/preview/export";
import type { ExportCell } from "../../src/preview/export/workbookContent";
import { cellRulesMessages } from "../../src/workbook/messages";
import { attribute, child, children, openXlsx, readSheets, textOf } from "./support/xlsxXml";

const look = { numberFormat: null, style: {} };

function book(
  cells: readonly Omit<ExportCell, "look">[],
  extra: Partial<ExportWorkbook> = {}
): ExportWorkbook {
  return {
    sheets: [
      {
        name: "Sheet",
        columnWidths: [],
        frozenRows: 0,
        tables: [],
        cells: cells.map((c) => ({ ...c, look })),
      },
    ],
    names: [],
    ...extra,
  };
}

function roundTrip(values: readonly EngineCell[]) {
  const cells = values.map((value, column) => ({ row: 0, column, value }));
  const sheet = readSheets(openXlsx(writeXlsx(book(cells))))[0];
  return values.map((_, column) => sheet?.cells.get(`${String.fromCharCode(65 + column)}1`));
}

describe("the .xlsx writer", () => {
  it("keeps text as text, even when it looks like a formula, a number, a boolean or an error", () => {
    const texts = [
      "=1+1",
      "+5",
      "-5",
      "123",
      "TRUE",
      "#N/A",
      "'quoted",
      "  spaced  ",
      "two\nlines",
    ];
    const read = roundTrip(texts.map((value) => ({ kind: "text", value })));
    read.forEach((cell, i) => {
      expect(cell?.value, texts[i]).toBe(texts[i]);
      expect(cell?.formula, texts[i]).toBeUndefined();
    });
  });

  it("escapes what looks like Excel's _xHHHH_ escape, and characters XML cannot carry", () => {
    const texts = ["_x0041_ stays as typed", "bell\u0007here", "tab\tkept"];
    const read = roundTrip(texts.map((value) => ({ kind: "text", value })));
    expect(read.map((c) => c?.value)).toEqual(texts);
  });

  it("writes numbers, booleans and errors with their types", () => {
    const read = roundTrip([
      { kind: "number", value: 0.1 + 0.2 },
      { kind: "number", value: -6.5e-12 },
      { kind: "boolean", value: false },
      { kind: "error", value: "#DIV/0!" },
    ]);
    expect(read.map((c) => c?.value)).toEqual([0.1 + 0.2, -6.5e-12, false, { error: "#DIV/0!" }]);
  });

  it("caches an error only IronCalc has as #VALUE!, a value Excel files can hold", () => {
    const cells = [
      {
        row: 0,
        column: 0,
        formula: "=NOSUCH(1)",
        value: { kind: "error", value: "#N/IMPL!" } as const,
      },
    ];
    const sheet = readSheets(openXlsx(writeXlsx(book(cells))))[0];
    expect(sheet?.cells.get("A1")).toMatchObject({
      formula: "NOSUCH(1)",
      value: { error: "#VALUE!" },
    });
  });

  it("refuses text, formulas, comments and sheet names Excel would have to repair", () => {
    const long = (n: number) => "x".repeat(n);
    const text = (value: string) => book([{ row: 0, column: 0, value: { kind: "text", value } }]);
    expect(() => writeXlsx(text(long(32767)))).not.toThrow();
    expect(() => writeXlsx(text(long(32768)))).toThrow(/A1 is longer than Excel accepts/);
    const formula = (length: number) =>
      book([
        {
          row: 0,
          column: 0,
          formula: `=${"1+".repeat(length / 2 - 1)}1`,
          value: { kind: "number", value: 1 },
        },
      ]);
    expect(() => writeXlsx(formula(8192))).not.toThrow();
    expect(() => writeXlsx(formula(8194))).toThrow(/formula in A1 is longer/);
    const named = (comment: string) =>
      book([], { names: [{ name: "Rate", formula: "=Sheet!$A$1", comment, hidden: false }] });
    expect(() => writeXlsx(named(long(255)))).not.toThrow();
    expect(() => writeXlsx(named(long(256)))).toThrow(/comment of the name Rate/);
    const sheetNamed = (name: string): ExportWorkbook => ({
      sheets: [{ name, columnWidths: [], frozenRows: 0, tables: [], cells: [] }],
      names: [],
    });
    for (const bad of ["", "a/b", "[x]", "'quoted'", long(32)]) {
      expect(() => writeXlsx(sheetNamed(bad)), bad).toThrow(/cannot name a sheet/);
    }
    expect(() => roundTrip([{ kind: "number", value: Number.NaN }])).toThrow(
      /number the file cannot/
    );
  });

  it("hides the names marked hidden and keeps each name's comment", () => {
    const bytes = writeXlsx(
      book([], {
        names: [
          { name: "Rate", formula: "=Sheet!$A$1", comment: "A rate, as a share", hidden: false },
          { name: "Marker", formula: "=Sheet!$A$1", hidden: true },
        ],
      })
    );
    const names = children(
      child(child(openXlsx(bytes).xml("xl/workbook.xml"), "workbook"), "definedNames"),
      "definedName"
    );
    expect(
      names.map((n) => [attribute(n, "name"), attribute(n, "hidden"), attribute(n, "comment")])
    ).toEqual([
      ["Marker", "1", undefined],
      ["Rate", undefined, "A rate, as a share"],
    ]);
  });

  it("writes a whole-number rule between its bounds, with the Excel host's alert, beside a list", () => {
    const [sheet] = book([]).sheets;
    if (!sheet) throw new Error("no sheet");
    const rules = {
      listValidations: [{ address: "B4", source: "'Sheet'!$D$1:$D$3" }],
      wholeNumberValidations: [{ address: "C5:C6", min: 1, max: 1000 }],
    };
    const bytes = writeXlsx({ sheets: [{ ...sheet, rules }], names: [] });
    const worksheet = child(openXlsx(bytes).xml("xl/worksheets/sheet1.xml"), "worksheet");
    const validations = child(worksheet, "dataValidations");
    expect(attribute(validations, "count")).toBe("2");
    const [list, whole] = [child(validations, "dataValidation")].flat();
    expect(attribute(list, "type")).toBe("list");
    const alert = cellRulesMessages.wholeNumber(1, 1000);
    expect(alert.message).toBe("Type a whole number from 1 to 1,000.");
    expect({
      type: attribute(whole, "type"),
      operator: attribute(whole, "operator"),
      sqref: attribute(whole, "sqref"),
      errorStyle: attribute(whole, "errorStyle"),
      showErrorMessage: attribute(whole, "showErrorMessage"),
      errorTitle: attribute(whole, "errorTitle"),
      error: attribute(whole, "error"),
      formula1: textOf(child(whole, "formula1")),
      formula2: textOf(child(whole, "formula2")),
    }).toEqual({
      type: "whole",
      operator: "between",
      sqref: "C5:C6",
      errorStyle: "stop",
      showErrorMessage: "1",
      errorTitle: alert.title,
      error: alert.message,
      formula1: "1",
      formula2: "1000",
    });
    // In the part's order: after the cells, before the page margins (ECMA-376 CT_Worksheet).
    const xml = openXlsx(bytes).text("xl/worksheets/sheet1.xml");
    expect(xml.indexOf("</sheetData>")).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml.indexOf("</dataValidations>")).toBeLessThan(xml.indexOf("<pageMargins"));
  });

  it("writes no dataValidations element for a sheet without lists or whole numbers", () => {
    const xml = openXlsx(writeXlsx(book([]))).text("xl/worksheets/sheet1.xml");
    expect(xml).not.toContain("dataValidation");
  });
});
