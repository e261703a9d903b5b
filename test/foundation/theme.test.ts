import { describe, expect, it } from "vitest";
import { parseHexColour, relativeLuminance, themeNameFor } from "../../src/taskpane/theme";

// Office's four themes, as Office.context.officeTheme.bodyBackgroundColor reports them.
const OFFICE_BACKGROUNDS = {
  colorful: "#FFFFFF",
  white: "#FFFFFF",
  darkGray: "#444444",
  black: "#262626",
};

describe("themeNameFor", () => {
  it("is light outside Office (no theme) and when the colour is unreadable", () => {
    expect(themeNameFor(undefined)).toBe("light");
    expect(themeNameFor(null)).toBe("light");
    expect(themeNameFor({})).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "" })).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "not a colour" })).toBe("light");
  });

  it("is light for Office's Colorful and White themes", () => {
    expect(themeNameFor({ bodyBackgroundColor: OFFICE_BACKGROUNDS.colorful })).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: OFFICE_BACKGROUNDS.white })).toBe("light");
  });

  it("is dark for Office's Dark Gray and Black themes", () => {
    expect(themeNameFor({ bodyBackgroundColor: OFFICE_BACKGROUNDS.darkGray })).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: OFFICE_BACKGROUNDS.black })).toBe("dark");
  });

  it("accepts short and hash-less colours", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#000" })).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "fff" })).toBe("light");
  });
});

describe("colour helpers", () => {
  it("parses #RGB and #RRGGBB, rejects the rest", () => {
    expect(parseHexColour("#0F6CBD")).toEqual([0x0f, 0x6c, 0xbd]);
    expect(parseHexColour("#abc")).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHexColour("#12345")).toBeNull();
    expect(parseHexColour("rgb(0,0,0)")).toBeNull();
  });

  it("gives luminance 0 for black and 1 for white", () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
  });
});
