/**
 * Text into SpreadsheetML. Strings in an .xlsx are ST_Xstring (docs/HOSTS.md): a
 * character XML cannot carry (most control characters) is written as _xHHHH_, so a literal
 * "_xHHHH_" in the text must itself be escaped (its "_" as _x005F_) or Excel would decode it.
 */

/** XML 1.0 allows tab, line feed and carriage return, and nothing else below U+0020. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

const hex4 = (ch: string): string => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** The ST_Xstring form of a text (before XML escaping). */
export function xstring(text: string): string {
  return text.replace(LOOKS_ESCAPED, "_x005F_$1").replace(NOT_XML, (ch) => `_x${hex4(ch)}_`);
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes text for a double-quoted attribute (line breaks kept as character references). */
function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** An element with attributes (undefined ones left out) and raw inner XML, or self-closed. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
  inner?: string
): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join("");
  return inner === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
