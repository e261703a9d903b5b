// The stored article workbook (src/preview/engine/articleSnapshot.ts, storedArticle.ts): opened,
// it is the workbook a typed load into a blank one leaves, cell for cell, and the host reads it
// as it reads a typed load; it is refused when stale, never replaces a workbook that is not
// blank, and a failed fetch leaves the typed load.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Model } from "@ironcalc/wasm";
import { strFromU8, unzipSync } from "fflate";
import { readContent } from "../../src/preview/engine/cells";
import {
  blankWorkbook,
  isBlankWorkbook,
  makeArticleSnapshot,
  openArticleSnapshot,
  planFingerprint,
  typedLoad,
  type ArticleLoad,
} from "../../src/preview/engine/articleSnapshot";
import { readEngineSnapshot } from "../../src/preview/engine/snapshot";
import { globalNames, readStandIns } from "../../src/preview/engine/standIns";
import { exportWorkbook } from "../../src/preview/export";
import { PreviewHost } from "../../src/preview/previewHost";
import { PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { storedArticleSource, type StoredArticle } from "../../src/preview/storedArticle";
import { usedCells } from "../../src/preview/usedCells";
import { buildPlan } from "../../src/workbook/buildPlan";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { loadIronCalc } from "../support/ironcalc";

const plan = buildPlan();

let file: Uint8Array;
/** The article typed into a blank workbook, as the host's load does it. */
let typed: { model: Model; load: ArticleLoad };

beforeAll(() => {
  loadIronCalc();
  file = makeArticleSnapshot(plan);
  const model = blankWorkbook();
  typed = { model, load: typedLoad(model, plan, { resetInputs: false }) };
}, 60_000);

function opened(bytes = file, running: WorkbookPlan = plan): StoredArticle {
  const result = openArticleSnapshot(bytes, running);
  if (!result.model) throw new Error(`refused: ${result.refused}`);
  const { sheetIndex, summary } = result.header;
  return { model: result.model, load: { sheetIndex, summary } };
}

/** Everything the engine says of every cell it holds, sheet by sheet, in a stable order. */
function everyCell(model: Model): unknown[] {
  return model.getWorksheetsProperties().map((props, sheet) => {
    const cells = usedCells(model, sheet).sort((a, b) => a.row - b.row || a.column - b.column);
    const columns = Math.max(0, ...cells.map((c) => c.column));
    const rows = Math.max(0, ...cells.map((c) => c.row));
    return {
      props,
      frozenRows: model.getFrozenRowsCount(sheet),
      frozenColumns: model.getFrozenColumnsCount(sheet),
      columnWidths: Array.from({ length: columns }, (_, i) => model.getColumnWidth(sheet, i + 1)),
      rowHeights: Array.from({ length: rows }, (_, i) => model.getRowHeight(sheet, i + 1)),
      cells: cells.map(({ row, column }) => ({
        at: [row, column],
        typed: model.getCellContent(sheet, row, column),
        type: model.getCellType(sheet, row, column),
        shown: model.getFormattedCellValue(sheet, row, column),
        read: readContent(model, sheet, row - 1, column - 1),
        style: model.getCellStyle(sheet, row, column),
        array: model.getCellArrayStructure(sheet, row, column),
      })),
    };
  });
}

function sortedNames(model: Model) {
  return [...model.getDefinedNameList()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A host on a blank workbook, with the stored article offered or not. */
function blankHost(source?: () => Promise<StoredArticle | undefined>) {
  const workbook = new PreviewWorkbook(blankWorkbook(), undefined);
  return { workbook, host: new PreviewHost(workbook, plan, source) };
}

describe("the stored article workbook, opened", () => {
  it("holds every cell of a typed load: content, value, type, style, arrays, sizes", () => {
    const { model } = opened();
    const expected = everyCell(typed.model);
    // Thorough, not a sample: thousands of cells over every sheet of the plan.
    expect((expected as { cells: unknown[] }[]).reduce((n, s) => n + s.cells.length, 0)).toBe(
      (everyCell(model) as { cells: unknown[] }[]).reduce((n, s) => n + s.cells.length, 0)
    );
    expect(everyCell(model)).toEqual(expected);
    expect(model.getWorksheetsProperties().map((s) => s.name)).toEqual(
      plan.sheets.map((s) => s.name)
    );
    // The comparison sees a difference as small as one cell made italic.
    model.updateRangeStyle({ sheet: 0, row: 1, column: 1, width: 1, height: 1 }, "font.i", "true");
    expect(everyCell(model)).not.toEqual(expected);
  });

  it("is evaluated already: its values do not change when the engine recalculates", () => {
    const { model } = opened();
    const before = everyCell(model);
    model.evaluate();
    expect(everyCell(model)).toEqual(before);
  });

  it("has the same names, table records and load snapshot as a typed load", () => {
    const { model } = opened();
    expect(sortedNames(model)).toEqual(sortedNames(typed.model));
    expect(readStandIns(globalNames(model))).toEqual(readStandIns(globalNames(typed.model)));
    expect(readEngineSnapshot(model, plan)).toEqual(readEngineSnapshot(typed.model, plan));
    expect(
      readStandIns(globalNames(model))
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(plan.tables.map((t) => t.name).sort());
  });

  it("exports to the same .xlsx as a typed load (every part of the file, the zip's times aside)", () => {
    const parts = (model: Model) =>
      Object.fromEntries(
        Object.entries(unzipSync(exportWorkbook(model, plan))).map(([name, bytes]) => [
          name,
          strFromU8(bytes),
        ])
      );
    expect(parts(opened().model)).toEqual(parts(typed.model));
  });

  it("carries the typed load's sheet indexes and summary, with or without resetting inputs", () => {
    expect(opened().load).toEqual(typed.load);
    const reset = blankWorkbook();
    expect(typedLoad(reset, plan, { resetInputs: true })).toEqual(typed.load);
  });
});

describe("the preview host's load with the stored article", () => {
  it("replaces the blank workbook and reads the same state, scenarios and sharing status", async () => {
    const stored = blankHost(async () => opened());
    const plain = blankHost();
    const blank = stored.workbook.model;
    const heard: unknown[] = [];
    stored.host.onWorkbookChanged((state) => heard.push(state));
    const summary = await stored.host.loadArticle({ resetInputs: false });
    expect(stored.workbook.model).not.toBe(blank);
    expect(heard).toHaveLength(1);
    expect(summary).toEqual(await plain.host.loadArticle({ resetInputs: false }));
    expect(await stored.host.readState()).toEqual(await plain.host.readState());
    expect(await stored.host.listScenarios()).toEqual(await plain.host.listScenarios());
    expect(await stored.host.sharing.status()).toEqual(await plain.host.sharing.status());
    // And it goes on as a typed one does: a slider write, a scenario applied, a second load.
    expect(await stored.host.writeInput("efficiencyShare", 0.08)).toEqual(
      await plain.host.writeInput("efficiencyShare", 0.08)
    );
    const [first] = (await plain.host.listScenarios()).scenarios;
    if (first) {
      expect(await stored.host.applyScenario(first.name)).toEqual(
        await plain.host.applyScenario(first.name)
      );
    }
    expect(await stored.host.loadArticle({ resetInputs: true })).toEqual(
      await plain.host.loadArticle({ resetInputs: true })
    );
    expect(everyCell(stored.workbook.model)).toEqual(everyCell(plain.workbook.model));
    // The view reads the new workbook.
    expect(stored.workbook.sheetNames()).toEqual(plan.sheets.map((s) => s.name));
  }, 60_000);

  it("never replaces a workbook that is not blank: the typed load keeps the analyst's cells", async () => {
    const source = vi.fn(async () => opened());
    const { workbook, host } = blankHost(source);
    const model = workbook.model;
    model.setUserInput(0, 3, 2, "my own note");
    await host.loadArticle({ resetInputs: false });
    expect(source).not.toHaveBeenCalled();
    expect(workbook.model).toBe(model);
    expect(model.getCellContent(0, 3, 2)).toBe("my own note");
    expect((await host.readState()).loaded).toBe(true);
  }, 60_000);

  it("does the typed load when the stored article cannot be had", async () => {
    const reasons: string[] = [];
    const offline = storedArticleSource(
      plan,
      () => Promise.reject(new Error("Failed to fetch")),
      (why) => reasons.push(why)
    );
    const { workbook, host } = blankHost(offline.take);
    const model = workbook.model;
    const summary = await host.loadArticle({ resetInputs: false });
    expect(workbook.model).toBe(model); // typed into the blank workbook
    expect(summary).toEqual(typed.load.summary);
    expect(everyCell(model)).toEqual(everyCell(typed.model));
    expect(reasons).toEqual([expect.stringContaining("Failed to fetch")]);
  }, 60_000);
});

describe("refusing a stored article workbook", () => {
  it("refuses a file built from another plan (a stale build)", () => {
    const other = JSON.parse(JSON.stringify(plan)) as WorkbookPlan & { names: unknown[] };
    other.names = other.names.slice(1);
    expect(planFingerprint(other)).not.toBe(planFingerprint(plan));
    const result = openArticleSnapshot(file, other);
    expect(result.model).toBeUndefined();
    expect(result.model ? "" : result.refused).toMatch(/another plan.*stale build/);
  });

  it("refuses bytes that are not such a file, or of another format", () => {
    const refusal = (bytes: Uint8Array): string => {
      const result = openArticleSnapshot(bytes, plan);
      return result.model ? "" : result.refused;
    };
    expect(refusal(new Uint8Array([1, 2, 3]))).toMatch(/not an article workbook/);
    expect(refusal(typed.model.toBytes())).toMatch(/not an article workbook/);
    const text = new TextDecoder("latin1").decode(file.subarray(0, 200));
    const at = text.indexOf('"format":1');
    const other = file.slice();
    other[at + '"format":'.length] = "7".charCodeAt(0);
    expect(refusal(other)).toMatch(/format 7/);
    const truncated = file.slice(0, file.length - 1000);
    expect(refusal(truncated)).toMatch(/engine cannot read it/);
  });

  it("a stale file, through the page's source, leaves the typed load and says why", async () => {
    const reasons: string[] = [];
    const stale = makeArticleSnapshot(plan);
    const other = { ...plan, version: plan.version + 1 };
    const source = storedArticleSource(
      other,
      async () => stale.slice().buffer,
      (why) => reasons.push(why)
    );
    expect(await source.take()).toBeUndefined();
    expect(reasons).toEqual([expect.stringContaining("stale build")]);
  }, 60_000);
});

describe("the page's source of the stored article", () => {
  it("opens it when idle, gives it once, and nothing after it was dropped", async () => {
    vi.useFakeTimers();
    try {
      const source = storedArticleSource(plan, async () => file.slice().buffer);
      source.openWhenIdle();
      await vi.runAllTimersAsync();
      const first = await source.take();
      expect(first?.load).toEqual(typed.load);
      expect(await source.take()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    const signals: AbortSignal[] = [];
    const dropped = storedArticleSource(plan, (signal) => {
      signals.push(signal);
      return new Promise<ArrayBuffer>(() => undefined);
    });
    dropped.drop();
    expect(signals[0]?.aborted).toBe(true);
    expect(await dropped.take()).toBeUndefined();
  });

  it("does not keep a click waiting for a file that does not come: the load is typed", async () => {
    vi.useFakeTimers();
    try {
      const reasons: string[] = [];
      const stalled = storedArticleSource(
        plan,
        () => new Promise<ArrayBuffer>(() => undefined),
        (why) => reasons.push(why)
      );
      const taking = stalled.take();
      await vi.advanceTimersByTimeAsync(3000);
      expect(await taking).toBeUndefined();
      expect(reasons).toEqual([expect.stringContaining("not there within 3000 ms")]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("tells a blank workbook from one with anything in it", () => {
    expect(isBlankWorkbook(blankWorkbook())).toBe(true);
    const typedText = blankWorkbook();
    typedText.setUserInput(0, 40, 30, "x");
    const named = blankWorkbook();
    named.newDefinedName("mine", null, "Sheet1!$A$1");
    const twoSheets = blankWorkbook();
    twoSheets.newSheet();
    const renamed = blankWorkbook();
    renamed.renameSheet(0, "Plan");
    const formatted = blankWorkbook();
    formatted.updateRangeStyle(
      { sheet: 0, row: 5, column: 5, width: 1, height: 1 },
      "font.b",
      "true"
    );
    for (const model of [typedText, named, twoSheets, renamed, formatted, typed.model])
      expect(isBlankWorkbook(model)).toBe(false);
  });
});
