import { describe, expect, it } from "vitest";
import { colourScaleFills } from "../../src/workbook/colorScale";
import { MAP_COLOURS } from "../../src/workbook/sheets/map";

const SCALE = { lowest: "#000000", middle: "#808080", highest: "#FFFFFF" };

describe("colourScaleFills (Excel's three-colour scale: lowest, 50th percentile, highest)", () => {
  it("gives the lowest value the lowest colour, the median the middle, the highest the highest", () => {
    expect(colourScaleFills([3, 1, 2], MAP_COLOURS)).toEqual([
      MAP_COLOURS.highest,
      MAP_COLOURS.lowest,
      MAP_COLOURS.middle,
    ]);
  });

  it("blends linearly between the lowest and the median, and the median and the highest", () => {
    // min 0, median 10 (of 0, 10, 30), max 30: 5 is halfway to the middle, 20 halfway above it.
    const fills = colourScaleFills([0, 5, 10, 20, 30], {
      lowest: "#000000",
      middle: "#C80000",
      highest: "#C800C8",
    });
    expect(fills).toEqual(["#000000", "#640000", "#C80000", "#C80064", "#C800C8"]);
  });

  it("takes the 50th percentile as Excel's PERCENTILE.INC: interpolated for an even count", () => {
    // 0, 10, 20, 100: median 15; 10 is two thirds of the way from 0 to it.
    const fills = colourScaleFills([0, 10, 20, 100], {
      lowest: "#000000",
      middle: "#960000",
      highest: "#9600FF",
    });
    expect(fills[1]).toBe("#640000");
    // 20 is 5/85 of the way from 15 to 100.
    expect(fills[2]).toBe(
      `#9600${Math.round((255 * 5) / 85)
        .toString(16)
        .toUpperCase()
        .padStart(2, "0")}`
    );
  });

  it("gives equal values the same colour, and one value (or all equal) the middle colour", () => {
    expect(colourScaleFills([7], SCALE)).toEqual([SCALE.middle]);
    expect(colourScaleFills([4, 4, 4], SCALE)).toEqual([SCALE.middle, SCALE.middle, SCALE.middle]);
    // Ties at the bottom pull the median down to them: they are the middle colour.
    expect(colourScaleFills([1, 1, 1, 9], SCALE)).toEqual([
      SCALE.middle,
      SCALE.middle,
      SCALE.middle,
      SCALE.highest,
    ]);
  });

  it("skips text, errors, booleans and empty cells: no fill, and no part in the scale", () => {
    const fills = colourScaleFills(["#N/A", 0, "", true, null, 10, 5, undefined, NaN], SCALE);
    expect(fills).toEqual([
      undefined,
      SCALE.lowest,
      undefined,
      undefined,
      undefined,
      SCALE.highest,
      SCALE.middle,
      undefined,
      undefined,
    ]);
  });

  it("fills nothing when no value is a number", () => {
    expect(colourScaleFills(["a", "#DIV/0!"], SCALE)).toEqual([undefined, undefined]);
  });
});
