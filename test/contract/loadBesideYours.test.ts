// A load beside the analyst's own sheets, tables and names, and over protection, on both
// hosts: their things are left as they are (a free name for the add-in's sheet or table, a
// twin left out, a redefined name kept), and where that cannot be, the load stops before any
// change with the same code and words.
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { expectOutputsOf } from "../preview/support/hostState";
import { ADAPTERS, onBothHosts } from "./support/books";
import { refusal, workbook } from "./support/loads";

const PLAN = buildPlan();
const CALC = PLAN.names.find((n) => n.kind === "calc");
if (!CALC) throw new Error("The plan has no calculation name");

onBothHosts("a load beside the analyst's sheet of a planned name", (book) => {
  it("leaves their sheet as it is and puts the add-in's inputs on Inputs (2)", async () => {
    const b = book();
    b.addSheet("Inputs");
    b.type("Inputs", "A1", "my notes", 42);
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.warnings).toEqual([
      `Your sheet "Inputs" is left as it is: the add-in's inputs sheet is named "Inputs (2)".`,
    ]);
    expect(summary.created).toContain("Inputs (2)");
    expect([b.content("Inputs", "A1"), b.content("Inputs", "B1")]).toEqual(["my notes", "42"]);
    const state = await b.host.readState();
    expect(state.problems).toEqual([]);
    expectOutputsOf(state, DEFAULT_INPUTS);
  });

  it("counts on: Inputs (3) when Inputs (2) is theirs too, and finds it again on a reload", async () => {
    const b = book();
    b.addSheet("Inputs");
    b.addSheet("Inputs (2)");
    await b.host.loadArticle({ resetInputs: false });
    expect(b.sheetNames()).toContain("Inputs (3)");
    const before = workbook(b);
    const again = await b.host.loadArticle({ resetInputs: false });
    expect(again.created).toEqual([]);
    expect(again.warnings).toEqual([]);
    expect(workbook(b)).toEqual(before);
  });
});

onBothHosts("a load beside the analyst's table or name of a planned table name", (book) => {
  it("names the add-in's table ArticleCosts_2 beside their table ArticleCosts", async () => {
    const b = book();
    b.addSheet("Mine");
    b.type("Mine", "A1", "What", "Cost");
    b.type("Mine", "A2", "GPUs", 100);
    b.addTable("Mine", "A1:B2", "ArticleCosts");
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.warnings).toEqual([
      `The name "ArticleCosts" is already used in your workbook: the add-in's table is named "ArticleCosts_2".`,
    ]);
    expect(b.tables().map((t) => t.name)).toEqual([
      "ArticleCosts",
      "ArticleCosts_2",
      "ArticleFunding",
      "ArticleCapex",
      "SavedScenarios",
    ]);
    expect(b.content("Mine", "B2")).toBe("100");
    // Found again by a reload, with no second warning.
    expect((await b.host.loadArticle({ resetInputs: false })).warnings).toEqual([]);
  });

  it("names it ArticleCosts_2 beside their defined name ArticleCosts", async () => {
    const b = book();
    b.addSheet("Mine");
    b.defineName("ArticleCosts", "=Mine!$A$1");
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.created).toContain("ArticleCosts_2");
    expect(b.names()).toContainEqual({ name: "ArticleCosts", formula: "=Mine!$A$1" });
  });
});

onBothHosts("a load over the analyst's defined name of a planned name", (book) => {
  it("stops before any change, naming it and what to rename", async () => {
    const b = book();
    b.addSheet("Mine");
    b.defineName("in_FundingUsd", "=Mine!$A$1");
    const before = workbook(b);
    const error = await refusal(b.host.loadArticle({ resetInputs: false }));
    expect(error.problem).toEqual({
      code: "conflict",
      message: `Your workbook already has a name "in_FundingUsd" (=Mine!$A$1), which the add-in needs for an input cell.`,
      repair: `Rename or delete your "in_FundingUsd" (Formulas > Name Manager), then load the article's figures again.`,
    });
    expect(workbook(b)).toEqual(before);
  });

  it("stops at their table of a planned defined name's name", async () => {
    const b = book();
    b.addSheet("Mine");
    b.type("Mine", "A1", "Funding");
    b.type("Mine", "A2", 1);
    b.addTable("Mine", "A1:A2", "in_FundingUsd");
    const error = await refusal(b.host.loadArticle({ resetInputs: false }));
    expect(error.problem).toEqual({
      code: "conflict",
      message: `Your table "in_FundingUsd" on "Mine" has the name the add-in needs for an input cell.`,
      repair:
        "Rename your table (Table Design > Table Name), then load the article's figures again.",
    });
  });

  it("lists every reason to stop at once", async () => {
    const b = book();
    b.addSheet("Mine");
    b.defineName("in_FundingUsd", "=Mine!$A$1");
    b.defineName("out_RunwayAtFrontierYears", "=Mine!$A$2");
    const error = await refusal(b.host.loadArticle({ resetInputs: false }));
    expect(error.problem.message).toMatch(
      /^2 things stop the load: \(1\) .*in_FundingUsd.*\(2\) .*out_RunwayAtFrontierYears/
    );
  });
});

onBothHosts("a load beside the analyst's name of a portable function", (book) => {
  it("leaves the twin out with a warning, and loads the rest", async () => {
    const b = book();
    b.addSheet("Mine");
    b.defineName("BURN.YEARS", "=Mine!$A$1");
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.warnings).toEqual([
      `Your workbook has its own "BURN.YEARS", so the add-in's portable BURN.YEARS was not written (=AICOST.BURN.YEARS() still works where the add-in is installed).`,
    ]);
    expect(b.names()).toContainEqual({ name: "BURN.YEARS", formula: "=Mine!$A$1" });
    expect((await b.host.readState()).loaded).toBe(true);
  });
});

onBothHosts("a reload over a name of the add-in's that the analyst pointed elsewhere", (book) => {
  it("keeps their definition, and says so", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    b.addSheet("Mine");
    b.deleteName(CALC.name);
    b.defineName(CALC.name, "=Mine!$C$3");
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.kept).toContain(`${CALC.name}: your own definition (=Mine!$C$3)`);
    expect(b.names()).toContainEqual({ name: CALC.name, formula: "=Mine!$C$3" });
  });
});

onBothHosts("protection", (book) => {
  it("a protected add-in sheet stops a reload, naming it, with nothing changed", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    b.protect("Model");
    const before = workbook(b);
    const error = await refusal(b.host.loadArticle({ resetInputs: false }));
    expect(error.problem).toEqual({
      code: "protected",
      message: `The add-in's sheet "Model" is protected, so its figures and formulas cannot be updated.`,
      repair: `Unprotect "Model" (Review > Unprotect Sheet), load the article's figures again, then protect it again if you wish.`,
    });
    expect(workbook(b)).toEqual(before);
  });

  it("a protected sheet of the analyst's does not matter", async () => {
    const b = book();
    b.addSheet("Mine");
    b.protect("Mine");
    await b.host.loadArticle({ resetInputs: false });
    expect((await b.host.readState()).loaded).toBe(true);
  });

  it("a protected structure stops a first load, and not a reload that adds no sheet", async () => {
    const b = book();
    b.protectStructure();
    const error = await refusal(b.host.loadArticle({ resetInputs: false }));
    expect(error.problem).toEqual({
      code: "protected",
      message: "The workbook's structure is protected, so the add-in cannot add its sheets.",
      repair:
        "Unprotect the workbook (Review > Protect Workbook), load the article's figures, then protect it again if you wish.",
    });
    const loaded = book();
    await loaded.host.loadArticle({ resetInputs: false });
    loaded.protectStructure();
    expect((await loaded.host.loadArticle({ resetInputs: false })).created).toEqual([]);
  });
});

describe("both hosts, side by side, beside the analyst's things", () => {
  it("build the same workbook and say the same", async () => {
    const seen = await Promise.all(
      ADAPTERS.map(async ({ book }) => {
        const b = book();
        b.addSheet("Inputs");
        b.type("Inputs", "A1", "mine");
        b.addSheet("Mine");
        b.addTable("Mine", "A1:B3", "SavedScenarios");
        b.defineName("BURN.MONTHS", "=Mine!$D$1");
        const summary = await b.host.loadArticle({ resetInputs: false });
        return { summary, workbook: workbook(b) };
      })
    );
    const [excel, preview] = seen;
    expect(preview).toEqual(excel);
  });
});
