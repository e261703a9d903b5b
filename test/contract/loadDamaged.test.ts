// A reload over add-in sheets the analyst changed by hand, on both hosts: a sheet deleted, a
// sheet renamed, a formula typed over, a name deleted, and rows typed below the saved
// scenarios table. The load repairs what is the add-in's and leaves what is the analyst's.
import { expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { cellAddress } from "../../src/workbook/a1";
import { expectOutputsOf } from "../preview/support/hostState";
import { belowWarning, FIRST_BELOW, SCENARIOS, scenarioCells } from "../support/rowsBelow";
import { onBothHosts } from "./support/books";
import { workbook } from "./support/loads";

const PLAN = buildPlan();
const MODEL = PLAN.sheets.find((s) => s.key === "model");
const FORMULA = MODEL?.blocks
  .flatMap((b) =>
    b.cells.flatMap((row, i) =>
      row.map((cell, j) => ({ cell, at: cellAddress(b.row + i, b.column + j) }))
    )
  )
  .find(({ cell }) => cell !== null && typeof cell === "object");
if (!FORMULA || FORMULA.cell === null || typeof FORMULA.cell !== "object")
  throw new Error("The model sheet has no formula");

onBothHosts("a reload over damaged add-in sheets", (book) => {
  it("creates again a sheet of its own the analyst deleted, updating the others", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    b.deleteSheet("Compare");
    const summary = await b.reopen().loadArticle({ resetInputs: false });
    expect(summary.created).toEqual(["Compare"]);
    expect(summary.updated).toEqual(expect.arrayContaining(["Inputs", "Model", "Scenarios"]));
    expect(b.sheetNames()).toContain("Compare");
  });

  it("follows a sheet the analyst renamed, and keeps their name for it", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    b.renameSheet("Inputs", "My inputs");
    const summary = await b.reopen().loadArticle({ resetInputs: false });
    expect(summary.created).toEqual([]);
    expect(summary.updated).toContain("My inputs");
    expect(b.sheetNames()).not.toContain("Inputs");
    expectOutputsOf(await b.reopen().readState(), DEFAULT_INPUTS);
  });

  it("writes back a formula typed over, and a name deleted", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const before = workbook(b);
    b.type("Model", FORMULA.at, 123);
    b.deleteName("out_RunwayAtFrontierYears");
    await b.host.loadArticle({ resetInputs: false });
    expect(workbook(b)).toEqual(before);
    expectOutputsOf(await b.host.readState(), DEFAULT_INPUTS);
  });

  it("leaves rows typed below the saved scenarios as they are, and warns of them", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const at = (row: number): string => `${cellAddress(row - 1, SCENARIOS.column)}`;
    b.type("Scenarios", at(FIRST_BELOW), ...scenarioCells("Extra 1"));
    b.type("Scenarios", at(FIRST_BELOW + 1), ...scenarioCells("Extra 2"));
    const before = workbook(b);
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.warnings).toEqual([belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "load")]);
    expect(workbook(b)).toEqual(before);
    expect((await b.host.loadArticle({ resetInputs: true })).warnings).toEqual([
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1], "load"),
    ]);
  });
});
