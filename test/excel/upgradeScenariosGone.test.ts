/**
 * An upgrade of a layout-1 workbook whose Scenarios sheet the analyst deleted (Excel cannot
 * undo that), through the Excel host on the fake Excel over IronCalc: a plain load stops before
 * any change and names both ways on; "Reset inputs to the article" goes through, rebuilds the
 * add-in's sheets with an empty saved scenarios table, says so in its warnings, leaves the
 * analyst's own sheet alone, and its outputs are what src/model computes from its inputs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, evaluate, INPUT_IDS, OUTPUT_IDS } from "../../src/model";
import { PLAN_VERSION } from "../../src/workbook";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

beforeAll(() => loadIronCalc());

/** Their own sheet: a formula over the add-in's cell, a text that looks like one, a number. */
const THEIRS: readonly (string | number)[] = ["=in_FundingUsd*2", "'=not a formula", 1234, "=A3+1"];
const theirCells = (excel: FakeExcel): unknown[] =>
  THEIRS.map((_, i) => [
    excel.content("My notes", `A${i + 1}`),
    excel.value("My notes", `A${i + 1}`),
  ]);

/** A workbook layout 1 built, an input edited, a sheet of their own, then Scenarios deleted. */
async function layoutOneWithoutScenarios(names: "left" | "gone"): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const older = hostOn(excel, { makePlan: () => olderLayoutPlan(1) });
  await older.loadArticle({ resetInputs: false });
  await older.writeInput("fundingUsd", 52e9);
  excel.addSheet("My notes");
  THEIRS.forEach((cell, i) => excel.type("My notes", `A${i + 1}`, cell));
  const book = excel.book;
  const sheet = book.sheet("Scenarios");
  book.deleteSheet(sheet);
  // Excel turns the add-in's names over the deleted sheet into =#REF! (which IronCalc cannot
  // hold: reconcile.test.ts has that case), IronCalc leaves them as they were; with `names`
  // "gone" the analyst deleted them too (Name Manager).
  if (names === "gone") {
    for (const { name, formula } of book.engine.getDefinedNameList())
      if (formula.startsWith("Scenarios!")) excel.deleteName(name);
  }
  return excel;
}

describe.each(["left", "gone"] as const)(
  "an upgrade of a layout-1 workbook whose Scenarios sheet was deleted (its names %s)",
  (names) => {
    it("a plain load stops, changes nothing, and names both ways on", async () => {
      const excel = await layoutOneWithoutScenarios(names);
      const before = excel.state();
      const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
      expect(error.problem.code).toBe("damaged");
      expect(error.problem.message).toContain("The add-in cannot find its saved scenarios table");
      expect(error.problem.message).toContain("Nothing was changed.");
      expect(error.problem.repair).toBe(
        `Put the sheet or the table's header row back (undo, or reopen an earlier saved copy or version of the workbook), then load again. Or use "Reset inputs to the article": it rebuilds the add-in's sheets with the article's inputs and figures and an empty saved scenarios table, and leaves your own sheets alone.`
      );
      expect(excel.state()).toEqual(before);
    });

    it("a reset goes through with an empty scenarios table, warns, and leaves their sheet alone", async () => {
      const excel = await layoutOneWithoutScenarios(names);
      const theirsBefore = theirCells(excel);
      const host = hostOn(excel);

      const summary = await host.loadArticle({ resetInputs: true });

      expect(summary.upgradedFrom).toBe(1);
      expect(summary.warnings).toContainEqual(
        "No saved scenarios were carried over: the add-in could not find its saved scenarios table (its sheet, or its header row, was deleted or moved by hand). The reset rebuilt its sheets with an empty saved scenarios table; your own sheets were left alone."
      );
      expect(excel.sheetNames()).toContain("Scenarios");
      expect(excel.sheetNames()).toContain("My notes");
      expect(excel.book.tables.map((t) => t.name)).toContain("SavedScenarios");
      expect((await host.listScenarios()).scenarios).toEqual([]);
      // Their text and number as typed; their formula follows the article's funding again.
      const theirsAfter = theirCells(excel);
      expect(theirsAfter.slice(1)).toEqual(theirsBefore.slice(1));
      expect(theirsBefore[0]).toEqual(["=in_FundingUsd*2", { type: "Double", value: 104e9 }]);
      expect(theirsAfter[0]).toEqual([
        "=in_FundingUsd*2",
        { type: "Double", value: DEFAULT_INPUTS.fundingUsd * 2 },
      ]);

      const state = await host.readState();
      expect(state.loaded).toBe(true);
      for (const id of INPUT_IDS) expect(state.inputs[id], id).toBe(DEFAULT_INPUTS[id]);
      const expected = evaluate(DEFAULT_INPUTS);
      for (const id of OUTPUT_IDS) {
        const want = expected[id];
        const got = state.outputs[id];
        if (typeof want === "number" && typeof got === "number")
          expect(sameNumber(got, want), `${id}: ${got} vs ${want}`).toBe(true);
        else expect(String(got), id).toBe(String(want));
      }

      // The workbook is of this layout now: the next plain load is a reload, and stops at nothing.
      const again = await host.loadArticle({ resetInputs: false });
      expect(again.upgradedFrom).toBeUndefined();
      expect(again.warnings).toEqual([]);
      expect(PLAN_VERSION).toBeGreaterThan(1);
    });
  }
);
