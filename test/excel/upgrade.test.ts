/**
 * Sharing and upgrading through the Excel host, on a fake Excel whose cells compute on
 * IronCalc: a workbook built by layout 1 of the add-in (the fixture test/fixtures/layout-1,
 * applied by a host of that layout) and edited by an analyst is read as it is by this add-in,
 * then upgraded in place by a load (their inputs, an overridden figure, five scenarios with
 * notes, their own sheet and name all kept; outputs as src/model computes them); a second load
 * changes nothing. A newer layout is refused before any change. Another copy of the add-in
 * (a colleague's: a second host over a copy of the file) picks up the inputs and scenarios.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, INPUT_IDS, OUTPUT_IDS, type ScenarioInputs } from "../../src/model";
import { buildPlan, PLAN_VERSION } from "../../src/workbook";
import type { LoadSummary, ScenarioList, WorkbookState } from "../../src/workbook/host";
import { LAYOUT_STAMP_NAME } from "../../src/workbook/names";
import { EDITED, KEPT_LINES, SAVED, THEIR_FORMULAS } from "../fixtures/analystEdits";
import { olderLayoutPlan } from "../fixtures/layouts";
import { loadIronCalc, sameNumber } from "../support/ironcalc";
import { FakeExcel } from "./support/fakeExcel";
import { hostOn, refusal } from "./support/hostOn";

/** A workbook built by layout 1, then edited by an analyst with that copy of the add-in. */
async function editedLayoutOneWorkbook(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  const older = hostOn(excel, { makePlan: () => olderLayoutPlan(1) });
  await older.loadArticle({ resetInputs: false });
  await older.writeInput("fundingUsd", EDITED.fundingUsd);
  await older.writeInput("efficiencyShare", EDITED.efficiencyShare);
  excel.type("Inputs", "B12", "=0.2+0.05");
  excel.type("Figures", "D5", 5000000);
  excel.type("Figures", "J5", "TRUE");
  await older.deleteScenario("Article high"); // Excel's host leaves the row empty: a gap
  for (const s of SAVED) await older.saveScenario(s);
  excel.addSheet("My analysis");
  THEIR_FORMULAS.forEach((f, i) => excel.type("My analysis", `A${i + 1}`, f));
  excel.defineName("MyFunding", "=Inputs!$B$9");
  return excel;
}

/** A rectangle given by its first cell (0-based) and size: content only, or with the value shown. */
function rectangle(
  excel: FakeExcel,
  sheetName: string,
  r0: number,
  c0: number,
  rows: number,
  columns: number,
  what: "typed" | "typed and shown"
): string {
  const sheet = excel.book.sheet(sheetName);
  const cell = (r: number, c: number): unknown =>
    what === "typed and shown"
      ? [excel.book.content(sheet, r, c), excel.book.read(sheet, r, c)]
      : excel.book.content(sheet, r, c);
  return JSON.stringify(
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => cell(r0 + r, c0 + c))
    )
  );
}

/** Contents as typed, of a rectangle. */
const typed = (excel: FakeExcel, sheet: string, ...at: [number, number, number, number]): string =>
  rectangle(excel, sheet, ...at, "typed");

/** Contents as typed and values shown, of a rectangle. */
const region = (excel: FakeExcel, sheet: string, ...at: [number, number, number, number]): string =>
  rectangle(excel, sheet, ...at, "typed and shown");

const PLAN = buildPlan();
const TABLE = PLAN.scenarios;
const scenarioTable = (excel: FakeExcel): string =>
  region(
    excel,
    "Scenarios",
    TABLE.headerRow,
    TABLE.column,
    1 + TABLE.capacity,
    TABLE.columns.length
  );
const theirSheet = (excel: FakeExcel): string =>
  region(excel, "My analysis", 0, 0, THEIR_FORMULAS.length, 1);

function expectInputs(state: WorkbookState, inputs: ScenarioInputs): void {
  for (const id of INPUT_IDS)
    expect(sameNumber(state.inputs[id] ?? NaN, inputs[id]), id).toBe(true);
}

function expectModelOutputs(state: WorkbookState, inputs: ScenarioInputs): void {
  const expected = evaluate(inputs);
  for (const id of OUTPUT_IDS) {
    const want = expected[id];
    const got = state.outputs[id];
    if (typeof want === "number" && typeof got === "number") {
      expect(sameNumber(got, want), `${id}: ${got} vs ${want}`).toBe(true);
    } else {
      expect(typeof want === "number" ? want : String(got), id).toBe(String(got));
    }
  }
}

beforeAll(() => loadIronCalc());

describe("a workbook built by layout 1, opened with this add-in", () => {
  let excel: FakeExcel;
  let before: {
    table: string;
    theirs: string;
    figureRow: string;
    state: WorkbookState;
    list: ScenarioList;
  };
  let summary: LoadSummary;
  let syncs: number;
  let afterUpgrade: unknown;

  beforeAll(async () => {
    excel = await editedLayoutOneWorkbook();
    const host = hostOn(excel);
    before = {
      table: scenarioTable(excel),
      theirs: theirSheet(excel),
      figureRow: region(excel, "Figures", 4, 0, 1, 10),
      state: await host.readState(),
      list: await host.listScenarios(),
    };
    const start = excel.syncs;
    summary = await host.loadArticle({ resetInputs: false });
    syncs = excel.syncs - start;
    afterUpgrade = excel.state();
  });

  it("has no layout stamp until this add-in loads (the markers make it layout 1)", async () => {
    const older = await editedLayoutOneWorkbook();
    expect(older.book.findName(LAYOUT_STAMP_NAME)).toBeUndefined();
    expect(older.value("Checks", "B3").type).toBe("Empty");
  });

  it("is read as it is before any load: the analyst's inputs and their five scenarios", () => {
    expect(before.state.loaded).toBe(true);
    expect(before.state.problems).toEqual([]);
    expectInputs(before.state, EDITED);
    expectModelOutputs(before.state, EDITED);
    expect(before.list.problems).toEqual([]);
    expect(before.list.scenarios.map((s) => [s.name, s.note])).toEqual([
      ["Article low", "Every input at the low end of the article's range."],
      ["Article mid", "Every input at the midpoint of the article's range (the default)."],
      ...SAVED.map((s) => [s.name, s.note]),
    ]);
  });

  it("is upgraded by a load, which says so first", () => {
    expect(summary.updated[0]).toBe(
      `Upgraded this workbook from layout 1 to layout ${PLAN_VERSION}`
    );
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.kept).toEqual(expect.arrayContaining([...KEPT_LINES]));
    // Layout 2's stamp name, layout 3's case names, and the analysis sheets with their names.
    expect(summary.created).toEqual([
      "Sensitivity",
      "Map",
      expect.stringMatching(/^\d+ named cells and ranges$/),
    ]);
    expect(summary.warnings).toEqual([]);
  });

  it("in four round trips: read, read the stamp and the analyst's work, write, twins", () => {
    expect(syncs).toBe(4);
  });

  it("carries the stamp of this layout: AICOST_LayoutVersion on Checks!B3, which holds 2", () => {
    expect(excel.book.findName(LAYOUT_STAMP_NAME)?.formula).toBe("=Checks!$B$3");
    expect(excel.named(LAYOUT_STAMP_NAME)).toEqual({ value: PLAN_VERSION, type: "Double" });
    expect(excel.value("Checks", "A3").value).toMatch(/^Workbook layout, written by/);
    expect(excel.book.meta(`AICOST_OWNS_NAME_${LAYOUT_STAMP_NAME}`).visible).toBe(false);
  });

  it("keeps the analyst's inputs (a formula stays a formula) and computes as src/model does", async () => {
    const state = await hostOn(excel).readState();
    expect(state.problems).toEqual([]);
    expectInputs(state, EDITED);
    expectModelOutputs(state, EDITED);
    expect(excel.book.content(excel.book.sheet("Inputs"), 11, 1)).toBe("=0.2+0.05");
    expect(excel.named("chk_AllChecksPass").value).toBe(true);
  });

  it("keeps the overridden figure, the scenarios with their notes in their rows, and the gap", async () => {
    expect(region(excel, "Figures", 4, 0, 1, 10)).toBe(before.figureRow);
    expect(scenarioTable(excel)).toBe(before.table);
    expect(await hostOn(excel).listScenarios()).toEqual(before.list);
  });

  it("leaves the analyst's sheet, formulas and values, and their name as they were", () => {
    expect(theirSheet(excel)).toBe(before.theirs);
    expect(excel.value("My analysis", "A1").value).toBe(15e9);
    expect(excel.book.findName("MyFunding")?.formula).toBe("=Inputs!$B$9");
  });

  it("holds this layout's formulas and labels: the same cells as a workbook it built new", async () => {
    const fresh = new FakeExcel();
    await hostOn(fresh).loadArticle({ resetInputs: false });
    for (const sheet of PLAN.sheets) {
      for (const block of sheet.blocks.filter((b) => !b.analystData)) {
        const size = [block.cells.length, block.cells[0]?.length ?? 0] as const;
        expect(
          typed(excel, sheet.name, block.row, block.column, ...size),
          `${sheet.name} ${block.address}`
        ).toBe(typed(fresh, sheet.name, block.row, block.column, ...size));
      }
    }
  });

  it("changes nothing when loaded again", async () => {
    const again = await hostOn(excel).loadArticle({ resetInputs: false });
    expect(excel.state()).toEqual(afterUpgrade);
    expect(again.updated.join(" ")).not.toMatch(/Upgraded/);
    expect(again.upgradedFrom).toBeUndefined();
  });
});

describe("a workbook a newer add-in built", () => {
  it("is refused before any change, saying to update the add-in; reading it still works", async () => {
    const excel = new FakeExcel();
    await hostOn(excel).loadArticle({ resetInputs: false });
    excel.type("Checks", "B3", PLAN_VERSION + 1);
    const before = excel.state();
    const start = excel.syncs;
    const host = hostOn(excel);

    const error = await refusal(host.loadArticle({ resetInputs: true }));

    expect(error.problem.code).toBe("unsupported");
    expect(error.problem.message).toMatch(
      new RegExp(
        `\\(workbook layout ${PLAN_VERSION + 1}\\); this version writes layout ${PLAN_VERSION}`
      )
    );
    expect(error.problem.repair).toMatch(/^Update the add-in/);
    expect(excel.state()).toEqual(before);
    expect(excel.syncs - start).toBe(2);
    expect((await host.readState()).problems).toEqual([]);
  });
});

describe("the analyst's own cells where the new layout writes", () => {
  it("stop the upgrade, named, with nothing changed", async () => {
    const excel = new FakeExcel();
    await hostOn(excel, { makePlan: () => olderLayoutPlan(1) }).loadArticle({ resetInputs: false });
    excel.type("Checks", "B3", "=B4");
    const before = excel.state();
    const error = await refusal(hostOn(excel).loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("conflict");
    expect(error.problem.message).toMatch(
      /writes into Checks!A3:B3, which layout 1 left empty.*\(=B4\)/
    );
    expect(excel.state()).toEqual(before);
  });
});

describe("another copy of the add-in (a colleague's) on a shared workbook", () => {
  let sender: FakeExcel;
  let colleague: FakeExcel;

  beforeAll(async () => {
    sender = new FakeExcel();
    const host = hostOn(sender);
    await host.loadArticle({ resetInputs: false });
    for (const id of ["fundingUsd", "efficiencyShare"] as const) {
      await host.writeInput(id, EDITED[id]);
    }
    for (const s of SAVED) await host.saveScenario(s);
    colleague = sender.copy(); // the file as it arrives
  });

  it("reads the same inputs, results and scenarios without loading", async () => {
    const theirs = hostOn(colleague);
    expect(await theirs.readState()).toEqual(await hostOn(sender).readState());
    expect(await theirs.listScenarios()).toEqual(await hostOn(sender).listScenarios());
    expect(colleague.syncs).toBe(2);
  });

  it("keeps them through a load that does not reset, which changes nothing", async () => {
    const theirs = hostOn(colleague);
    const state = await theirs.readState();
    const list = await theirs.listScenarios();
    const before = colleague.state();
    const summary = await theirs.loadArticle({ resetInputs: false });
    expect(colleague.state()).toEqual(before);
    expect(await theirs.readState()).toEqual(state);
    expect(await theirs.listScenarios()).toEqual(list);
    expect(summary.kept).toContain("Funding round: $52B (the article: $40B)");
  });
});
