/**
 * Saved scenarios on both hosts: list, save, replace, apply, rename, duplicate and delete, and
 * the table as the analyst may edit it by hand. Every result, refusal (code and words) and
 * cell of the table is asserted the same on both adapters; Excel's round trips where the
 * adapter is Excel (1 to list, 2 to change).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUTS, inputSpec, scenarioAt } from "../../src/model";
import {
  duplicateRow,
  missingColumn,
  NAME_REQUIRED,
  nameTaken,
  noSuchScenario,
  NOT_LOADED_YET,
  rowWithoutName,
  scenarioInputNotANumber,
  tableFull,
  unusableRow,
} from "../../src/workbook/messages";
import { refusal } from "../excel/support/hostOn";
import { expectInputs, expectOutputsOf } from "../preview/support/hostState";
import { loadIronCalc } from "../support/ironcalc";
import { ADAPTERS, onBothHosts, type ContractBook } from "./support/books";
import { expectSyncs, syncsOf } from "./support/roundTrips";
import {
  cellOf,
  compareNames,
  headerOf,
  LAYOUT,
  plannedHeader,
  rowNumber,
  scenario,
  SHEET,
  tableRows,
  typedRow,
  typeScenario,
} from "./support/scenarioTable";

beforeAll(() => loadIronCalc());

const ARTICLE = ["Article low", "Article mid", "Article high"];
const cheap = { ...DEFAULT_INPUTS, efficiencyShare: 0.03, spendGrowth: 0.3 };

onBothHosts("saved scenarios", (book) => {
  async function loaded(): Promise<ContractBook> {
    const b = book();
    await b.host.loadArticle({ resetInputs: false });
    return b;
  }

  describe("listing", () => {
    it("lists the article's low, mid and high with their inputs (Excel: one sync)", async () => {
      const b = await loaded();
      const [list, syncs] = await syncsOf(b, () => b.host.listScenarios());
      expectSyncs(b, syncs, 1);
      expect(list.problems).toEqual([]);
      expect(list.scenarios.map((s) => s.name)).toEqual(ARTICLE);
      expectInputs(list.scenarios[2]?.inputs, scenarioAt("high"));
    });

    it("before a load: lists nothing, refuses every change with not-loaded", async () => {
      const b = book();
      expect(await b.host.listScenarios()).toEqual({ scenarios: [], problems: [] });
      for (const call of [
        () => b.host.saveScenario(scenario("Too early")),
        () => b.host.applyScenario("Article low"),
        () => b.host.renameScenario("Article low", "X"),
        () => b.host.deleteScenario("Article low"),
      ])
        expect((await refusal(call())).problem).toEqual(NOT_LOADED_YET);
    });
  });

  describe("saving", () => {
    it("writes the first free row, and the Compare sheet computes it at once (Excel: two syncs)", async () => {
      const b = await loaded();
      const [list, syncs] = await syncsOf(b, () =>
        b.host.saveScenario(scenario("Cheap", "3% and growing", cheap))
      );
      expectSyncs(b, syncs, 2);
      expect(list.scenarios.map((s) => s.name)).toEqual([...ARTICLE, "Cheap"]);
      expect(list.scenarios[3]?.note).toBe("3% and growing");
      expectInputs(list.scenarios[3]?.inputs, cheap);
      expect(tableRows(b)[3]).toBe(typedRow("Cheap", "3% and growing", cheap));
      expect(compareNames(b, 5)).toEqual([...ARTICLE, "Cheap", ""]);
    });

    it("keeps text that looks like a formula or a number as text", async () => {
      const b = await loaded();
      for (const name of ["=1+1", "'x", "+5"])
        await b.host.saveScenario(scenario(name, "-5% share @ board"));
      const list = await b.host.listScenarios();
      expect(list.scenarios.slice(3).map((s) => [s.name, s.note])).toEqual([
        ["=1+1", "-5% share @ board"],
        ["'x", "-5% share @ board"],
        ["+5", "-5% share @ board"],
      ]);
      expect(b.value(SHEET, cellOf(3, "name"))).toEqual({ kind: "text", value: "=1+1" });
      expect(b.value(SHEET, cellOf(4, "name"))).toEqual({ kind: "text", value: "'x" });
      expect(b.value(SHEET, cellOf(5, "name"))).toEqual({ kind: "text", value: "+5" });
      expect(b.value(SHEET, cellOf(5, "note"))).toEqual({
        kind: "text",
        value: "-5% share @ board",
      });
    });

    it("trims the name, and refuses a name saved already whatever its case or spaces", async () => {
      const b = await loaded();
      await b.host.saveScenario(scenario("  Cheap  ", "", cheap));
      expect(tableRows(b)[3]).toBe(typedRow("Cheap", "", cheap));
      const before = tableRows(b);
      for (const name of ["cheap", " CHEAP ", "article MID"]) {
        const saved = name.includes("MID") ? "Article mid" : "Cheap";
        expect((await refusal(b.host.saveScenario(scenario(name)))).problem).toEqual(
          nameTaken(saved, true)
        );
      }
      expect(tableRows(b)).toEqual(before);
    });

    it("replaces the scenario of that name in its own row, rewriting that row only", async () => {
      const b = await loaded();
      const before = tableRows(b);
      const list = await b.host.saveScenario(scenario("article mid", "mine now", cheap), {
        replace: true,
      });
      expect(list.scenarios.map((s) => s.name)).toEqual([
        "Article low",
        "article mid",
        "Article high",
      ]);
      expect(tableRows(b)).toEqual([
        before[0],
        typedRow("article mid", "mine now", cheap),
        before[2],
      ]);
    });

    it("saves a duplicate under another name, with the same inputs and note", async () => {
      const b = await loaded();
      const high = (await b.host.listScenarios()).scenarios[2];
      if (!high) throw new Error("no Article high");
      const list = await b.host.saveScenario({ ...high, name: "Article high (copy)" });
      expect(list.scenarios.map((s) => s.name)).toEqual([...ARTICLE, "Article high (copy)"]);
      expect(tableRows(b)[3]?.split("|").slice(1)).toEqual(tableRows(b)[2]?.split("|").slice(1));
    });

    it("refuses an empty name and an input that is not a number, before writing anything", async () => {
      const b = await loaded();
      const before = tableRows(b);
      expect((await refusal(b.host.saveScenario(scenario("   ")))).problem).toEqual(NAME_REQUIRED);
      const broken = scenario("Broken", "", { ...DEFAULT_INPUTS, fundingUsd: NaN });
      expect((await refusal(b.host.saveScenario(broken))).problem).toEqual(
        scenarioInputNotANumber(inputSpec("fundingUsd").label)
      );
      expect(tableRows(b)).toEqual(before);
    });

    it("says the table is full when all its rows hold scenarios", async () => {
      const b = await loaded();
      for (let i = ARTICLE.length; i < LAYOUT.capacity; i++)
        await b.host.saveScenario(scenario(`S${i}`));
      const before = tableRows(b);
      expect(before).toHaveLength(LAYOUT.capacity);
      expect((await refusal(b.host.saveScenario(scenario("One too many")))).problem).toEqual(
        tableFull(LAYOUT.capacity)
      );
      expect(tableRows(b)).toEqual(before);
    });
  });

  describe("applying", () => {
    it("puts the scenario's inputs in the input cells and returns the workbook's results (Excel: two syncs)", async () => {
      const b = await loaded();
      await b.host.saveScenario(scenario("Cheap", "", cheap));
      const [state, syncs] = await syncsOf(b, () => b.host.applyScenario(" CHEAP "));
      expectSyncs(b, syncs, 2);
      expect(state.problems).toEqual([]);
      expectInputs(state.inputs, cheap);
      expectOutputsOf(state, cheap);
      expectInputs((await b.host.readState()).inputs, cheap);
    });

    it("refuses a scenario that is not in the table", async () => {
      const b = await loaded();
      expect((await refusal(b.host.applyScenario("Nope"))).problem).toEqual(noSuchScenario("Nope"));
    });
  });

  describe("renaming", () => {
    it("rewrites that row's name cell only, as text (Excel: two syncs)", async () => {
      const b = await loaded();
      const before = tableRows(b);
      const [list, syncs] = await syncsOf(b, () => b.host.renameScenario("article low", " =low "));
      expectSyncs(b, syncs, 2);
      expect(list.scenarios.map((s) => s.name)).toEqual(["=low", "Article mid", "Article high"]);
      expect(b.value(SHEET, cellOf(0, "name"))).toEqual({ kind: "text", value: "=low" });
      expect(tableRows(b).slice(1)).toEqual(before.slice(1));
      expect(tableRows(b)[0]?.split("|").slice(1)).toEqual(before[0]?.split("|").slice(1));
    });

    it("lets a scenario change only the case of its name", async () => {
      const b = await loaded();
      const list = await b.host.renameScenario("Article low", "ARTICLE LOW");
      expect(list.scenarios.map((s) => s.name)).toEqual([
        "ARTICLE LOW",
        "Article mid",
        "Article high",
      ]);
    });

    it("refuses another scenario's name, a scenario not there, and an empty name", async () => {
      const b = await loaded();
      const before = tableRows(b);
      expect(
        (await refusal(b.host.renameScenario("Article low", "article HIGH "))).problem
      ).toEqual(nameTaken("Article high", false));
      expect((await refusal(b.host.renameScenario("Nope", "X"))).problem).toEqual(
        noSuchScenario("Nope")
      );
      expect((await refusal(b.host.renameScenario("Article low", "  "))).problem).toEqual(
        NAME_REQUIRED
      );
      expect(tableRows(b)).toEqual(before);
    });
  });

  describe("deleting", () => {
    /** The article's three and two more, then `name` deleted. */
    async function afterDeleting(name: string): Promise<{ b: ContractBook; before: string[] }> {
      const b = await loaded();
      await b.host.saveScenario(scenario("Cheap", "", cheap));
      await b.host.saveScenario(scenario("Dear", "", scenarioAt("high")));
      const before = tableRows(b);
      const [list, syncs] = await syncsOf(b, () => b.host.deleteScenario(name));
      expectSyncs(b, syncs, 2);
      expect(list.problems).toEqual([]);
      return { b, before };
    }

    it.each([
      ["the first", "Article low", 0],
      ["a middle one", "ARTICLE MID", 1],
      ["the last", "Dear", 4],
    ])(
      "deletes %s: the rows below move up, and the Compare sheet shows no gap",
      async (_, name, index) => {
        const { b, before } = await afterDeleting(name);
        const expected = before.filter((_, i) => i !== index);
        expect(tableRows(b)).toEqual(expected);
        const names = expected.map((row) => row.split("|")[0]);
        expect((await b.host.listScenarios()).scenarios.map((s) => s.name)).toEqual(names);
        expect(compareNames(b, 5)).toEqual([...names, ""]);
      }
    );

    it("saves the next scenario into the place the delete freed, right after the others", async () => {
      const { b, before } = await afterDeleting("Article mid");
      await b.host.saveScenario(scenario("Next", "", cheap));
      expect(tableRows(b)).toEqual([
        before[0],
        before[2],
        before[3],
        before[4],
        typedRow("Next", "", cheap),
      ]);
    });

    it("moves a row typed by hand as it was typed: text stays text, a formula stays a formula", async () => {
      const b = await loaded();
      typeScenario(b, 3, "'=1+1");
      b.type(SHEET, cellOf(3, "note"), "=1+1");
      await b.host.deleteScenario("Article high");
      expect(b.value(SHEET, cellOf(2, "name"))).toEqual({ kind: "text", value: "=1+1" });
      expect(b.content(SHEET, cellOf(2, "note"))).toBe("=1+1");
      expect(b.value(SHEET, cellOf(2, "note"))).toEqual({ kind: "number", value: 2 });
      expect(tableRows(b), JSON.stringify(tableRows(b))).toHaveLength(3);
    });

    it("refuses a scenario that is not in the table, changing nothing", async () => {
      const b = await loaded();
      const before = tableRows(b);
      expect((await refusal(b.host.deleteScenario("Nope"))).problem).toEqual(
        noSuchScenario("Nope")
      );
      expect(tableRows(b)).toEqual(before);
    });
  });

  describe("a table edited by hand", () => {
    it("reports an empty name, a duplicate name and text in a number cell, and lists the rest", async () => {
      const b = await loaded();
      typeScenario(b, 3, " article LOW ");
      b.type(SHEET, cellOf(4, "note"), "a note without a name");
      b.type(SHEET, cellOf(1, "valuationUsd"), "n/a");
      const list = await b.host.listScenarios();
      expect(list.scenarios.map((s) => s.name)).toEqual(["Article low", "Article high"]);
      expect(list.problems).toEqual([
        unusableRow(SHEET, "Article mid", rowNumber(1), [
          `"${plannedHeader("valuationUsd")}" holds "n/a"`,
        ]),
        duplicateRow(SHEET, "article LOW", rowNumber(0), rowNumber(3)),
        rowWithoutName(SHEET, rowNumber(4), plannedHeader("name")),
      ]);
      // A save takes the first free row, past the rows that cannot be used.
      await b.host.saveScenario(scenario("Cheap", "", cheap));
      expect(tableRows(b)[5]).toBe(typedRow("Cheap", "", cheap));
    });

    it("reports a column whose header changed, lists nothing, and refuses a save", async () => {
      const b = await loaded();
      b.type(SHEET, headerOf("capexUsd"), "Capex (my header)");
      const list = await b.host.listScenarios();
      const problem = missingColumn(SHEET, plannedHeader("capexUsd"));
      expect(list).toEqual({ scenarios: [], problems: [problem] });
      const before = tableRows(b);
      expect((await refusal(b.host.saveScenario(scenario("Cheap")))).problem).toEqual(problem);
      expect(tableRows(b)).toEqual(before);
    });

    it("still lists the scenarios, without notes, when only the note column's header is gone", async () => {
      const b = await loaded();
      b.type(SHEET, headerOf("note"), "Comments");
      const list = await b.host.listScenarios();
      expect(list.scenarios.map((s) => [s.name, s.note])).toEqual(ARTICLE.map((n) => [n, ""]));
      expect(list.problems).toEqual([missingColumn(SHEET, plannedHeader("note"))]);
    });

    it("reads the columns by header, so columns swapped by hand are still read right", async () => {
      const b = await loaded();
      const before = (await b.host.listScenarios()).scenarios;
      for (let i = -1; i < ARTICLE.length; i++) {
        const [name, note] = (["name", "note"] as const).map((key) =>
          b.content(SHEET, i < 0 ? headerOf(key) : cellOf(i, key))
        );
        b.type(SHEET, i < 0 ? headerOf("name") : cellOf(i, "name"), note ?? "", name ?? "");
      }
      expect(await b.host.listScenarios()).toEqual({ scenarios: before, problems: [] });
      await b.host.renameScenario("Article mid", "Mine");
      expect(b.content(SHEET, cellOf(1, "note"))).toBe("Mine");
    });

    it("ignores rows typed below the table's capacity, and saves within it", async () => {
      const b = await loaded();
      typeScenario(b, LAYOUT.capacity, "Below");
      const list = await b.host.listScenarios();
      expect(list).toEqual({
        scenarios: (await b.reopen().listScenarios()).scenarios,
        problems: [],
      });
      expect(list.scenarios.map((s) => s.name)).toEqual(ARTICLE);
      await b.host.saveScenario(scenario("Cheap", "", cheap));
      await b.host.deleteScenario("Article low");
      expect(tableRows(b)).toHaveLength(3);
      expect(b.content(SHEET, cellOf(LAYOUT.capacity, "name"))).toBe("Below");
    });
  });
});

describe("saved scenarios, side by side", () => {
  it("gives the same lists, refusals and table on both adapters for one session of edits", async () => {
    const session = async (b: ContractBook): Promise<unknown[]> => {
      const seen: unknown[] = [];
      const note = async (call: () => Promise<unknown>): Promise<void> => {
        seen.push(
          await call().catch((e: unknown) => ({ refused: (e as { problem?: unknown }).problem }))
        );
      };
      await b.host.loadArticle({ resetInputs: false });
      typeScenario(b, 3, "Typed");
      b.type(SHEET, cellOf(1, "fundingUsd"), "lots");
      await note(() => b.host.listScenarios());
      await note(() => b.host.saveScenario(scenario("=1+1", "'quoted", cheap)));
      await note(() => b.host.saveScenario(scenario(" typed ")));
      await note(() => b.host.renameScenario("Typed", "+5"));
      await note(() => b.host.deleteScenario("Article low"));
      await note(() => b.host.applyScenario("=1+1"));
      await note(() => b.host.deleteScenario("Article mid"));
      seen.push(tableRows(b), compareNames(b, 6));
      return seen;
    };
    const [excel, preview] = await Promise.all(ADAPTERS.map(({ book }) => session(book())));
    expect(preview).toEqual(excel);
  });
});
