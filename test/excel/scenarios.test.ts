/**
 * Saved scenarios in the workbook's scenarios table, through the Excel host (fake Excel with
 * cells on IronCalc): list, save, apply, rename and delete touch only their row; names and notes
 * stay text; hand edits of the table are reported with their repair while usable rows are kept.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, INPUT_IDS, scenarioAt, type ScenarioInputs } from "../../src/model";
import { columnLetters } from "../../src/workbook/a1";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { SavedScenario } from "../../src/workbook/host";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

const PLAN = buildPlan();
const LAYOUT = PLAN.scenarios;
const WIDTH = LAYOUT.columns.length;

/** "A7" for body row i (0-based) and column key of the scenarios table. */
function cell(i: number, key: (typeof LAYOUT.columns)[number]): string {
  return `${columnLetters(LAYOUT.column + LAYOUT.columns.indexOf(key))}${LAYOUT.firstRow + i + 1}`;
}

/** Every row of the table's body, as typed. */
function bodyContents(excel: FakeExcel): string[][] {
  const sheet = excel.book.sheet("Scenarios");
  return Array.from({ length: LAYOUT.capacity }, (_, r) =>
    Array.from({ length: WIDTH }, (_, c) =>
      excel.book.content(sheet, LAYOUT.firstRow + r, LAYOUT.column + c)
    )
  );
}

function scenario(name: string, note = "", inputs: ScenarioInputs = DEFAULT_INPUTS): SavedScenario {
  return { name, note, inputs };
}

let loaded: FakeExcel;
beforeAll(async () => {
  loadIronCalc();
  loaded = new FakeExcel();
  await hostOn(loaded).loadArticle({ resetInputs: false });
});

describe("listing", () => {
  it("lists the article's low, mid and high in one sync", async () => {
    const excel = loaded.copy();
    const list = await hostOn(excel).listScenarios();
    expect(excel.syncs).toBe(1);
    expect(list.problems).toEqual([]);
    expect(list.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
    ]);
    const high = list.scenarios[2]?.inputs;
    for (const id of INPUT_IDS)
      expect(sameNumber(high?.[id] ?? NaN, scenarioAt("high")[id]), id).toBe(true);
  });

  it("lists nothing, and nothing wrong, in a workbook without the article", async () => {
    expect(await hostOn(new FakeExcel()).listScenarios()).toEqual({ scenarios: [], problems: [] });
  });

  it("says the table is missing when its sheet is loaded but its header marker is gone", async () => {
    const excel = loaded.copy();
    excel.deleteName("AICOST_OWNS_TABLE_scenarios");
    const list = await hostOn(excel).listScenarios();
    expect(list.scenarios).toEqual([]);
    expect(list.problems[0]?.repair).toMatch(/Load the article's figures again/);
  });
});

describe("saving", () => {
  it("writes the name and note as text (=, +, - and @ stay text) in the first free row, in two syncs", async () => {
    const excel = loaded.copy();
    const list = await hostOn(excel).saveScenario(
      scenario("=1+1", "+30% growth, -5% share @ board")
    );
    expect(excel.syncs).toBe(2);
    expect(excel.value("Scenarios", cell(3, "name"))).toEqual({ value: "=1+1", type: "String" });
    expect(excel.value("Scenarios", cell(3, "note"))).toEqual({
      value: "+30% growth, -5% share @ board",
      type: "String",
    });
    expect(list.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
      "=1+1",
    ]);
    expect(list.scenarios[3]?.note).toBe("+30% growth, -5% share @ board");
  });

  it("flows into the Compare sheet at once (the comparison follows the table)", async () => {
    const excel = loaded.copy();
    await hostOn(excel).saveScenario(
      scenario("Double funding", "", { ...DEFAULT_INPUTS, fundingUsd: 80e9 })
    );
    const compare = buildPlan().sheets.find((s) => s.key === "compare");
    const firstRow = (compare?.frozenRows ?? 0) + 1; // 1-based row of scenario 1
    expect(excel.value("Compare", `B${firstRow + 3}`).value).toBe("Double funding");
  });

  it("refuses a duplicate name (any case) unless asked to replace, then rewrites that row only", async () => {
    const excel = loaded.copy();
    const host = hostOn(excel);
    const error = await refusal(host.saveScenario(scenario("article MID")));
    expect(error.problem.message).toMatch(/"Article mid" is already saved/);
    const before = bodyContents(excel);
    await host.saveScenario(
      scenario("Article mid", "mine now", { ...DEFAULT_INPUTS, spendGrowth: 0.3 }),
      {
        replace: true,
      }
    );
    const after = bodyContents(excel);
    expect(
      after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]))
    ).toHaveLength(1);
    expect(excel.value("Scenarios", cell(1, "spendGrowth")).value).toBe(0.3);
    expect(excel.value("Scenarios", cell(1, "note")).value).toBe("mine now");
  });

  it("says to load the article first in a workbook without it", async () => {
    const error = await refusal(hostOn(new FakeExcel()).saveScenario(scenario("Too early")));
    expect(error.problem.code).toBe("not-loaded");
  });

  it("refuses an empty name and a table already full, saying what to do", async () => {
    const excel = loaded.copy();
    const host = hostOn(excel);
    expect((await refusal(host.saveScenario(scenario("   ")))).problem.message).toMatch(
      /needs a name/
    );
    for (let i = 3; i < LAYOUT.capacity; i++) await host.saveScenario(scenario(`S${i}`));
    const full = await refusal(host.saveScenario(scenario("One too many")));
    expect(full.problem.repair).toMatch(/Delete a scenario/);
  });
});

describe("applying, renaming, deleting", () => {
  it("applies a scenario's inputs to the input cells in one batch and returns the results", async () => {
    const excel = loaded.copy();
    const state = await hostOn(excel).applyScenario("Article high");
    expect(excel.syncs).toBe(2);
    for (const id of INPUT_IDS)
      expect(sameNumber(state.inputs[id] ?? NaN, scenarioAt("high")[id]), id).toBe(true);
    expect(excel.named("in_FundingUsd").value).toBe(scenarioAt("high").fundingUsd);
    expect(typeof state.outputs.runwayAtFrontierYears).toBe("number");
  });

  it("renames only that row's name cell", async () => {
    const excel = loaded.copy();
    const before = bodyContents(excel);
    const list = await hostOn(excel).renameScenario("Article low", "@low end");
    const after = bodyContents(excel);
    expect(list.scenarios.map((s) => s.name)).toEqual(["@low end", "Article mid", "Article high"]);
    expect(excel.value("Scenarios", cell(0, "name"))).toEqual({
      value: "@low end",
      type: "String",
    });
    expect(after.map((row, i) => row.filter((c, j) => c !== before[i]?.[j]).length)).toEqual(
      before.map((_, i) => (i === 0 ? 1 : 0))
    );
  });

  it("refuses to rename onto another scenario's name, or a scenario that is not there", async () => {
    const host = hostOn(loaded.copy());
    expect(
      (await refusal(host.renameScenario("Article low", "Article HIGH"))).problem.message
    ).toMatch(/already saved/);
    expect((await refusal(host.renameScenario("Nope", "X"))).problem.message).toMatch(
      /no saved scenario named "Nope"/
    );
  });

  it("deletes by emptying that row only, which frees it for the next save", async () => {
    const excel = loaded.copy();
    const host = hostOn(excel);
    const before = bodyContents(excel);
    const list = await host.deleteScenario("Article mid");
    const after = bodyContents(excel);
    expect(list.scenarios.map((s) => s.name)).toEqual(["Article low", "Article high"]);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]?.every((c) => c === "")).toBe(true);
    await host.saveScenario(scenario("Fills the gap"));
    expect(excel.value("Scenarios", cell(1, "name")).value).toBe("Fills the gap");
  });
});

describe("a scenarios table edited by hand", () => {
  it("reports a duplicate name, an empty name, and text in a number cell, and keeps the usable rows", async () => {
    const excel = loaded.copy();
    excel.type("Scenarios", cell(3, "name"), "Article LOW"); // duplicate of row 0
    excel.type("Scenarios", cell(3, "fundingUsd"), 1);
    excel.type("Scenarios", cell(4, "note"), "a note without a name");
    excel.type("Scenarios", cell(1, "valuationUsd"), "n/a");
    const list = await hostOn(excel).listScenarios();
    expect(list.scenarios.map((s) => s.name)).toEqual(["Article low", "Article high"]);
    const messages = list.problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/Two scenarios are named "Article LOW"/);
    expect(messages).toMatch(/has values but no scenario name/);
    expect(messages).toMatch(
      /Scenario "Article mid" \(row \d+ on "Scenarios"\) cannot be used: "Post-money valuation \(\$\)" holds "n\/a"/
    );
    expect(list.problems.every((p) => p.code === "damaged" && p.repair.length > 0)).toBe(true);
  });

  it("reports a column whose header was changed, and says how to put it back", async () => {
    const excel = loaded.copy();
    const header = `${columnLetters(LAYOUT.column + LAYOUT.columns.indexOf("capexUsd"))}${LAYOUT.headerRow + 1}`;
    excel.type("Scenarios", header, "Capex (my header)");
    const list = await hostOn(excel).listScenarios();
    expect(list.scenarios).toEqual([]);
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0]?.message).toMatch(/no column headed "AI infrastructure capex/);
    expect(list.problems[0]?.repair).toMatch(/give a column of the table the header/);
  });

  it("still lists the scenarios when only the note column is gone", async () => {
    const excel = loaded.copy();
    excel.type(
      "Scenarios",
      `${columnLetters(LAYOUT.column + 1)}${LAYOUT.headerRow + 1}`,
      "Comments"
    );
    const list = await hostOn(excel).listScenarios();
    expect(list.scenarios.map((s) => [s.name, s.note])).toEqual([
      ["Article low", ""],
      ["Article mid", ""],
      ["Article high", ""],
    ]);
    expect(list.problems).toHaveLength(1);
  });

  it("reads columns by header, so a column moved by hand is still read right", async () => {
    const excel = loaded.copy();
    // Swap the Scenario and Note columns, headers and all (as a cut and paste would).
    const sheet = "Scenarios";
    const a = (r: number): string => `${columnLetters(LAYOUT.column)}${r}`;
    const b = (r: number): string => `${columnLetters(LAYOUT.column + 1)}${r}`;
    for (let r = LAYOUT.headerRow + 1; r <= LAYOUT.firstRow + 3; r++) {
      const left = String(excel.value(sheet, a(r)).value);
      const right = String(excel.value(sheet, b(r)).value);
      excel.type(sheet, a(r), right);
      excel.type(sheet, b(r), left);
    }
    const list = await hostOn(excel).listScenarios();
    expect(list.problems).toEqual([]);
    expect(list.scenarios.map((s) => s.name)).toEqual([
      "Article low",
      "Article mid",
      "Article high",
    ]);
  });
});
