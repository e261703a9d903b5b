/**
 * Workbook colours made readable on screen. The sheets use the FAST colours (ROLE_STYLES in
 * src/workbook/plan.ts); a few are lighter than WCAG AA allows for text (grey #7F7F7F on
 * white is 4.0:1). The view keeps each colour's hue and darkens only the text until it reaches
 * 4.5:1 on its own fill, so the preview looks like the workbook and stays readable.
 */
import { parseHexColour, relativeLuminance } from "../../taskpane/theme";

/** WCAG 2 AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** WCAG contrast ratio of two "#RRGGBB" colours (1 to 21); NaN when either is not hex. */
export function contrastRatio(a: string, b: string): number {
  const ra = parseHexColour(a);
  const rb = parseHexColour(b);
  if (!ra || !rb) return Number.NaN;
  const [light, dark] = [relativeLuminance(ra), relativeLuminance(rb)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * The text colour to draw: `text` itself when it is readable on `fill`, otherwise the same hue
 * darkened in small steps until it is (black at worst, which passes on any light fill).
 */
export function readableTextColour(text: string, fill: string): string {
  const rgb = parseHexColour(text);
  if (!rgb || !parseHexColour(fill)) return text;
  for (let factor = 1; factor >= 0; factor -= 0.05) {
    const candidate = toHex(rgb.map((c) => c * factor) as [number, number, number]);
    if (contrastRatio(candidate, fill) >= MIN_TEXT_CONTRAST) return candidate;
  }
  return "#000000";
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}
