/**
 * The workbook's styles part (xl/styles.xml): every distinct cell look (number format, font,
 * fill, wrap) becomes one cell format, numbered in the order first met; cells refer to it by
 * that number (the s attribute). Format 0 is Excel's default (Calibri 11, General).
 */
import type { NumberFormat, RoleStyle } from "../../workbook/plan";
import type { CellLook } from "./workbookContent";
import { XML_DECLARATION, element, xstring } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Excel's default font; the plan's title size and the roles' colours change it. */
const DEFAULT_FONT = { name: "Calibri", size: 11 };
/** Custom number formats start at 164; lower ids are Excel's built-in ones. */
const FIRST_CUSTOM_FORMAT = 164;

/** "#0000FF" → "FF0000FF" (ARGB, opaque). */
function argb(colour: string): string {
  const hex = /^#([0-9A-Fa-f]{6})$/.exec(colour)?.[1];
  if (!hex) throw new Error(`Not a colour the export can write: ${colour}`);
  return `FF${hex.toUpperCase()}`;
}

export class StyleSheet {
  private readonly numberFormats = new Map<string, number>();
  private readonly fonts = new Map<string, number>([[fontXml({}), 0]]);
  /** Fills 0 and 1 are required by Excel: none and gray125. */
  private readonly fills = new Map<string, number>([
    [element("fill", {}, element("patternFill", { patternType: "none" })), 0],
    [element("fill", {}, element("patternFill", { patternType: "gray125" })), 1],
  ]);
  private readonly formats = new Map<string, number>([[formatXml(0, 0, 0, false), 0]]);

  /** The cell format number of a look (registering it when new). */
  formatOf(look: CellLook): number {
    const numFmtId = this.numberFormatId(look.numberFormat);
    const fontId = idOf(this.fonts, fontXml(look.style));
    const fillId = look.style.fill ? idOf(this.fills, solidFill(look.style.fill)) : 0;
    return idOf(this.formats, formatXml(numFmtId, fontId, fillId, look.style.wrap === true));
  }

  toXml(): string {
    const list = (name: string, items: Map<string, number>, extra = {}): string =>
      element(name, { count: items.size, ...extra }, [...items.keys()].join(""));
    const numFmts =
      this.numberFormats.size === 0
        ? ""
        : element(
            "numFmts",
            { count: this.numberFormats.size },
            [...this.numberFormats]
              .map(([code, id]) => element("numFmt", { numFmtId: id, formatCode: xstring(code) }))
              .join("")
          );
    return (
      XML_DECLARATION +
      element(
        "styleSheet",
        { xmlns: MAIN_NS },
        numFmts +
          list("fonts", this.fonts) +
          list("fills", this.fills) +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          list("cellXfs", this.formats) +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
          '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
      )
    );
  }

  private numberFormatId(format: NumberFormat): number {
    if (format === null || format === "General") return 0;
    const known = this.numberFormats.get(format);
    if (known !== undefined) return known;
    const id = FIRST_CUSTOM_FORMAT + this.numberFormats.size;
    this.numberFormats.set(format, id);
    return id;
  }
}

function idOf(registry: Map<string, number>, xml: string): number {
  const known = registry.get(xml);
  if (known !== undefined) return known;
  registry.set(xml, registry.size);
  return registry.size - 1;
}

/**
 * A font in the order CT_Font wants: b, i, sz, color, name, family. Colours are explicit RGB
 * and the font is named: the package has no theme part for theme colours or fonts to refer to.
 */
function fontXml(style: RoleStyle): string {
  return element(
    "font",
    {},
    (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      element("sz", { val: style.fontSize ?? DEFAULT_FONT.size }) +
      (style.fontColor ? element("color", { rgb: argb(style.fontColor) }) : "") +
      element("name", { val: DEFAULT_FONT.name }) +
      element("family", { val: 2 })
  );
}

function solidFill(colour: string): string {
  return element(
    "fill",
    {},
    element(
      "patternFill",
      { patternType: "solid" },
      element("fgColor", { rgb: argb(colour) }) + element("bgColor", { indexed: 64 })
    )
  );
}

function formatXml(numFmtId: number, fontId: number, fillId: number, wrap: boolean): string {
  return element(
    "xf",
    {
      numFmtId,
      fontId,
      fillId,
      borderId: 0,
      xfId: 0,
      applyNumberFormat: numFmtId === 0 ? undefined : 1,
      applyFont: fontId === 0 ? undefined : 1,
      applyFill: fillId === 0 ? undefined : 1,
      applyAlignment: wrap ? 1 : undefined,
    },
    wrap ? element("alignment", { wrapText: 1 }) : undefined
  );
}
