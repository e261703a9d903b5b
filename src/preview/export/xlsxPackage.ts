/**
 * The .xlsx package: the parts of an Office Open XML workbook (docs/HOSTS.md, "The .xlsx file"),
 * zipped with fflate. Written here rather than with a workbook library because none at hand
 * writes what the add-in's workbook needs: exceljs 4.4.0 drops defined names whose value is a
 * LAMBDA, and the portable twins are exactly that.
 *
 * Parts: [Content_Types].xml, the package and workbook relationships, xl/workbook.xml (sheets
 * in tab order, every defined name, calcPr with fullCalcOnLoad so Excel recalculates on open),
 * xl/styles.xml, xl/sharedStrings.xml, one worksheet per sheet, one part per table, a drawing
 * with its chart parts for a sheet with charts (Compare), and the document's title in
 * docProps/core.xml.
 */
import { zipSync, strToU8 } from "fflate";
import { chartXml, drawingXml } from "./chartXml";
import { SharedStrings, MAIN_NS, RELATIONSHIPS_NS, tableXml, worksheetXml } from "./sheetXml";
import { storedFormula } from "./storedFormula";
import { StyleSheet } from "./styles";
import type { ExportName, ExportWorkbook } from "./workbookContent";
import { XML_DECLARATION, element, escapeText, xstring } from "./xml";

const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing";
/** Excel refuses a file whose name comment is longer (measured: 255 opens, 256 does not). */
const MAX_NAME_COMMENT = 255;
/** Excel's sheet-name rules: 1 to 31 characters, none of : \ / ? * [ ], no ' at either end. */
const SHEET_NAME = /^(?!')[^:\\/?*[\]]{1,31}(?<!')$/;
/** The calculation engine version Excel 365 writes; with fullCalcOnLoad it recalculates all. */
const CALC_ID = 191029;
const DOCUMENT_TITLE = "AI Cost Scenarios";

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(workbook: ExportWorkbook): Uint8Array {
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  const overrides: [part: string, type: string][] = [];

  let tableNumber = 0;
  let chartNumber = 0;
  let drawingNumber = 0;
  workbook.sheets.forEach((sheet, i) => {
    if (!SHEET_NAME.test(sheet.name)) throw new Error(`Excel cannot name a sheet "${sheet.name}".`);
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    // Each sheet's relationships are numbered from rId1; parts are numbered across the book.
    const sheetRelations: string[] = [];
    const tableIds = sheet.tables.map((table) => {
      tableNumber += 1;
      put(`xl/tables/table${tableNumber}.xml`, tableXml(table, tableNumber));
      overrides.push([`/xl/tables/table${tableNumber}.xml`, `${CONTENT_TYPE}.table+xml`]);
      const id = `rId${sheetRelations.length + 1}`;
      sheetRelations.push(relationship(id, "table", `../tables/table${tableNumber}.xml`));
      return id;
    });
    let drawingId: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      drawingNumber += 1;
      const chartIds = charts.map((chart, j) => {
        chartNumber += 1;
        put(`xl/charts/chart${chartNumber}.xml`, chartXml(chart));
        overrides.push([`/xl/charts/chart${chartNumber}.xml`, `${DRAWING_TYPE}ml.chart+xml`]);
        return { id: `rId${j + 1}`, target: `../charts/chart${chartNumber}.xml` };
      });
      const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
      put(
        drawingPath,
        drawingXml(
          charts,
          chartIds.map((c) => c.id)
        )
      );
      put(
        `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
        relationships(chartIds.map((c) => relationship(c.id, "chart", c.target)))
      );
      overrides.push([`/${drawingPath}`, `${DRAWING_TYPE}+xml`]);
      drawingId = `rId${sheetRelations.length + 1}`;
      sheetRelations.push(
        relationship(drawingId, "drawing", `../drawings/drawing${drawingNumber}.xml`)
      );
    }
    put(sheetPath, worksheetXml(sheet, i === 0, { tableIds, drawingId }, styles, strings));
    overrides.push([`/${sheetPath}`, `${CONTENT_TYPE}.worksheet+xml`]);
    if (sheetRelations.length > 0) {
      put(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships(sheetRelations));
    }
  });

  put("xl/workbook.xml", workbookXml(workbook));
  put("xl/styles.xml", styles.toXml());
  put("xl/sharedStrings.xml", strings.toXml());
  put("docProps/core.xml", coreProperties());
  const sheetCount = workbook.sheets.length;
  put(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...workbook.sheets.map((_, i) =>
        relationship(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`)
      ),
      relationship(`rId${sheetCount + 1}`, "styles", "styles.xml"),
      relationship(`rId${sheetCount + 2}`, "sharedStrings", "sharedStrings.xml"),
    ])
  );
  put(
    "_rels/.rels",
    relationships([
      relationship("rId1", "officeDocument", "xl/workbook.xml"),
      element("Relationship", {
        Id: "rId2",
        Type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        Target: "docProps/core.xml",
      }),
    ])
  );
  put(
    "[Content_Types].xml",
    contentTypes([
      ["/xl/workbook.xml", `${CONTENT_TYPE}.sheet.main+xml`],
      ["/xl/styles.xml", `${CONTENT_TYPE}.styles+xml`],
      ["/xl/sharedStrings.xml", `${CONTENT_TYPE}.sharedStrings+xml`],
      ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
      ...overrides,
    ])
  );
  // [Content_Types].xml first, as Office writes it (some readers look for it there).
  const ordered: Record<string, Uint8Array> = {
    "[Content_Types].xml": files["[Content_Types].xml"] as Uint8Array,
  };
  for (const [path, bytes] of Object.entries(files)) ordered[path] ??= bytes;
  return zipSync(ordered);
}

function workbookXml(workbook: ExportWorkbook): string {
  const sheets = workbook.sheets.map((sheet, i) =>
    element("sheet", { name: xstring(sheet.name), sheetId: i + 1, "r:id": `rId${i + 1}` })
  );
  // Sorted as Excel writes them; names are case-insensitive and unique.
  const names = [...workbook.names]
    .sort((a, b) => a.name.toUpperCase().localeCompare(b.name.toUpperCase()))
    .map(definedName);
  return (
    XML_DECLARATION +
    element(
      "workbook",
      { xmlns: MAIN_NS, "xmlns:r": RELATIONSHIPS_NS },
      element("workbookPr", {}) +
        element("bookViews", {}, element("workbookView", { activeTab: 0 })) +
        element("sheets", {}, sheets.join("")) +
        (names.length > 0 ? element("definedNames", {}, names.join("")) : "") +
        element("calcPr", { calcId: CALC_ID, fullCalcOnLoad: 1 })
    )
  );
}

function definedName(name: ExportName): string {
  const comment = name.comment ? xstring(name.comment) : undefined;
  if (comment !== undefined && comment.length > MAX_NAME_COMMENT) {
    throw new Error(
      `The comment of the name ${name.name} is longer than Excel accepts (${MAX_NAME_COMMENT} characters).`
    );
  }
  const formula = storedFormula(name.formula.replace(/^=/, ""));
  return element(
    "definedName",
    { name: name.name, comment, hidden: name.hidden ? 1 : undefined },
    escapeText(formula)
  );
}

function relationship(id: string, type: string, target: string): string {
  return element("Relationship", { Id: id, Type: `${RELATIONSHIP_TYPE}/${type}`, Target: target });
}

function relationships(items: readonly string[]): string {
  return (
    XML_DECLARATION + element("Relationships", { xmlns: PACKAGE_RELATIONSHIPS_NS }, items.join(""))
  );
}

function contentTypes(overrides: readonly [string, string][]): string {
  return (
    XML_DECLARATION +
    element(
      "Types",
      { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" },
      element("Default", {
        Extension: "rels",
        ContentType: "application/vnd.openxmlformats-package.relationships+xml",
      }) +
        element("Default", { Extension: "xml", ContentType: "application/xml" }) +
        overrides
          .map(([part, type]) => element("Override", { PartName: part, ContentType: type }))
          .join("")
    )
  );
}

function coreProperties(): string {
  return (
    XML_DECLARATION +
    element(
      "cp:coreProperties",
      {
        "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "xmlns:dc": "http://purl.org/dc/elements/1.1/",
      },
      element("dc:title", {}, escapeText(DOCUMENT_TITLE)) +
        element("dc:creator", {}, escapeText(DOCUMENT_TITLE))
    )
  );
}
