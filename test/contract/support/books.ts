/**
 * The contract suite's two workbooks: every test in test/contract/ runs once on each, and a
 * case that passes on one and fails on the other is a failure.
 *
 * - "excel": the Office.js host (src/excel) on the fake Excel, whose cells compute on IronCalc
 *   and which keeps what IronCalc cannot (tables, protection, charts) beside it;
 * - "preview": the preview's host (src/preview) on its own IronCalc workbook.
 *
 * A test acts as the analyst through the book (type a cell, add a sheet or a name, protect a
 * sheet) and reads the workbook back through it, so one test body serves both. Where the
 * IronCalc adapter stands in for something Excel has (docs/HOSTS.md says what), the book does
 * the analyst's action on the stand-in.
 */
import { describe } from "vitest";
import { PreviewHost } from "../../../src/preview/previewHost";
import { PreviewWorkbook } from "../../../src/preview/previewWorkbook";
import { readCell } from "../../../src/preview/engine/cells";
import { sheetIndexByName } from "../../../src/preview/engine/cells";
import { readEngineSnapshot } from "../../../src/preview/engine/snapshot";
import { defineTable, protectSheet, protectStructure } from "../../../src/preview/engine/standIns";
import { usedCells } from "../../../src/preview/usedCells";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { cellAddress, parseCellAddress } from "../../../src/workbook/a1";
import { buildPlan, type PlanOptions } from "../../../src/workbook/buildPlan";
import type { WorkbookHost } from "../../../src/workbook/host";
import type { ShownValue } from "../../../src/workbook/sharing/cellValues";
import { FakeExcel } from "../../excel/support/fakeExcel";
import { hostOn } from "../../excel/support/hostOn";
import { STAND_INS } from "../../support/addinFunctions";
import { loadIronCalc, Model, newEngineWorkbook } from "../../support/ironcalc";

export type AdapterName = "excel" | "preview";

/** A workbook the analyst has open, and the add-in's host over it. */
export interface ContractBook {
  readonly adapter: AdapterName;
  /** The host the pane talks to. */
  readonly host: WorkbookHost;
  /** A second host over the same workbook: the pane opened again, or a colleague's copy. */
  reopen(): WorkbookHost;
  /** A copy of the workbook (as saved and opened elsewhere), with a host of its own. */
  copy(): ContractBook;
  /** Round trips to the workbook so far (Excel's syncs); undefined where there are none. */
  roundTrips(): number | undefined;

  /* The analyst's actions. */
  addSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  /** Types into cells from `address` rightwards, each input as typed in Excel. */
  type(sheet: string, address: string, ...inputs: (string | number)[]): void;
  defineName(name: string, formula: string): void;
  deleteName(name: string): void;
  deleteSheet(name: string): void;
  /** Review > Protect Sheet. */
  protect(sheet: string): void;
  /** Review > Protect Workbook (its structure). */
  protectStructure(): void;
  /** Insert > Table over `address` (its header row first), then Table Name `name`. */
  addTable(sheet: string, address: string, name: string): void;
  /** A host of another layout of the add-in (an older copy of it) over the same workbook. */
  hostWith(plan: WorkbookPlan): WorkbookHost;

  /* Reading the workbook back. */
  sheetNames(): string[];
  /** What the cell holds as typed: its formula, or its value. */
  content(sheet: string, address: string): string;
  /** What the cell shows. */
  value(sheet: string, address: string): ShownValue;
  /** Workbook-scoped names and their formulas (with "="), hidden markers included. */
  names(): { name: string; formula: string }[];
  /** The workbook's tables, by name, in the order they were made. */
  tables(): { name: string; sheet: string }[];

  /* Sharing (test/contract/sharing.test.ts). */
  /** The add-in's functions run: AICOST.* cells compute (test/support/addinFunctions.ts). */
  installAddin(): void;
  /** Opened where the add-in is not installed: AICOST.* cells show #NAME?. */
  removeAddin(): void;
  /** Inserts `count` rows above 1-based `row` (Home > Insert > Sheet Rows). */
  insertRows(sheet: string, row: number, count?: number): void;
  /** Inserts `count` columns left of column `letters` (Home > Insert > Sheet Columns). */
  insertColumns(sheet: string, letters: string, count?: number): void;
  /** Every cell of the sheet that holds something, as typed, by address in reading order. */
  cells(sheet: string): [address: string, content: string][];
}

const plan = buildPlan();

function excelBook(excel: FakeExcel = new FakeExcel()): ContractBook {
  const host = hostOn(excel);
  return {
    adapter: "excel",
    host,
    reopen: () => hostOn(excel),
    copy: () => excelBook(excel.copy()),
    roundTrips: () => excel.syncs,
    addSheet: (name) => excel.addSheet(name),
    renameSheet: (from, to) => excel.renameSheet(from, to),
    type: (sheet, address, ...inputs) => excel.type(sheet, address, ...inputs),
    defineName: (name, formula) => excel.defineName(name, formula),
    deleteName: (name) => excel.deleteName(name),
    deleteSheet: (name) => excel.book.deleteSheet(excel.book.sheet(name)),
    protect: (sheet) => excel.protect(sheet),
    protectStructure: () => excel.protectStructure(),
    addTable: (sheet, address, name) => excel.addTable(sheet, address, name),
    hostWith: (older) => hostOn(excel, { makePlan: () => older }),
    sheetNames: () => excel.sheetNames(),
    content: (sheet, address) => excel.content(sheet, address),
    value: (sheet, address) => shownFromExcel(excel.value(sheet, address)),
    names: () => excel.book.names().map((n) => ({ name: n.name, formula: n.formula })),
    tables: () =>
      excel.book.tables.map((t) => ({
        name: t.name,
        sheet: excel.book.nameOf(
          excel.book.sheets.find((s) => s.id === t.sheetId) ?? excel.book.sheet("")
        ),
      })),
    ...excelSharing(excel),
  };
}

function shownFromExcel(cell: ReturnType<FakeExcel["value"]>): ShownValue {
  switch (cell.type) {
    case "Double":
      return { kind: "number", value: Number(cell.value) };
    case "String":
      return { kind: "text", value: String(cell.value) };
    case "Boolean":
      return { kind: "boolean", value: cell.value === true };
    case "Error":
      return { kind: "error", value: String(cell.value) };
    case "Empty":
      return { kind: "empty" };
  }
}

function previewBook(model: Model = newEngineWorkbook()): ContractBook {
  const open = (on = plan): PreviewHost =>
    new PreviewHost(new PreviewWorkbook(model, undefined), on);
  const host = open();
  const sheet = (name: string): number => {
    const index = sheetIndexByName(model, name);
    if (index < 0) throw new Error(`No sheet "${name}" in the preview's workbook`);
    return index;
  };
  const at = (address: string): { row: number; column: number } => parseCellAddress(address);
  return {
    adapter: "preview",
    host,
    reopen: () => open(),
    copy: () => previewBook(Model.from_bytes(model.toBytes(), "en")),
    roundTrips: () => undefined,
    addSheet: (name) => {
      model.newSheet();
      model.renameSheet(model.getWorksheetsProperties().length - 1, name);
    },
    renameSheet: (from, to) => model.renameSheet(sheet(from), to),
    type: (name, address, ...inputs) => {
      const { row, column } = at(address);
      inputs.forEach((input, i) =>
        model.setUserInput(sheet(name), row + 1, column + i + 1, String(input))
      );
      model.evaluate();
    },
    defineName: (name, formula) =>
      model.newDefinedName(name, null, formula.startsWith("=") ? formula.slice(1) : formula),
    deleteName: (name) => model.deleteDefinedName(name, null),
    deleteSheet: (name) => model.deleteSheet(sheet(name)),
    protect: (name) => protectSheet(model, name),
    protectStructure: () => protectStructure(model),
    addTable: (name, address, table) => defineTable(model, name, address, table),
    hostWith: (older) => open(older),
    sheetNames: () => model.getWorksheetsProperties().map((s) => s.name),
    content: (name, address) => {
      const { row, column } = at(address);
      return model.getCellContent(sheet(name), row + 1, column + 1);
    },
    value: (name, address) => {
      const { row, column } = at(address);
      return readCell(model, sheet(name), row, column);
    },
    names: () =>
      model
        .getDefinedNameList()
        .filter((n) => n.scope == null)
        .map((n) => ({ name: n.name, formula: `=${n.formula}` })),
    tables: () => readEngineSnapshot(model, plan).tables.map((t) => ({ ...t })),
    ...previewSharing(model, sheet),
  };
}

/* Sharing: the add-in's functions, rows inserted, and every cell, on each adapter. */

type SharingActions = Pick<
  ContractBook,
  "installAddin" | "removeAddin" | "insertRows" | "insertColumns" | "cells"
>;

/** Addresses in reading order: row by row, then column by column. */
function inReadingOrder(cells: { row: number; column: number; content: string }[]) {
  return cells
    .filter((c) => c.content !== "")
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map((c): [string, string] => [cellAddress(c.row, c.column), c.content]);
}

function excelSharing(excel: FakeExcel): SharingActions {
  return {
    installAddin: () => excel.installAddin(),
    removeAddin: () => excel.removeAddin(),
    insertRows: (sheet, row, count) => excel.insertRows(sheet, row, count),
    insertColumns: (sheet, letters, count) => excel.insertColumns(sheet, letters, count),
    cells: (name) => {
      const sheet = excel.book.sheet(name);
      return inReadingOrder(
        [...sheet.touched].map((key) => {
          const [row = 0, column = 0] = key.split(",").map(Number);
          return { row, column, content: excel.book.content(sheet, row, column) };
        })
      );
    },
  };
}

function previewSharing(model: Model, sheet: (name: string) => number): SharingActions {
  return {
    installAddin: () => {
      for (const s of STAND_INS) model.newDefinedName(s.name, null, s.formula);
      model.evaluate();
    },
    removeAddin: () => {
      for (const s of STAND_INS) model.deleteDefinedName(s.name, null);
      model.evaluate();
    },
    insertRows: (name, row, count = 1) => {
      model.insertRows(sheet(name), row, count);
      model.evaluate();
    },
    insertColumns: (name, letters, count = 1) => {
      model.insertColumns(sheet(name), parseCellAddress(`${letters}1`).column + 1, count);
      model.evaluate();
    },
    cells: (name) => {
      const index = sheet(name);
      return inReadingOrder(
        usedCells(model, index).map(({ row, column }) => ({
          row: row - 1,
          column: column - 1,
          content: model.getCellContent(index, row, column),
        }))
      );
    },
  };
}

export const ADAPTERS: readonly {
  readonly name: AdapterName;
  readonly book: () => ContractBook;
}[] = [
  { name: "excel", book: () => (loadIronCalc(), excelBook()) },
  { name: "preview", book: () => previewBook() },
];

/** Runs the suite once per adapter, named for it. */
export function onBothHosts(title: string, suite: (book: () => ContractBook) => void): void {
  for (const { name, book } of ADAPTERS) describe(`${title} (${name})`, () => suite(book));
}

/* ---- The same workbook opened by another layout of the add-in ---- */

/** Builds a layout's plan with the sheet names a host chose (buildPlan with its options). */
export type PlanMaker = (options: PlanOptions) => ReturnType<typeof buildPlan>;

/** A book, and a host of another layout over its workbook: a newer (or older) copy of the add-in. */
export interface BookWithOtherLayout {
  readonly book: ContractBook;
  otherHost(): WorkbookHost;
}

const OTHER_LAYOUT_ADAPTERS: readonly {
  readonly name: AdapterName;
  readonly open: (makePlan: PlanMaker) => BookWithOtherLayout;
}[] = [
  {
    name: "excel",
    open: (makePlan) => {
      loadIronCalc();
      const excel = new FakeExcel();
      return { book: excelBook(excel), otherHost: () => hostOn(excel, { makePlan }) };
    },
  },
  {
    name: "preview",
    open: (makePlan) => {
      const model = newEngineWorkbook();
      return {
        book: previewBook(model),
        otherHost: () => new PreviewHost(new PreviewWorkbook(model, undefined), makePlan({})),
      };
    },
  },
];

/** Runs the suite once per adapter, each book with a host of `makePlan`'s layout beside it. */
export function onBothHostsWithLayout(
  title: string,
  makePlan: PlanMaker,
  suite: (open: () => BookWithOtherLayout) => void
): void {
  for (const { name, open } of OTHER_LAYOUT_ADAPTERS) {
    describe(`${title} (${name})`, () => suite(() => open(makePlan)));
  }
}
