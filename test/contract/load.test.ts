// Loading the article, on both hosts: a first load, a second one that changes nothing, a
// reload that keeps what the analyst typed and marked, a reset, and what the model sheets
// compute (src/model's evaluate()). Excel's round trips are counted where the host is Excel's.
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, inputSpec } from "../../src/model";
import { buildPlan } from "../../src/workbook/buildPlan";
import { expectInputs, expectOutputsOf } from "../preview/support/hostState";
import { ADAPTERS, onBothHosts } from "./support/books";
import { workbook } from "./support/loads";

const PLAN = buildPlan();
const SHEETS = PLAN.sheets.map((s) => s.name);
const TABLES = PLAN.tables.map((t) => t.name);
const TWINS = PLAN.names.filter((n) => n.requires === "lambda").map((n) => n.name);
const NAMES = PLAN.names.filter((n) => n.requires !== "lambda").length;

onBothHosts("a first load", (book) => {
  it("creates every sheet, table and name, and says so", async () => {
    const b = book();
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary).toEqual({
      created: [
        ...SHEETS,
        ...TABLES,
        `${NAMES} named cells and ranges`,
        `Portable functions: ${TWINS.join(", ")}`,
      ],
      updated: [],
      kept: [],
      warnings: [],
    });
    expect(b.sheetNames()).toEqual(expect.arrayContaining(SHEETS));
    expect(b.tables().map((t) => t.name)).toEqual(TABLES);
    if (b.adapter === "excel") expect(b.roundTrips()).toBe(3);
  });

  it("computes what src/model computes from the article's inputs", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const state = await b.host.readState();
    expect(state.problems).toEqual([]);
    expectInputs(state.inputs, DEFAULT_INPUTS);
    expectOutputsOf(state, DEFAULT_INPUTS);
    // The article: $40B of funding at $7.5B a year lasts 5.33 years.
    expect(state.outputs.runwayAtFrontierYears).toBeCloseTo(40 / 7.5, 12);
  });

  it("writes the portable twins: =BURN.YEARS(40e9, 7.5e9) gives 5.33 years", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    b.addSheet("Mine");
    b.type("Mine", "A1", "=BURN.YEARS(40000000000,7500000000)");
    const shown = b.value("Mine", "A1");
    expect(shown.kind).toBe("number");
    expect(shown.kind === "number" && shown.value).toBeCloseTo(40 / 7.5, 9);
  });
});

onBothHosts("a second load", (book) => {
  it("changes nothing, updates everything in place, and keeps the saved scenarios", async () => {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    const before = workbook(b);
    const syncs = b.roundTrips();
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(workbook(b)).toEqual(before);
    expect(summary).toEqual({
      created: [],
      updated: [
        ...SHEETS,
        ...TABLES,
        `${NAMES} named cells and ranges`,
        `Portable functions: ${TWINS.join(", ")}`,
      ],
      kept: ["Your saved scenarios in SavedScenarios"],
      warnings: [],
    });
    if (syncs !== undefined) expect(b.roundTrips()).toBe(syncs + 4);
  });
});

onBothHosts("a reload over the analyst's work", (book) => {
  async function edited(): Promise<ReturnType<typeof book>> {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    await b.host.writeInput("fundingUsd", 52e9);
    b.type("Inputs", "B12", "=0.2+0.05");
    // ArticleCosts' first figure: its low end typed over, and the row marked as overridden.
    b.type("Figures", "D5", 5000000);
    b.type("Figures", "J5", "TRUE");
    await b.host.saveScenario({
      name: "Lean",
      note: "=a note, not a formula",
      inputs: DEFAULT_INPUTS,
    });
    return b;
  }

  it("keeps the inputs and the overridden figure, and says which differ from the article", async () => {
    const b = await edited();
    const summary = await b.host.loadArticle({ resetInputs: false });
    expect(summary.kept).toEqual([
      `${inputSpec("fundingUsd").label}: $52B (the article: $40B)`,
      `${inputSpec("spendGrowth").label}: 25% a year (the article: 0% a year)`,
      "ArticleCosts: v3_training_cost, marked as overridden",
      "Your saved scenarios in SavedScenarios",
    ]);
    expect(b.content("Inputs", "B12")).toBe("=0.2+0.05");
    expect(b.content("Figures", "D5")).toBe("5000000");
    const state = await b.host.readState();
    const inputs = { ...DEFAULT_INPUTS, fundingUsd: 52e9, spendGrowth: 0.25 };
    expectInputs(state.inputs, inputs);
    expectOutputsOf(state, inputs);
    expect((await b.host.listScenarios()).scenarios.map((s) => s.name)).toContain("Lean");
  });

  it("puts the article's inputs and figures back on a reset, and keeps the saved scenarios", async () => {
    const b = await edited();
    const summary = await b.host.loadArticle({ resetInputs: true });
    expect(summary.kept).toEqual(["Your saved scenarios in SavedScenarios"]);
    expect(b.content("Figures", "D5")).not.toBe("5000000");
    expectInputs((await b.host.readState()).inputs, DEFAULT_INPUTS);
    const saved = (await b.host.listScenarios()).scenarios.find((s) => s.name === "Lean");
    expect(saved?.note).toBe("=a note, not a formula");
  });
});

describe("both hosts, side by side", () => {
  it("build the same workbook and say the same, first load and reload", async () => {
    const seen = await Promise.all(
      ADAPTERS.map(async ({ book }) => {
        const b = book();
        const first = await b.host.loadArticle({ resetInputs: false });
        await b.host.writeInput("efficiencyShare", 0.07);
        b.type("Figures", "J5", "TRUE");
        const again = await b.host.loadArticle({ resetInputs: false });
        return { first, again, workbook: workbook(b) };
      })
    );
    const [excel, preview] = seen;
    expect(preview).toEqual(excel);
  });
});
