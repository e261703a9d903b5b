/**
 * Test support: an .xlsx read at the XML level, with fflate's unzip and fast-xml-parser (a
 * general XML parser, none of the exporter's code). Used where a workbook library would get
 * in the way: LibreOffice's saved files (exceljs reads numbers under some of LibreOffice's
 * number formats as dates) and parts exceljs drops (LAMBDA names, calcPr).
 */
import { strFromU8, unzipSync } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlNode = Record<string, unknown>;

const ARRAYS = new Set([
  "sheet",
  "definedName",
  "row",
  "c",
  "si",
  "r",
  "Relationship",
  "tableColumn",
  "Override",
  "xdr:twoCellAnchor",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

export interface XlsxFile {
  /** Every part's path in the zip. */
  readonly paths: readonly string[];
  text(path: string): string;
  /** The part parsed (throws when it is not well-formed XML). */
  xml(path: string): XmlNode;
}

export function openXlsx(bytes: Uint8Array): XlsxFile {
  const parts = unzipSync(bytes);
  const text = (path: string): string => {
    const part = parts[path];
    if (!part) throw new Error(`No part ${path} in the file`);
    return strFromU8(part);
  };
  return {
    paths: Object.keys(parts),
    text,
    xml(path) {
      const source = text(path);
      const valid = XMLValidator.validate(source);
      if (valid !== true) throw new Error(`${path} is not well-formed: ${JSON.stringify(valid)}`);
      return parser.parse(source) as XmlNode;
    },
  };
}

/** A child element of a parsed node (undefined when absent). */
export function child(node: unknown, name: string): XmlNode | undefined {
  return (node as XmlNode | undefined)?.[name] as XmlNode | undefined;
}

/** Child elements that are always arrays (see ARRAYS). */
export function children(node: unknown, name: string): XmlNode[] {
  return ((node as XmlNode | undefined)?.[name] as XmlNode[] | undefined) ?? [];
}

export function attribute(node: unknown, name: string): string | undefined {
  const value = (node as XmlNode | undefined)?.[`@${name}`];
  return value === undefined ? undefined : String(value);
}

/** Text content of an element that may carry attributes ({ "#text": … }) or not. */
export function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const inner = (node as XmlNode)["#text"];
  return inner === undefined ? "" : String(inner);
}

/** ST_Xstring: _xHHHH_ is a character (and _x005F_ a literal "_"). */
export function decodeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

/** A cell as stored: the formula (without "=") if any, and the value with its type. */
export interface StoredCell {
  readonly formula?: string;
  readonly value: number | string | boolean | { readonly error: string } | null;
  /** The s attribute: the cell format's index. */
  readonly style: number;
}

export interface StoredSheet {
  readonly name: string;
  readonly path: string;
  /** By A1 address. */
  readonly cells: ReadonlyMap<string, StoredCell>;
  readonly xml: XmlNode;
}

/** The workbook's sheets in tab order, with their cells. */
export function readSheets(file: XlsxFile): StoredSheet[] {
  const workbook = file.xml("xl/workbook.xml");
  const relations = children(
    child(file.xml("xl/_rels/workbook.xml.rels"), "Relationships"),
    "Relationship"
  );
  const targetOf = new Map(
    relations.map((r) => [attribute(r, "Id"), attribute(r, "Target") ?? ""])
  );
  const strings = sharedStrings(file);
  return children(child(child(workbook, "workbook"), "sheets"), "sheet").map((sheet) => {
    const target = targetOf.get(attribute(sheet, "r:id")) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = file.xml(path);
    const cells = new Map<string, StoredCell>();
    for (const row of children(child(child(xml, "worksheet"), "sheetData"), "row")) {
      for (const c of children(row, "c")) {
        cells.set(attribute(c, "r") ?? "", storedCell(c, strings));
      }
    }
    return { name: decodeXstring(attribute(sheet, "name") ?? ""), path, cells, xml };
  });
}

function sharedStrings(file: XlsxFile): string[] {
  if (!file.paths.includes("xl/sharedStrings.xml")) return [];
  const sst = child(file.xml("xl/sharedStrings.xml"), "sst");
  return children(sst, "si").map((si) => {
    const runs = children(si, "r");
    const text =
      runs.length > 0 ? runs.map((r) => textOf(child(r, "t"))).join("") : textOf(child(si, "t"));
    return decodeXstring(text);
  });
}

function storedCell(c: XmlNode, strings: readonly string[]): StoredCell {
  const type = attribute(c, "t") ?? "n";
  const f = child(c, "f");
  const formula = f === undefined ? undefined : textOf(f);
  const v = child(c, "v");
  const raw = v === undefined ? undefined : textOf(v);
  const style = Number(attribute(c, "s") ?? 0);
  const value = ((): StoredCell["value"] => {
    if (type === "inlineStr") return decodeXstring(textOf(child(child(c, "is"), "t")));
    if (raw === undefined) return formula !== undefined && type === "str" ? "" : null;
    switch (type) {
      case "s":
        return strings[Number(raw)] ?? null;
      case "str":
        return decodeXstring(raw);
      case "b":
        return raw === "1" || raw === "true";
      case "e":
        return { error: raw };
      default:
        return raw === "" ? null : Number(raw);
    }
  })();
  return formula === undefined ? { value, style } : { formula, value, style };
}
