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
import { parseCellAddress } from "../../../src/workbook/a1";
import { buildPlan, type PlanOptions } from "../../../src/workbook/buildPlan";
import type { WorkbookHost } from "../../../src/workbook/host";
import type { ShownValue } from "../../../src/workbook/sharing/cellValues";
import { FakeExcel } from "../../excel/support/fakeExcel";
import { hostOn } from "../../excel/support/hostOn";
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

  /* Reading the workbook back. */
  sheetNames(): string[];
  /** What the cell holds as typed: its formula, or its value. */
  content(sheet: string, address: string): string;
  /** What the cell shows. */
  value(sheet: string, address: string): ShownValue;
  /** Workbook-scoped names and their formulas (with "="), hidden markers included. */
  names(): { name: string; formula: string }[];
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
    sheetNames: () => excel.sheetNames(),
    content: (sheet, address) => excel.content(sheet, address),
    value: (sheet, address) => shownFromExcel(excel.value(sheet, address)),
    names: () => excel.book.names().map((n) => ({ name: n.name, formula: n.formula })),
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
  const open = (): PreviewHost => new PreviewHost(new PreviewWorkbook(model, undefined), plan);
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
    reopen: open,
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
  describe.each(ADAPTERS)(`${title} (%s)`, ({ book }) => suite(book));
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
  describe.each(OTHER_LAYOUT_ADAPTERS)(`${title} ($name)`, ({ open }) =>
    suite(() => open(makePlan))
  );
}
