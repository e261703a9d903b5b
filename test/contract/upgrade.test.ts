// Upgrading a workbook that layout 1 of the add-in built (the fixture test/fixtures/layout-1,
// loaded by a host of that layout) and an analyst then edited, on both hosts: their inputs, an
// overridden figure, their scenarios, their own sheet and name are kept; the outputs are
// src/model's; a second load changes nothing. A newer layout, cells the new layout needs and
// a deleted scenarios sheet stop the load before any change, in the same words on both. Rows
// typed below the saved scenarios' capacity stay where they are, and the upgrade warns of them.
import { describe, expect, it } from "vitest";
import { DEFAULT_INPUTS } from "../../src/model";
import { PLAN_VERSION } from "../../src/workbook/buildPlan";
import { EDITED, KEPT_LINES, SAVED, THEIR_FORMULAS } from "../fixtures/analystEdits";
import { olderLayoutPlan } from "../fixtures/layouts";
import { cellAddress } from "../../src/workbook/a1";
import {
  belowWarning,
  belowWarnings,
  FIRST_BELOW,
  SCENARIOS,
  scenarioCells,
} from "../support/rowsBelow";
import { expectInputs, expectOutputsOf } from "../preview/support/hostState";
import type { WorkbookHost } from "../../src/workbook/host";
import { ADAPTERS, onBothHosts, type ContractBook } from "./support/books";
import { contents, refusal, workbook } from "./support/loads";

/**
 * A workbook layout 1 built, then edited by the analyst with that copy of the add-in; then
 * opened with this add-in (`host`).
 */
async function editedLayoutOne(b: ContractBook): Promise<{ b: ContractBook; host: WorkbookHost }> {
  const older = b.hostWith(olderLayoutPlan(1));
  await older.loadArticle({ resetInputs: false });
  await older.writeInput("fundingUsd", EDITED.fundingUsd);
  await older.writeInput("efficiencyShare", EDITED.efficiencyShare);
  b.type("Inputs", "B12", "=0.2+0.05");
  b.type("Figures", "D5", 5000000);
  b.type("Figures", "J5", "TRUE");
  for (const s of SAVED) await older.saveScenario(s);
  b.addSheet("My analysis");
  THEIR_FORMULAS.forEach((f, i) => b.type("My analysis", `A${i + 1}`, f));
  b.defineName("MyFunding", "=Inputs!$B$9");
  return { b, host: b.reopen() };
}

const theirSheet = (b: ContractBook): string[] =>
  THEIR_FORMULAS.map(
    (_, i) =>
      `${b.content("My analysis", `A${i + 1}`)} ${JSON.stringify(b.value("My analysis", `A${i + 1}`))}`
  );

onBothHosts("an upgrade from layout 1", (book) => {
  it("carries the analyst's work over, says so, and computes as src/model does", async () => {
    const { b, host } = await editedLayoutOne(book());
    const listed = (await host.listScenarios()).scenarios;
    const theirs = theirSheet(b);
    const syncs = b.roundTrips();
    const summary = await host.loadArticle({ resetInputs: false });
    if (syncs !== undefined) expect(b.roundTrips()).toBe(syncs + 4);
    expect(summary.upgradedFrom).toBe(1);
    expect(summary.updated[0]).toBe(
      `Upgraded this workbook from layout 1 to layout ${PLAN_VERSION}`
    );
    expect(summary.kept).toEqual(
      expect.arrayContaining([
        `Your saved scenarios (${listed.length}, with their notes)`,
        ...KEPT_LINES.slice(1),
      ])
    );
    expect(b.value("Checks", "B3")).toEqual({ kind: "number", value: PLAN_VERSION });
    expect(b.content("Inputs", "B12")).toBe("=0.2+0.05");
    expect(b.content("Figures", "D5")).toBe("5000000");
    const state = await host.readState();
    expectInputs(state.inputs, EDITED);
    expectOutputsOf(state, EDITED);
    expect((await host.listScenarios()).scenarios).toEqual(listed);
    expect(theirSheet(b)).toEqual(theirs);
    expect(b.names()).toContainEqual({ name: "MyFunding", formula: "=Inputs!$B$9" });

    const upgraded = workbook(b);
    const again = await host.loadArticle({ resetInputs: false });
    expect(again.upgradedFrom).toBeUndefined();
    expect(workbook(b)).toEqual(upgraded);
  });

  it("carries the scenarios over a reset too, which puts the article's inputs back", async () => {
    const { host } = await editedLayoutOne(book());
    const listed = (await host.listScenarios()).scenarios;
    await host.loadArticle({ resetInputs: true });
    expectInputs((await host.readState()).inputs, DEFAULT_INPUTS);
    expect((await host.listScenarios()).scenarios).toEqual(listed);
  });
});

onBothHosts("loads that stop before an upgrade changes anything", (book) => {
  it("refuses a workbook a newer add-in built: update the add-in", async () => {
    const b = book();
    const host = b.host;
    await host.loadArticle({ resetInputs: false });
    b.type("Checks", "B3", PLAN_VERSION + 1);
    const before = workbook(b);
    const error = await refusal(host.loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("unsupported");
    expect(error.problem.message).toBe(
      `A newer version of the AI Cost Scenarios add-in built this workbook (workbook layout ${PLAN_VERSION + 1}); this version writes layout ${PLAN_VERSION}, and loading would undo what the newer one wrote. Nothing was changed.`
    );
    expect(workbook(b)).toEqual(before);
    expect((await host.readState()).loaded).toBe(true);
  });

  it("refuses a stamp it cannot read, saying where it is", async () => {
    const b = book();
    const host = b.host;
    await host.loadArticle({ resetInputs: false });
    b.type("Checks", "B3", "two");
    const error = await refusal(host.loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.message).toMatch(
      /^The workbook's layout stamp \(Checks!B3\) holds "two" instead/
    );
  });

  it("refuses to write over cells the analyst used where the new layout writes", async () => {
    const b = book();
    await b.hostWith(olderLayoutPlan(1)).loadArticle({ resetInputs: false });
    b.type("Checks", "A3", "my note");
    const host = b.reopen();
    const before = workbook(b);
    const error = await refusal(host.loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("conflict");
    expect(error.problem.message).toMatch(
      /^Layout \d+ of the add-in writes into Checks!A3:B3, which layout 1 left empty, and you have used those cells \("my note"\)\. Nothing was changed\.$/
    );
    expect(workbook(b)).toEqual(before);
  });

  it("stops where the scenarios sheet was deleted; a reset goes through, leaving their sheet", async () => {
    const b = book();
    const older = b.hostWith(olderLayoutPlan(1));
    await older.loadArticle({ resetInputs: false });
    await older.writeInput("fundingUsd", 52e9);
    b.addSheet("My notes");
    b.type("My notes", "A1", "=Inputs!B9/2");
    b.deleteSheet("Scenarios");
    const host = b.reopen();
    const before = workbook(b);
    const error = await refusal(host.loadArticle({ resetInputs: false }));
    expect(error.problem.code).toBe("damaged");
    expect(error.problem.message).toContain("The add-in cannot find its saved scenarios table");
    expect(workbook(b)).toEqual(before);
    const summary = await host.loadArticle({ resetInputs: true });
    expect(summary.upgradedFrom).toBe(1);
    expect(b.sheetNames()).toContain("Scenarios");
    expect(b.content("My notes", "A1")).toBe("=Inputs!B9/2");
    expect((await host.listScenarios()).scenarios).toEqual([]);
  });
});

describe("both hosts, side by side, upgrading layout 1", () => {
  it("write the same workbook and say the same", async () => {
    const seen = await Promise.all(
      ADAPTERS.map(async ({ book }) => {
        const { b, host } = await editedLayoutOne(book());
        const summary = await host.loadArticle({ resetInputs: false });
        return { summary, cells: contents(b) };
      })
    );
    const [excel, preview] = seen;
    expect(preview).toEqual(excel);
  });
});

onBothHosts("an upgrade from layout 1 over rows typed below the saved scenarios", (book) => {
  /** A layout-1 workbook with `count` scenarios typed right below the table's capacity. */
  async function withRowsBelow(count: number): Promise<ContractBook> {
    const b = book();
    await b.hostWith(olderLayoutPlan(1)).loadArticle({ resetInputs: false });
    const at = (row: number): string => cellAddress(row - 1, SCENARIOS.column);
    for (let i = 0; i < count; i++)
      b.type("Scenarios", at(FIRST_BELOW + i), ...scenarioCells(`Extra ${i + 1}`));
    return b;
  }

  it("leaves them where they are and says so in the summary's warnings", async () => {
    const b = await withRowsBelow(3);
    const before = b.cells("Scenarios").filter(([address]) => belowTable(address));
    const host = b.reopen();
    const summary = await host.loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(belowWarnings(summary.warnings)).toEqual([
      belowWarning([FIRST_BELOW, FIRST_BELOW + 1, FIRST_BELOW + 2], "upgrade"),
    ]);
    expect(b.cells("Scenarios").filter(([address]) => belowTable(address))).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    // What the warning says: the pane does not list them.
    const names = (await host.listScenarios()).scenarios.map((s) => s.name);
    expect(names).not.toContain("Extra 1");
  });

  it("names a single row as a row", async () => {
    const b = await withRowsBelow(1);
    const summary = await b.reopen().loadArticle({ resetInputs: false });
    expect(belowWarnings(summary.warnings)).toEqual([belowWarning([FIRST_BELOW], "upgrade")]);
  });

  it("warns of nothing when nothing is below the table, in the upgrade's round trips", async () => {
    const b = await withRowsBelow(0);
    const host = b.reopen();
    const syncs = b.roundTrips();
    const summary = await host.loadArticle({ resetInputs: false });
    expect(summary.upgradedFrom).toBe(1);
    expect(belowWarnings(summary.warnings)).toEqual([]);
    if (syncs !== undefined) expect(b.roundTrips()).toBe(syncs + 4);
  });
});

/** A cell of the sheet's rows below the table's capacity. */
function belowTable(address: string): boolean {
  return Number(/\d+$/.exec(address)?.[0]) >= FIRST_BELOW;
}
