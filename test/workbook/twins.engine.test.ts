/**
 * The portable LAMBDA twins as the plan writes them: present where the host supports LAMBDA,
 * with their ownership markers, and computing the same runway as the model sheet; absent, with
 * their markers, where it does not.
 */
import { describe, expect, it } from "vitest";
import { TWINS } from "../../src/model/twins";
import { readCell, sheetIndexOf } from "../../src/preview/engine";
import { readOutputs } from "../support/engineReads";
import { ownershipMarkerName } from "../../src/workbook";
import { loadedWorkbook } from "./engineWorkbook";

describe("the LAMBDA twins in the plan", () => {
  it("are written with their markers, and BURN.YEARS over the named inputs equals the model sheet", () => {
    const { model, plan } = loadedWorkbook({}, { lambda: true });
    const names = new Set(model.getDefinedNameList().map((n) => n.name));
    for (const twin of TWINS) {
      expect(names.has(twin.name), twin.name).toBe(true);
      expect(names.has(ownershipMarkerName("NAME", twin.name))).toBe(true);
    }
    const sheet = sheetIndexOf(model, plan, "model");
    model.setUserInput(
      sheet,
      40,
      2,
      "=BURN.YEARS(in_FundingUsd,in_FrontierAnnualSpendUsd,in_SpendGrowth,in_AnnualRevenueUsd)"
    );
    model.evaluate();
    const twin = readCell(model, sheet, 39, 1);
    expect(twin.kind).toBe("number");
    expect(twin.kind === "number" && twin.value).toBeCloseTo(
      Number(readOutputs(model, plan).runwayAtFrontierYears),
      12
    );
  });

  it("are left out, markers too, where LAMBDA is not supported", () => {
    const { model } = loadedWorkbook({}, { lambda: false });
    const names = new Set(model.getDefinedNameList().map((n) => n.name));
    for (const twin of TWINS) {
      expect(names.has(twin.name)).toBe(false);
      expect(names.has(ownershipMarkerName("NAME", twin.name))).toBe(false);
    }
    expect(names.has("in_FundingUsd")).toBe(true);
  });
});
