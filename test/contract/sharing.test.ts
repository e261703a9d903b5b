// "Prepare for sharing" and "Restore add-in formulas" on both hosts, over the analyst's
// workbook of test/support/sharingWorkbook.ts with the add-in's functions running (the
// stand-ins of test/support/addinFunctions.ts). Every case must give the same report, messages
// and workbook on the Excel host and on the preview; what only Excel has (round trips, legacy
// arrays, charts and shapes, an Excel without LAMBDA) is in test/excel/sharing.test.ts.
import { beforeAll, expect, it } from "vitest";
import { sharingMessages } from "../../src/workbook/messages";
import type { ShownValue } from "../../src/workbook/sharing";
import { RECORD_MARKER, scanFormula } from "../../src/workbook/sharing";
import { sameNumber } from "../support/ironcalc";
import {
  ANALYSIS,
  CELLS,
  CHANGED,
  count,
  FIRST_ENTRY,
  MODEL,
  MOVES,
  QUOTED,
  RECORD,
} from "../support/sharingWorkbook";
import { onBothHosts, type ContractBook } from "./support/books";
import { refusal } from "./support/loads";

/** The article loaded, then the analyst's sheets typed in, with or without the add-in running. */
async function analystWorkbook(b: ContractBook, addin = true): Promise<ContractBook> {
  await b.host.loadArticle({ resetInputs: false });
  if (addin) b.installAddin();
  b.addSheet(ANALYSIS);
  b.addSheet(QUOTED);
  for (const c of CELLS) b.type(c.sheet, c.address, c.typed);
  return b;
}

/**
 * The analyst's workbook and a copy of it prepared for sharing, built once for the suite: each
 * test changes copies of them.
 */
function workbooks(book: () => ContractBook): {
  workbook: () => ContractBook;
  prepared: () => ContractBook;
} {
  let workbook: ContractBook | undefined;
  let prepared: ContractBook | undefined;
  beforeAll(async () => {
    workbook = await analystWorkbook(book());
    prepared = workbook.copy();
    await prepared.host.sharing?.prepareForSharing();
  });
  const built = (b: ContractBook | undefined): ContractBook => {
    if (!b) throw new Error("The suite's workbooks are built in beforeAll");
    return b;
  };
  return { workbook: () => built(workbook), prepared: () => built(prepared) };
}

/** The workbook as far as prepare and restore can change it: sheets, cells as typed, names. */
function workbookState(b: ContractBook): unknown {
  return {
    sheets: b.sheetNames().map((name) => [name, b.cells(name)]),
    names: b.names().sort((x, y) => (x.name < y.name ? -1 : 1)),
  };
}

function values(b: ContractBook): Record<string, ShownValue> {
  return Object.fromEntries(
    CELLS.map((c) => [`${c.sheet}!${c.address}`, b.value(c.sheet, c.address)])
  );
}

/** Two cells show the same: numbers up to the engine's last digits, anything else exactly. */
function expectSameValues(after: Record<string, ShownValue>, before: Record<string, ShownValue>) {
  for (const [key, a] of Object.entries(before)) {
    const b = after[key];
    if (a.kind === "number")
      expect(b?.kind === "number" && sameNumber(a.value, b.value), key).toBe(true);
    else expect(b, key).toEqual(a);
  }
}

function numberIn(b: ContractBook, key: string): number {
  const [sheet = "", address = ""] = key.split("!");
  const shown = b.value(sheet, address);
  if (shown.kind !== "number") throw new Error(`${key} shows ${JSON.stringify(shown)}`);
  return shown.value;
}

onBothHosts("preparing a workbook for sharing", (book) => {
  const { workbook, prepared } = workbooks(book);

  it("rewrites every AICOST cell and reports how: twins where they exist, frozen values elsewhere", async () => {
    const b = workbook().copy();
    const report = await b.host.sharing!.prepareForSharing();
    expect(report).toMatchObject({
      changed: CHANGED,
      toTwin: count("twin"),
      toNative: 0,
      frozen: count("frozen"),
      recordSheet: RECORD,
    });
    expect(report.notes.filter((n) => n.includes(": frozen to its value"))).toHaveLength(
      count("frozen")
    );
    expect(report.notes).toContain(
      sharingMessages.cellNote(
        `${ANALYSIS}!C8`,
        sharingMessages.frozen("0.1", [
          sharingMessages.noPortableForm("AICOST.FIGURE", sharingMessages.articleFigure),
        ])
      )
    );
  });

  it("says whether the workbook is prepared, and how many cells", async () => {
    expect(await workbook().reopen().sharing!.status()).toEqual({
      prepared: false,
      preparedCells: 0,
    });
    expect(await prepared().reopen().sharing!.status()).toEqual({
      prepared: true,
      preparedCells: CHANGED,
    });
  });

  it("leaves no AICOST call in any cell, and every other cell exactly as it was, value and formula", () => {
    for (const c of CELLS) {
      const now = prepared().content(c.sheet, c.address);
      if (now.startsWith("="))
        expect(scanFormula(now).calls, `${c.sheet}!${c.address}: ${now}`).toEqual([]);
      if (c.becomes === "same")
        expect(now, `${c.sheet}!${c.address}`).toBe(workbook().content(c.sheet, c.address));
    }
    expectSameValues(values(prepared()), values(workbook()));
  });

  it("keeps the decoys: the string holding a call's text, and the text typed as =AICOST.RATIO(1,2)", () => {
    expect(prepared().content(ANALYSIS, "C6")).toBe(workbook().content(ANALYSIS, "C6"));
    expect(prepared().value(ANALYSIS, "C7")).toEqual({ kind: "text", value: "=AICOST.RATIO(1,2)" });
    expect(prepared().content(ANALYSIS, "C7")).toBe("'=AICOST.RATIO(1,2)");
  });

  it("gives twin cells the model's values, computed by the twins", () => {
    for (const [key, want] of Object.entries(MODEL)) {
      const [sheet = "", address = ""] = key.split("!");
      expect(prepared().content(sheet, address), key).not.toMatch(/aicost/i);
      expect(sameNumber(numberIn(prepared(), key), want), key).toBe(true);
    }
    expect(prepared().content(ANALYSIS, "C5").toUpperCase()).toBe(
      "=STAKE.BOUGHT(B1,'MY ''QUOTED'' SHEET'!B1)"
    );
  });

  it("freezes numbers as numbers, text as text, errors as errors and booleans as booleans", () => {
    expect(prepared().content(ANALYSIS, "C8")).toBe("0.1");
    expect(prepared().value(ANALYSIS, "C9").kind).toBe("text");
    expect(prepared().value(ANALYSIS, "C14")).toEqual({ kind: "error", value: "#N/A" });
    expect(prepared().value(ANALYSIS, "C15")).toEqual({ kind: "boolean", value: true });
  });

  it("leaves the add-in's own sheets as they were", () => {
    for (const name of ["Figures", "Inputs", "Model", "Scenarios", "Compare", "Checks"])
      expect(prepared().cells(name), name).toEqual(workbook().cells(name));
  });

  it("shows a colleague without the add-in the same numbers, where unprepared cells show #NAME?", () => {
    const colleague = prepared().copy();
    colleague.removeAddin();
    expectSameValues(values(colleague), values(workbook()));
    const unprepared = workbook().copy();
    unprepared.removeAddin();
    expect(unprepared.value(ANALYSIS, "C1")).toEqual({ kind: "error", value: "#NAME?" });
  });

  it("keeps a record a colleague can read: every formula stored as text, a link to each cell, its marker", () => {
    expect(prepared().sheetNames().at(-1)).toBe(RECORD);
    expect(prepared().value(RECORD, "A1")).toEqual({
      kind: "text",
      value: sharingMessages.recordTitle,
    });
    CELLS.filter((c) => c.becomes !== "same").forEach((c, i) => {
      const row = FIRST_ENTRY + i;
      expect(prepared().value(RECORD, `D${row}`)).toEqual({
        kind: "text",
        value: workbook().content(c.sheet, c.address),
      });
      expect(prepared().content(RECORD, `D${row}`).startsWith("'=")).toBe(true);
      expect(prepared().content(RECORD, `B${row}`).toUpperCase()).toContain(c.address);
    });
    expect(
      prepared()
        .names()
        .map((n) => n.name)
    ).toContain(RECORD_MARKER);
  });

  it("appends only new cells when prepared twice, and says so in the status", async () => {
    const b = prepared().copy();
    const sharing = b.host.sharing!;
    expect((await sharing.prepareForSharing()).changed).toBe(0);
    b.type(ANALYSIS, "E1", "=AICOST.RATIO(1,4)");
    const typed = b.content(ANALYSIS, "E1");
    expect(await sharing.prepareForSharing()).toMatchObject({
      changed: 1,
      toTwin: 1,
      recordSheet: RECORD,
    });
    // The record keeps the formula as the workbook gave it back.
    expect(b.value(RECORD, `D${FIRST_ENTRY + CHANGED}`)).toEqual({ kind: "text", value: typed });
    expect(await sharing.status()).toEqual({ prepared: true, preparedCells: CHANGED + 1 });
  });

  it("leaves alone a cell to freeze whose result spills, rather than keep only its first value", async () => {
    const b = workbook().copy();
    b.type(ANALYSIS, "F1", '=AICOST.FIGURE("v3_training_cost")*SEQUENCE(3)');
    const spilled = [1, 2, 3].map((r) => b.value(ANALYSIS, `F${r}`));
    expect(spilled).toEqual([6e6, 12e6, 18e6].map((value) => ({ kind: "number", value })));
    const report = await b.host.sharing!.prepareForSharing();
    expect(report.frozen).toBe(count("frozen"));
    expect(report.notes).toContainEqual(
      expect.stringMatching(/^Analysis!F1: left as it is: its result spills over several cells/)
    );
    expect(b.content(ANALYSIS, "F1")).toMatch(/SEQUENCE\(3\)/i);
    expect([1, 2, 3].map((r) => b.value(ANALYSIS, `F${r}`))).toEqual(spilled);
  });

  it("turns a spilling cell into its twin, which spills the same values", async () => {
    const b = workbook().copy();
    b.type(ANALYSIS, "G1", "=AICOST.RATIO(B1:B2,B3)");
    const before = [1, 2].map((r) => numberIn(b, `${ANALYSIS}!G${r}`));
    const report = await b.host.sharing!.prepareForSharing();
    expect(report.toTwin).toBe(count("twin") + 1);
    expect(b.content(ANALYSIS, "G1").toUpperCase()).toBe("=COST.RATIO(B1:B2,B3)");
    [1, 2].forEach((r, i) =>
      expect(sameNumber(numberIn(b, `${ANALYSIS}!G${r}`), before[i] ?? NaN)).toBe(true)
    );
  });

  it("leaves the analyst's own sheet named like the record alone and uses a free name", async () => {
    const b = workbook().copy();
    b.addSheet(RECORD);
    b.type(RECORD, "A1", "mine");
    expect((await b.host.sharing!.prepareForSharing()).recordSheet).toBe(`${RECORD} (2)`);
    expect(b.content(RECORD, "A1")).toBe("mine");
    await b.host.sharing!.restoreAddinFormulas();
    expect(b.sheetNames()).toContain(RECORD);
    expect(b.sheetNames()).not.toContain(`${RECORD} (2)`);
  });

  it("does not call a twin name the analyst took as their own, and writes its formula out with LET", async () => {
    const b = workbook().copy();
    b.deleteName("AICOST_OWNS_NAME_BURN.YEARS"); // the name is theirs now
    const report = await b.host.sharing!.prepareForSharing();
    expect(b.content(ANALYSIS, "C1")).toMatch(/^=LET\(/i);
    expect(b.content(ANALYSIS, "C3").toUpperCase()).toContain("COST.RATIO(");
    expect(report.toNative).toBeGreaterThan(0);
    expect(report.notes).toContainEqual(expect.stringMatching(/written out with LET/));
    b.removeAddin();
    expect(sameNumber(numberIn(b, `${ANALYSIS}!C1`), MODEL[`${ANALYSIS}!C1`] ?? NaN)).toBe(true);
  });
});

onBothHosts("preparing where the add-in's functions do not run", (book) => {
  it("leaves alone a cell that shows #NAME?, rather than freeze the error, and still converts the rest", async () => {
    const b = await analystWorkbook(book(), false);
    const report = await b.host.sharing!.prepareForSharing();
    expect(report.frozen).toBe(0);
    expect(report.toTwin).toBe(count("twin"));
    expect(report.notes).toContainEqual(
      expect.stringContaining(
        `${ANALYSIS}!C8: left as it is: ${sharingMessages.notCalculated("#NAME?")}`
      )
    );
    expect(b.content(ANALYSIS, "C8").toUpperCase()).toContain("AICOST.FIGURE");
  });
});

onBothHosts("restoring the add-in formulas", (book) => {
  const { workbook, prepared } = workbooks(book);

  it("puts every formula back exactly and removes the record and its marker: the workbook is as before", async () => {
    const b = prepared().copy();
    expect(await b.host.sharing!.restoreAddinFormulas()).toEqual({
      restored: CHANGED,
      leftAlone: [],
    });
    expect(workbookState(b)).toEqual(workbookState(workbook()));
    expect(b.sheetNames()).not.toContain(RECORD);
    expect(b.names().map((n) => n.name)).not.toContain(RECORD_MARKER);
    expect(await b.host.sharing!.status()).toEqual({ prepared: false, preparedCells: 0 });
  });

  it("leaves cells edited since alone, says which and why, and keeps their rows in the record", async () => {
    const b = prepared().copy();
    // What prepare wrote into C1, as its record keeps it (the first entry).
    const written = b.value(RECORD, `E${FIRST_ENTRY}`);
    b.type(ANALYSIS, "C1", 7);
    b.type(ANALYSIS, "C8", "=0.2");
    const report = await b.host.sharing!.restoreAddinFormulas();
    expect(report.restored).toBe(CHANGED - 2);
    expect(report.leftAlone).toEqual([
      sharingMessages.editedSincePrepared(
        `${ANALYSIS}!C1`,
        "7",
        written.kind === "text" ? written.value : "",
        workbook().content(ANALYSIS, "C1")
      ),
      sharingMessages.editedSincePrepared(
        `${ANALYSIS}!C8`,
        "=0.2",
        "0.1",
        workbook().content(ANALYSIS, "C8")
      ),
    ]);
    expect(b.content(ANALYSIS, "C1")).toBe("7");
    expect(b.content(ANALYSIS, "C8")).toBe("=0.2");
    expect(b.content(ANALYSIS, "C2")).toBe(workbook().content(ANALYSIS, "C2"));
    expect(await b.host.sharing!.status()).toEqual({ prepared: true, preparedCells: 2 });
  });

  it("follows a cell whose sheet was renamed since", async () => {
    const b = prepared().copy();
    b.renameSheet(QUOTED, "Renamed");
    const report = await b.host.sharing!.restoreAddinFormulas();
    expect(report).toEqual({ restored: CHANGED, leftAlone: [] });
    expect(b.content("Renamed", "B2")).toBe(workbook().content(QUOTED, "B2"));
  });

  for (const { name, move } of MOVES) {
    it(`follows references moved since (${name}): frozen and twin cells alike`, async () => {
      const expected = workbook().copy();
      move(expected);
      const b = prepared().copy();
      move(b);
      expect(await b.host.sharing!.restoreAddinFormulas()).toEqual({
        restored: CHANGED,
        leftAlone: [],
      });
      // The workbook the analyst would have, had they made the same edit without preparing.
      expect(workbookState(b)).toEqual(workbookState(expected));
    });
  }

  it("gives a frozen cell back its formula reading its inputs where they are now", async () => {
    const b = prepared().copy();
    b.insertRows(ANALYSIS, 1);
    await b.host.sharing!.restoreAddinFormulas();
    // C10, frozen by prepare, is C11 now, and reads B2 and B3.
    expect(b.content(ANALYSIS, "C11")).toMatch(/BURN\.YEARS\(B2,B3\)$/i);
  });

  it("keeps the record sheet, clearing only the restored rows, when the analyst wrote on it", async () => {
    const b = prepared().copy();
    b.type(RECORD, "H7", "checked with finance");
    b.type(RECORD, "J2", "=SUM(1,2)"); // beside the heading
    const report = await b.host.sharing!.restoreAddinFormulas();
    expect(report.restored).toBe(CHANGED);
    expect(report.notes).toEqual([
      sharingMessages.recordKept(RECORD, [sharingMessages.holdsTheirCells("J2, H7", 0)]),
    ]);
    expect(b.sheetNames()).toContain(RECORD);
    expect(b.content(RECORD, `D${FIRST_ENTRY}`)).toBe("");
    expect(b.content(RECORD, "A1")).toBe(sharingMessages.recordTitle);
    expect(b.content(RECORD, "H7")).toBe("checked with finance");
    for (const c of CELLS)
      expect(b.content(c.sheet, c.address)).toBe(workbook().content(c.sheet, c.address));
    expect(await b.host.sharing!.status()).toEqual({ prepared: false, preparedCells: 0 });
  });

  it("reports nothing to do in a workbook never prepared, and writes nothing", async () => {
    const b = workbook().copy();
    const before = workbookState(b);
    expect(await b.host.sharing!.restoreAddinFormulas()).toEqual({ restored: 0, leftAlone: [] });
    expect(workbookState(b)).toEqual(before);
  });

  it("keeps the pane's host working after the record sheet comes and goes", async () => {
    const b = workbook().copy();
    await b.host.sharing!.prepareForSharing();
    expect((await b.host.writeInput("efficiencyShare", 0.05)).inputs.efficiencyShare).toBe(0.05);
    await b.host.sharing!.restoreAddinFormulas();
    expect((await b.host.readState()).inputs.efficiencyShare).toBe(0.05);
  });
});

onBothHosts("sharing a workbook the article was never loaded into", (book) => {
  it("writes the formula out with LET, keeps the workbook reading as not loaded, and loadable", async () => {
    const b = book();
    b.installAddin();
    b.type("Sheet1", "A1", "=AICOST.RATIO(1,2)");
    const typed = b.content("Sheet1", "A1");
    expect((await b.host.sharing!.prepareForSharing()).toNative).toBe(1);
    expect((await b.host.readState()).loaded).toBe(false);
    await b.host.loadArticle({ resetInputs: false });
    expect((await b.host.readState()).loaded).toBe(true);
    expect(await b.host.sharing!.restoreAddinFormulas()).toEqual({ restored: 1, leftAlone: [] });
    expect(b.content("Sheet1", "A1")).toBe(typed);
  });

  it("adds to its own record when prepared again, rather than make a second record sheet", async () => {
    const b = book();
    b.installAddin();
    b.type("Sheet1", "A1", "=AICOST.RATIO(1,2)");
    await b.host.sharing!.prepareForSharing();
    b.type("Sheet1", "A2", "=AICOST.RATIO(1,4)");
    const again = await b.host.sharing!.prepareForSharing();
    expect(again).toMatchObject({ changed: 1, recordSheet: RECORD });
    expect(b.sheetNames().filter((n) => n.startsWith(RECORD))).toEqual([RECORD]);
  });
});

onBothHosts("preparing for sharing over protection", (book) => {
  const { workbook } = workbooks(book);

  it("stops the whole prepare at a protected sheet holding a cell to change, with nothing changed", async () => {
    const b = workbook().copy();
    b.protect(QUOTED);
    const before = workbookState(b);
    const syncs = b.roundTrips();
    const error = await refusal(b.host.sharing?.prepareForSharing() ?? Promise.resolve());
    expect(error.problem.code).toBe("protected");
    expect(error.problem.message).toContain(`“${QUOTED}”`);
    expect(error.problem.repair).toMatch(/Unprotect/);
    expect(workbookState(b)).toEqual(before);
    // Excel: outline, sizes, cells, spills of the cells to freeze, and no write.
    if (syncs !== undefined) expect(b.roundTrips()).toBe(syncs + 4);
  });

  it("stops when the record sheet cannot be added to a workbook whose structure is protected", async () => {
    const b = workbook().copy();
    b.protectStructure();
    const before = workbookState(b);
    const error = await refusal(b.host.sharing?.prepareForSharing() ?? Promise.resolve());
    expect(error.problem.message).toMatch(/structure is protected/);
    expect(workbookState(b)).toEqual(before);
  });
});
