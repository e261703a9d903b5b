/**
 * A fake Excel for the Office.js layer's tests: Excel.run with Office.js's batch rules
 * (fakeProxies.ts) over a workbook whose cells, names and formulas live in IronCalc
 * (fakeBook.ts). It counts context.sync() calls and the commands each carried, and lets a test
 * act as the analyst (type into a cell, add a sheet or a name, protect a sheet) and compare the
 * whole workbook before and after.
 *
 * It is a stand-in, not Excel: docs/HOSTS.md says what a mock cannot show, and
 * docs/MANUAL-CHECKLIST.md lists it. office-addin-mock is used beside it (excelHost.mock.test.ts)
 * for the per-object record of writes it is made for.
 */
import type { ExcelRunner } from "../../../src/excel/changeEvents";
import type { Requirements } from "../../../src/excel/requirements";
import { compareVersions } from "../../../src/excel/requirements";
import { FakeBook, FakeOfficeError, parseArea, type CellValue } from "./fakeBook";
import { dispatch, FakeContext, type FakeOptions } from "./fakeProxies";

export interface FakeExcelOptions extends Partial<FakeOptions> {
  /** The highest ExcelApi set the fake Excel answers yes to (default 1.17). */
  readonly excelApi?: string;
}

/**
 * Excel on the web refuses a request over about 5 MB (docs/HOSTS.md, "Request size"): the fake
 * refuses a sync whose cell writes alone (their JSON) come to more than this many bytes.
 */
export const FAKE_REQUEST_LIMIT_BYTES = 5_000_000;

export class FakeExcel {
  readonly book: FakeBook;
  /** Every context.sync() (including the one Excel.run adds for commands left queued). */
  syncs = 0;
  /** Commands carried by each sync, in order. */
  readonly commandsPerSync: number[] = [];
  /** Bytes of cell contents and number formats each sync sent (JSON, UTF-8), in order. */
  readonly cellBytesPerSync: number[] = [];
  /**
   * Syncs (counted from 1, as `syncs`) that Excel refuses as a whole, as a lost connection
   * would: nothing of them is done, and the sync rejects.
   */
  readonly refusedSyncs = new Set<number>();
  /** Called after each sync's commands ran (not after a refused one), with the sync's number. */
  afterSync: ((sync: number) => void) | undefined;
  private readonly options: FakeOptions;
  private readonly excelApi: string;

  constructor(options: FakeExcelOptions = {}, from?: FakeExcel) {
    this.options = { lambda: options.lambda ?? true, triggerSource: options.triggerSource ?? true };
    this.excelApi = options.excelApi ?? "1.17";
    this.book = new FakeBook(from?.book);
  }

  /** A copy of this workbook (same cells, names, tables, records; no handlers, counters at 0). */
  copy(options: FakeExcelOptions = {}): FakeExcel {
    return new FakeExcel(options, this);
  }

  /** Excel.run and Excel.run(context, …), typed as the host takes them. */
  readonly runner: ExcelRunner = {
    run: (batch) => this.run(batch),
    runOn: (context, batch) => this.run(batch, context),
  };

  readonly requirements: Requirements = {
    isSetSupported: (name, minVersion = "1.1") =>
      name === "ExcelApi" && compareVersions(this.excelApi, minVersion) >= 0,
  };

  private async run<T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    existing?: unknown
  ): Promise<T> {
    const context =
      existing instanceof FakeContext
        ? existing
        : new FakeContext(
            this.book,
            this.options,
            (commands, cellBytes) => {
              this.syncs++;
              this.commandsPerSync.push(commands);
              this.cellBytesPerSync.push(cellBytes);
              if (cellBytes > FAKE_REQUEST_LIMIT_BYTES) {
                throw new FakeOfficeError(
                  "RequestPayloadSizeLimitExceeded",
                  "The request payload size has exceeded the limit."
                );
              }
              if (this.refusedSyncs.has(this.syncs)) {
                throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
              }
            },
            () => this.afterSync?.(this.syncs)
          );
    // The one cast of the fake: its proxies have exactly the members src/excel/ uses.
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync(); // Excel.run sends what is left
    return result;
  }

  /* The analyst's actions (straight to the workbook, as typing in Excel). */

  addSheet(name: string): void {
    this.book.addSheet(name);
  }

  /** Types into cells (each input as typed in Excel) and tells the change handlers. */
  type(sheetName: string, address: string, ...inputs: (string | number)[]): void {
    const sheet = this.book.sheet(sheetName);
    const area = parseArea(address);
    this.book.write(sheet, { ...area, c1: area.c0 + inputs.length - 1 }, [inputs]);
    dispatch(sheet, address, this.options.triggerSource ? "Unknown" : undefined);
  }

  /** The analyst enters a legacy array formula over `address` (Ctrl+Shift+Enter). */
  typeArray(sheetName: string, address: string, formula: string): void {
    this.book.writeArray(this.book.sheet(sheetName), parseArea(address), formula);
  }

  /** The analyst draws a shape, or inserts a chart of their own, on a sheet. */
  draw(sheetName: string, what: "shape" | "chart"): void {
    const sheet = this.book.sheet(sheetName);
    if (what === "shape") sheet.shapes++;
    else
      sheet.charts.push({
        type: "Line",
        name: "Their chart",
        title: "",
        series: [],
        valueAxisTitle: "",
        valueAxisFormat: null,
        position: null,
      });
  }

  /** Inserts `count` rows above 1-based row `row` (Home > Insert > Sheet Rows). */
  insertRows(sheetName: string, row: number, count = 1): void {
    this.book.insert(this.book.sheet(sheetName), "rows", row - 1, count);
  }

  /** Inserts `count` columns left of column `letters` (Home > Insert > Sheet Columns). */
  insertColumns(sheetName: string, letters: string, count = 1): void {
    this.book.insert(this.book.sheet(sheetName), "columns", parseArea(`${letters}1`).c0, count);
  }

  value(sheetName: string, address: string): CellValue {
    const { r0, c0 } = parseArea(address);
    return this.book.read(this.book.sheet(sheetName), r0, c0);
  }

  /** The value of a defined name's (first) cell. */
  named(name: string): CellValue {
    const { sheet, area } = this.book.nameRange(name);
    return this.book.read(sheet, area.r0, area.c0);
  }

  defineName(name: string, formula: string): void {
    this.book.addName(name, formula);
  }

  deleteName(name: string): void {
    this.book.deleteName(name);
  }

  addTable(sheetName: string, address: string, name: string): void {
    const sheet = this.book.sheet(sheetName);
    this.book.tables.push({ name, sheetId: sheet.id, area: parseArea(address) });
  }

  /** The add-in's functions compute AICOST.* cells (fakeBook.ts installAddinFunctions). */
  installAddin(): void {
    this.book.installAddinFunctions();
  }

  /** Opened where the add-in is not installed: AICOST.* cells show #NAME?. */
  removeAddin(): void {
    this.book.removeAddinFunctions();
  }

  /** What the cell holds as typed: its formula, or its value (text with its apostrophe). */
  content(sheetName: string, address: string): string {
    const { r0, c0 } = parseArea(address);
    return this.book.content(this.book.sheet(sheetName), r0, c0);
  }

  protect(sheetName: string): void {
    this.book.sheet(sheetName).protected = true;
  }

  protectStructure(): void {
    this.book.structureProtected = true;
  }

  renameSheet(from: string, to: string): void {
    this.book.renameSheet(from, to);
  }

  sheetNames(): string[] {
    return this.book.orderedSheets().map((s) => this.book.nameOf(s));
  }

  /** The sheet Excel shows (undefined until the add-in activated one). */
  activeSheet(): string | undefined {
    const sheet = this.book.sheets.find((s) => s.id === this.book.activeSheetId);
    return sheet ? this.book.nameOf(sheet) : undefined;
  }

  handlerCount(sheetName: string): number {
    return this.book.sheet(sheetName).handlers.size;
  }

  /**
   * Everything in the workbook as plain data: every sheet's touched cells (as typed), formats,
   * styles, widths, frozen rows and charts; every name with its formula, visibility and comment;
   * every table. Two equal states are the same workbook, as far as the add-in can change it.
   */
  state(): unknown {
    const book = this.book;
    const sorted = <T>(entries: Iterable<[string, T]>): [string, T][] =>
      [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      sheets: book.orderedSheets().map((sheet) => ({
        name: book.nameOf(sheet),
        protected: sheet.protected,
        cells: sorted(
          [...sheet.touched].map((key): [string, string] => {
            const [r = 0, c = 0] = key.split(",").map(Number);
            return [key, book.content(sheet, r, c)];
          })
        ),
        formats: sorted(sheet.formats),
        styles: sorted([...sheet.styles].map(([k, v]): [string, string] => [k, JSON.stringify(v)])),
        widths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
        frozenRows: sheet.frozenRows,
        charts: JSON.stringify(sheet.charts),
      })),
      names: book
        .names()
        .map((n) => ({ ...n, ...book.meta(n.name) }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
      tables: book.tables.map((t) => ({
        ...t,
        sheet: book.sheets.find((s) => s.id === t.sheetId)?.id,
      })),
    };
  }
}
