// The workbook view keeps the workbook's colours but never draws text below WCAG AA.
import { describe, expect, it } from "vitest";
import { ROLE_STYLES } from "../../src/workbook/plan";
import {
  contrastRatio,
  MIN_TEXT_CONTRAST,
  readableTextColour,
} from "../../src/preview/workbookView/contrast";

describe("readableTextColour", () => {
  it("keeps a colour that is readable already (FAST blue input text on its yellow fill)", () => {
    expect(readableTextColour("#0000FF", "#FFF2CC")).toBe("#0000FF");
  });

  it("darkens the reference grey (#7F7F7F, 4.0:1 on white) until it reaches 4.5:1", () => {
    expect(contrastRatio("#7F7F7F", "#FFFFFF")).toBeLessThan(MIN_TEXT_CONTRAST);
    const drawn = readableTextColour("#7F7F7F", "#FFFFFF");
    expect(drawn).not.toBe("#7F7F7F");
    expect(contrastRatio(drawn, "#FFFFFF")).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it("gives every role of the plan readable text on its own fill", () => {
    for (const [role, style] of Object.entries(ROLE_STYLES)) {
      const fill = style.fill ?? "#FFFFFF";
      const drawn = readableTextColour(style.fontColor ?? "#000000", fill);
      expect(contrastRatio(drawn, fill), role).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it("leaves colours it cannot read as they are", () => {
    expect(readableTextColour("red", "#FFFFFF")).toBe("red");
  });
});
