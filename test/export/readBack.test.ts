// The exported .xlsx read back with an independent reader: exceljs for sheets, cells, tables
// and styles; a plain XML parser for what exceljs drops (LAMBDA names, calcPr). Everything is
// compared with the plan (where and what) and the engine (the values the analyst's workbook
// holds now), never with the exporter's own intermediate data.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_IDS } from "../../src/model";
import { readCell, sheetIndexByName, type EngineCell } from "../../src/preview/engine";
import { exportWorkbook, NothingToExportError } from "../../src/preview/export";
import { cellAddress, rangeAddress } from "../../src/workbook/a1";
import { isFormula, ROLE_STYLES, type PlanSheet } from "../../src/workbook/plan";
import { newEngineWorkbook } from "../support/ironcalc";
import { analystBook, exportOf, PLAN, TRICKY_NAMES } from "./support/exportedBook";
import { typedForm } from "./support/typedForm";
import {
  attribute,
  child,
  children,
  decodeXstring,
  openXlsx,
  textOf,
  type XlsxFile,
} from "./support/xlsxXml";

/** Each sheet's part, by sheet name (workbook.xml and its relationships). */
function readSheetPaths(file: XlsxFile): Map<string, string> {
  const sheets = children(child(child(file.xml("xl/workbook.xml"), "workbook"), "sheets"), "sheet");
  return new Map(
    sheets.map((s) => [
      decodeXstring(attribute(s, "name") ?? ""),
      resolveTarget(file, "xl/workbook.xml", attribute(s, "r:id")),
    ])
  );
}

/** The part a relationship of `from` points to, as a path in the zip. */
function resolveTarget(file: XlsxFile, from: string, id: string | undefined): string {
  const folder = from.slice(0, from.lastIndexOf("/"));
  const rels = `${folder}/_rels/${from.slice(from.lastIndexOf("/") + 1)}.rels`;
  const relation = children(child(file.xml(rels), "Relationships"), "Relationship").find(
    (r) => attribute(r, "Id") === id
  );
  const target = attribute(relation, "Target") ?? "";
  const parts = [...folder.split("/"), ...target.split("/")];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== ".") resolved.push(part);
  }
  return resolved.join("/");
}

let book: Awaited<ReturnType<typeof analystBook>>;
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  book = await analystBook();
  bytes = exportOf(book);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
});

function worksheet(sheet: PlanSheet): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(sheet.name);
  if (!found) throw new Error(`No sheet ${sheet.name} in the file`);
  return found;
}

/**
 * What exceljs reads for a value the engine holds. exceljs 4.4 reads a formula's cached empty
 * text (<v></v>) as no result, so "" reads as null (the XML tests see the "" itself).
 */
function asExcelJs(cell: EngineCell): unknown {
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      return cell.value === "" ? null : cell.value;
    case "error":
      return { error: cell.value };
    default:
      return cell.value;
  }
}

function engineCell(sheet: PlanSheet, row: number, column: number): EngineCell {
  return readCell(book.model, sheetIndexByName(book.model, sheet.name), row, column);
}

/** What exceljs read for one cell, as plain data. */
interface FileCell {
  readonly type: ExcelJS.ValueType;
  readonly formula: string;
  /** A formula's cached result, or the value. */
  readonly value: unknown;
  readonly numFmt: string | null;
  readonly fill: ExcelJS.Fill | undefined;
  readonly font: Partial<ExcelJS.Font> | undefined;
  readonly alignment: Partial<ExcelJS.Alignment> | undefined;
}

function fileCell(
  ws: ExcelJS.Worksheet,
  address: string | [row: number, column: number]
): FileCell {
  const cell = typeof address === "string" ? ws.getCell(address) : ws.getCell(...address);
  const isFormula = cell.type === ExcelJS.ValueType.Formula;
  return {
    type: cell.type,
    formula: isFormula ? cell.formula : "",
    value: isFormula ? (cell.result ?? null) : cell.value,
    numFmt: cell.numFmt ?? null,
    fill: cell.fill,
    font: cell.font,
    alignment: cell.alignment,
  };
}

const hex = (colour: string | undefined): string | undefined =>
  colour && `FF${colour.slice(1).toUpperCase()}`;

describe("the exported workbook, read back with exceljs", () => {
  it("has every sheet of the plan, in tab order", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(PLAN.sheets.map((s) => s.name));
  });

  it("every planned cell holds the plan's formula with the engine's value, or the engine's value", () => {
    let formulas = 0;
    for (const sheet of PLAN.sheets) {
      const ws = worksheet(sheet);
      for (const block of sheet.blocks) {
        block.cells.forEach((cells, i) =>
          cells.forEach((planned, j) => {
            const row = block.row + i;
            const column = block.column + j;
            const cell = fileCell(ws, [row + 1, column + 1]);
            const where = `${sheet.name}!${cellAddress(row, column)}`;
            if (isFormula(planned)) {
              formulas += 1;
              expect(cell.type, where).toBe(ExcelJS.ValueType.Formula);
              expect(typedForm(cell.formula), where).toBe(planned.formula.slice(1));
            } else {
              expect(cell.type, where).not.toBe(ExcelJS.ValueType.Formula);
            }
            expect(cell.value, where).toEqual(asExcelJs(engineCell(sheet, row, column)));
            expect(cell.numFmt, where).toBe(block.numberFormats[i]?.[j] ?? null);
          })
        );
      }
    }
    expect(formulas).toBeGreaterThan(600);
  });

  it("holds the analyst's input values, not the article's", () => {
    const inputs = PLAN.sheets.find((s) => s.key === "inputs") as PlanSheet;
    for (const id of INPUT_IDS) {
      const at = PLAN.inputCells[id];
      expect(fileCell(worksheet(inputs), at.address).value, id).toBe(book.inputs[id]);
    }
    expect(book.inputs.efficiencyShare).toBe(0.05);
    expect(book.inputs.frontierRunCostUsd).toBe(0);
  });

  it("has the four tables, each over its header and body, with the plan's columns and rows", () => {
    for (const table of PLAN.tables) {
      const sheet = PLAN.sheets.find((s) => s.key === table.sheet) as PlanSheet;
      const found = worksheet(sheet).getTable(table.name) as unknown as {
        table: { tableRef: string; columns: { name: string }[] };
      };
      const bodyRows = Math.max(table.capacity, table.rows.length);
      expect(found?.table.tableRef, table.name).toBe(
        rangeAddress(table.headerRow, table.column, 1 + bodyRows, table.columns.length)
      );
      expect(found.table.columns.map((c) => c.name)).toEqual(table.columns.map((c) => c.header));
      table.columns.forEach((column, j) => {
        const header = fileCell(worksheet(sheet), [table.headerRow + 1, table.column + j + 1]);
        expect(header.value).toBe(column.header);
        for (let i = 0; i < bodyRows; i++) {
          const row = table.headerRow + 1 + i;
          const cell = fileCell(worksheet(sheet), [row + 1, table.column + j + 1]);
          const where = `${table.name} row ${i + 1} ${column.key}`;
          expect(cell.value, where).toEqual(asExcelJs(engineCell(sheet, row, table.column + j)));
          if (cell.value !== null) {
            expect(cell.numFmt, where).toBe(table.numberFormats[i]?.[j] ?? column.numberFormat);
          }
        }
      });
    }
  });

  it("keeps scenario names that look like a formula, a number, a boolean or an error as text", () => {
    const sheet = PLAN.sheets.find((s) => s.key === "scenarios") as PlanSheet;
    const names = Array.from({ length: PLAN.scenarios.capacity }, (_, i) =>
      fileCell(worksheet(sheet), [PLAN.scenarios.firstRow + i + 1, PLAN.scenarios.column + 1])
    );
    for (const name of TRICKY_NAMES) {
      const cell = names.find((c) => c.value === name);
      expect(cell?.type, name).toBe(ExcelJS.ValueType.String);
    }
  });

  it("styles input, header, output and check cells as the plan's roles say", () => {
    const inputs = worksheet(PLAN.sheets.find((s) => s.key === "inputs") as PlanSheet);
    for (const id of INPUT_IDS) {
      const cell = fileCell(inputs, PLAN.inputCells[id].address);
      expect(cell.fill, id).toMatchObject({
        pattern: "solid",
        fgColor: { argb: hex(ROLE_STYLES.input.fill) },
      });
      expect(cell.font?.color, id).toEqual({ argb: hex(ROLE_STYLES.input.fontColor) });
    }
    for (const table of PLAN.tables) {
      const ws = worksheet(PLAN.sheets.find((s) => s.key === table.sheet) as PlanSheet);
      const header = fileCell(ws, [table.headerRow + 1, table.column + 1]);
      expect(header.font?.bold, table.name).toBe(true);
      expect(header.fill, table.name).toMatchObject({
        fgColor: { argb: hex(ROLE_STYLES.header.fill) },
      });
      expect(header.alignment?.wrapText, table.name).toBe(true);
    }
    const master = worksheet(
      PLAN.sheets.find((s) => s.key === PLAN.masterCheck.sheet) as PlanSheet
    );
    expect(fileCell(master, PLAN.masterCheck.address).font?.bold).toBe(true);
    const output = PLAN.outputCells.spendAtEfficiencyUsd;
    const model = worksheet(PLAN.sheets.find((s) => s.key === output.sheet) as PlanSheet);
    expect(fileCell(model, output.address).fill).toMatchObject({
      fgColor: { argb: hex(ROLE_STYLES.output.fill) },
    });
    expect(fileCell(model, "A1").font).toMatchObject({
      bold: true,
      size: ROLE_STYLES.title.fontSize,
    });
  });

  it("has the plan's column widths and frozen rows on every sheet", () => {
    for (const sheet of PLAN.sheets) {
      const ws = worksheet(sheet);
      for (const { column, widthPt } of sheet.columnWidths) {
        const characters = (widthPt * 4) / 3 / 7; // Calibri 11: 7 pixels a character
        expect(Math.abs((ws.getColumn(column + 1).width ?? 0) - characters)).toBeLessThan(1 / 256);
      }
      const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
      if (sheet.frozenRows > 0)
        expect(view, sheet.name).toMatchObject({ state: "frozen", ySplit: sheet.frozenRows });
    }
  });
});

describe("the exported workbook's parts, read as XML", () => {
  it("every defined name of the plan, the LAMBDA twins and the hidden ownership markers", () => {
    const file = openXlsx(bytes);
    const names = children(
      child(child(file.xml("xl/workbook.xml"), "workbook"), "definedNames"),
      "definedName"
    ).map((n) => ({
      name: attribute(n, "name"),
      formula: `=${typedForm(textOf(n))}`,
      comment: decodeXstring(attribute(n, "comment") ?? ""),
      hidden: attribute(n, "hidden") === "1",
    }));
    const expected = [
      ...PLAN.names.map((n) => ({
        name: n.name,
        formula: n.formula,
        comment: n.comment,
        hidden: false,
      })),
      ...PLAN.ownership.map((m) => ({
        name: m.markerName,
        formula: m.formula,
        comment: "",
        hidden: true,
      })),
    ];
    // Excel refuses two names that differ only in case, and a name equal to a table's.
    const taken = [...names.map((n) => n.name ?? ""), ...PLAN.tables.map((t) => t.name)].map((n) =>
      n.toUpperCase()
    );
    expect(new Set(taken).size).toBe(taken.length);
    const byName = (a: { name?: string }, b: { name?: string }) =>
      (a.name ?? "").localeCompare(b.name ?? "");
    expect(names.sort(byName)).toEqual(expected.sort(byName));
    expect(names.filter((n) => n.formula.startsWith("=LAMBDA(")).length).toBe(
      PLAN.names.filter((n) => n.kind === "twin").length
    );
    // exceljs reads the reference names itself (it leaves out the LAMBDA ones).
    const input = PLAN.inputCells.fundingUsd;
    expect(workbook.definedNames.getRanges(input.name).ranges).toEqual([
      `${PLAN.sheets.find((s) => s.key === input.sheet)?.name}!$${input.address.replace(/(\d+)/, "$$$1")}`,
    ]);
  });

  it("draws the plan's charts on their sheet, from the plan's ranges, where the plan puts them", () => {
    const file = openXlsx(bytes);
    expect(PLAN.charts.length).toBeGreaterThan(0);
    const sheetPaths = readSheetPaths(file);
    for (const sheet of PLAN.sheets) {
      const charts = PLAN.charts.filter((c) => c.sheet === sheet.key);
      const drawing = child(
        child(file.xml(sheetPaths.get(sheet.name) ?? ""), "worksheet"),
        "drawing"
      );
      expect(drawing !== undefined, sheet.name).toBe(charts.length > 0);
      if (!drawing) continue;
      const drawingPath = resolveTarget(
        file,
        sheetPaths.get(sheet.name) ?? "",
        attribute(drawing, "r:id")
      );
      const anchors = children(child(file.xml(drawingPath), "xdr:wsDr"), "xdr:twoCellAnchor");
      expect(anchors).toHaveLength(charts.length);
      charts.forEach((chart, i) => {
        const anchor = anchors[i];
        const [first = "", last = ""] = chart.position.split(":");
        const from = child(anchor, "xdr:from");
        const to = child(anchor, "xdr:to");
        expect(
          cellAddress(
            Number(textOf(child(from, "xdr:row"))),
            Number(textOf(child(from, "xdr:col")))
          )
        ).toBe(first);
        expect(
          cellAddress(
            Number(textOf(child(to, "xdr:row"))) - 1,
            Number(textOf(child(to, "xdr:col"))) - 1
          )
        ).toBe(last);
        const frame = child(anchor, "xdr:graphicFrame");
        expect(attribute(child(child(frame, "xdr:nvGraphicFramePr"), "xdr:cNvPr"), "name")).toBe(
          chart.name
        );
        const reference = child(child(child(frame, "a:graphic"), "a:graphicData"), "c:chart");
        const chartXml = file.text(resolveTarget(file, drawingPath, attribute(reference, "r:id")));
        expect(chartXml).toContain(`<a:t>${chart.title}</a:t>`);
        expect(chartXml).toContain(`<a:t>${chart.valueAxisTitle}</a:t>`);
        const refs = [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
          m[1]?.replace(/&apos;/g, "'")
        );
        expect(refs).toEqual(chart.series.flatMap((s) => [chart.categories, s.values]));
        const names = [...chartXml.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) =>
          m[1]?.replace(/&apos;/g, "'")
        );
        expect(names).toEqual(chart.series.map((s) => s.name));
      });
    }
  });

  it("draws the tornado from the Sensitivity sheet's ranked table, as bars, rank 1 at the bottom", () => {
    const file = openXlsx(bytes);
    const tornado = PLAN.charts.find((c) => c.key === "tornado");
    expect(tornado?.sheet).toBe("sensitivity");
    const parts = file.paths.filter((p) => p.startsWith("xl/charts/"));
    const xml = parts
      .map((p) => file.text(p))
      .find((t) => t.includes(`<a:t>${tornado?.title}</a:t>`));
    if (xml === undefined) throw new Error("no chart part holds the tornado");
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
      m[1]?.replace(/&apos;/g, "'")
    );
    const named = (name: string): string | undefined =>
      PLAN.names.find((n) => n.name === name)?.formula.slice(1);
    // Categories: the ranked inputs; values: each input's change at its low and high case.
    expect(refs).toEqual([
      named("sens_RankedInput"),
      named("sens_RankedChangeAtLow"),
      named("sens_RankedInput"),
      named("sens_RankedChangeAtHigh"),
    ]);
    expect(refs.every((r) => r?.startsWith("'Sensitivity'!"))).toBe(true);
    expect(xml).toContain('<c:barDir val="bar"/>');
    // The category axis is not reversed: Excel draws the first row (rank 1) at the bottom, as
    // the preview's view does (docs/HOSTS.md).
    const categoryAxis = /<c:catAx>.*?<\/c:catAx>/s.exec(xml)?.[0] ?? "";
    expect(categoryAxis).toContain('<c:orientation val="minMax"/>');
  });

  it("carries the colour scale and the drop-down lists, where the plan puts them", () => {
    const file = openXlsx(bytes);
    const sheetPaths = readSheetPaths(file);
    const withRules = PLAN.sheets.filter((s) => s.colorScales ?? s.listValidations);
    // The Inputs sheet's list is the shapes' (layout 4).
    expect(withRules.map((s) => s.key)).toEqual(["inputs", "sensitivity", "map"]);
    for (const sheet of withRules) {
      const worksheet = child(file.xml(sheetPaths.get(sheet.name) ?? ""), "worksheet");
      const formats = [child(worksheet, "conditionalFormatting")].flat().filter(Boolean);
      expect(formats.map((f) => attribute(f, "sqref"))).toEqual(
        (sheet.colorScales ?? []).map((c) => c.address)
      );
      for (const [i, scale] of (sheet.colorScales ?? []).entries()) {
        const rule = child(formats[i], "cfRule");
        expect(attribute(rule, "type")).toBe("colorScale");
        const colours = [child(child(rule, "colorScale"), "color")].flat();
        expect(colours.map((c) => attribute(c, "rgb"))).toEqual(
          [scale.lowest, scale.middle, scale.highest].map((c) => `FF${c.slice(1)}`)
        );
      }
      const lists = [child(child(worksheet, "dataValidations"), "dataValidation")]
        .flat()
        .filter(Boolean);
      expect(
        lists.map((l) => [
          attribute(l, "type"),
          attribute(l, "sqref"),
          textOf(child(l, "formula1")),
        ])
      ).toEqual((sheet.listValidations ?? []).map((l) => ["list", l.address, l.source]));
    }
  });

  it("asks Excel to recalculate everything when it opens the file", () => {
    const calcPr = child(child(openXlsx(bytes).xml("xl/workbook.xml"), "workbook"), "calcPr");
    expect(attribute(calcPr, "fullCalcOnLoad")).toBe("1");
  });

  it("every part is well-formed XML and has a content type", () => {
    const file = openXlsx(bytes);
    const types = child(file.xml("[Content_Types].xml"), "Types");
    const overrides = new Set(children(types, "Override").map((o) => attribute(o, "PartName")));
    for (const path of file.paths) {
      file.xml(path);
      if (!path.endsWith(".rels") && path !== "[Content_Types].xml")
        expect(overrides.has(`/${path}`), path).toBe(true);
    }
    expect(file.paths.filter((p) => p.startsWith("xl/tables/"))).toHaveLength(PLAN.tables.length);
  });
});

describe("exporting a workbook without the article", () => {
  it("says to load the article's figures first", () => {
    expect(() => exportWorkbook(newEngineWorkbook(), PLAN)).toThrow(NothingToExportError);
    expect(() => exportWorkbook(newEngineWorkbook(), PLAN)).toThrow(
      /load the article's figures, then export/
    );
  });
});
