/**
 * references.ts: the record's live copy of a frozen formula's references, and the formula
 * rebuilt from the recorded text with the references as that copy has them now.
 */
import { describe, expect, it } from "vitest";
import {
  liveReferences,
  referencesNow,
  referencesOf,
  withReferencesNow,
} from "../../../src/workbook/sharing/references";

describe("the live copy of a formula's references", () => {
  it("lists every reference that moves, qualified with the cell's sheet, and no names or calls", () => {
    expect(referencesOf('=AICOST.RATIO(B1,$C$2:D3)+SUM(A:A)+my_name+"B9"')).toEqual([
      "B1",
      "$C$2:D3",
      "A:A",
    ]);
    expect(liveReferences("=AICOST.BURN.YEARS(B1,'My s'!B2)", "Data")).toBe(
      "=IF(FALSE,CHOOSE(1,'Data'!B1,'My s'!B2),\"\")"
    );
    expect(liveReferences('=AICOST.FIGURE("x")', "Data")).toBeNull();
  });

  it("stays within Excel's 255 arguments a function by nesting CHOOSE", () => {
    const formula = `=AICOST.RATIO(${Array.from({ length: 300 }, (_, i) => `A${i + 1}`).join("+")},1)`;
    const live = liveReferences(formula, "S");
    expect(typeof live).toBe("string");
    const choose = String(live).split("CHOOSE(1,").slice(1);
    expect(choose).toHaveLength(3);
    for (const part of choose) expect(part.split(",").length).toBeLessThanOrEqual(251);
    expect(referencesOf(String(live))).toHaveLength(300);
  });

  it("says when a reference was deleted (#REF!)", () => {
    expect(referencesNow('=IF(FALSE,CHOOSE(1,Data!B2,#REF!),"")', "Data")).toEqual({
      kind: "deleted",
    });
  });
});

describe("the formula rebuilt with the references as they are now", () => {
  it("keeps a same-sheet reference unqualified, and every other character as recorded", () => {
    expect(
      withReferencesNow(
        '=aicost.figure("B1")/AICOST.BURN.YEARS( B1 , $B$2 )',
        ["Data!B2", "'Data'!$B$3"],
        "Data"
      )
    ).toBe('=aicost.figure("B1")/AICOST.BURN.YEARS( B2 , $B$3 )');
  });

  it("qualifies a reference that now points at another sheet (a cell moved to another sheet)", () => {
    expect(withReferencesNow("=AICOST.RATIO(B1,2)", ["Data!B1"], "Elsewhere")).toBe(
      "=AICOST.RATIO(Data!B1,2)"
    );
  });

  it("follows a renamed sheet in a qualified reference, and keeps the text where nothing moved", () => {
    expect(withReferencesNow("=AICOST.RATIO(Old!B1,B1)", ["New!B1", "Data!B1"], "Data")).toBe(
      "=AICOST.RATIO(New!B1,B1)"
    );
  });

  it("refuses when the references do not pair up", () => {
    expect(withReferencesNow("=AICOST.RATIO(B1,B2)", ["Data!B1"], "Data")).toBeNull();
  });
});
