// Which Fluent theme follows Office's theme. Pure (no Office, no React) so it is unit-tested
// and shared by any page that hosts the pane.
//
// WHY the body background: Office.context.officeTheme gives colours, not a "dark" flag, and
// its themes (Colorful, Dark Gray, Black, White) only differ in those colours.

export type ThemeName = "light" | "dark";

/** The part of Office.OfficeTheme we read; null/undefined outside Office or on old hosts. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string | null;
}

/** Parses "#RGB" or "#RRGGBB" (with or without "#"); null when it is anything else. */
export function parseHexColour(colour: string): [number, number, number] | null {
  const hex = colour.trim().replace(/^#/, "");
  const full = hex.length === 3 ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const value = parseInt(full, 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** WCAG relative luminance (0 = black, 1 = white) of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Dark when Office's body background is dark; light otherwise, including when there is no
 * Office theme at all (outside Excel) or its colour cannot be read.
 * 0.18 is where black text and white text have equal contrast on the background.
 */
export function themeNameFor(officeTheme: OfficeThemeColours | null | undefined): ThemeName {
  const background = officeTheme?.bodyBackgroundColor;
  if (!background) return "light";
  const rgb = parseHexColour(background);
  if (!rgb) return "light";
  return relativeLuminance(rgb) < 0.18 ? "dark" : "light";
}
