/**
 * The workbook behind the fake Excel (fakeExcel.ts): cells, defined names and formulas live in
 * IronCalc, a real spreadsheet engine, so what the Office.js layer writes is evaluated for real
 * (the plan's formulas over the plan's names) and a text written as "'=1+1" is proven to stay
 * text. What IronCalc lacks (tables, charts, number formats, styles, protection, events) is
 * kept here as plain records, enough to assert what was written where.
 */
import { columnLetters } from "../../../src/workbook/a1";
import { isStandIn, STAND_INS } from "../../support/addinFunctions";
import { Model, newEngineWorkbook, readEngineCell } from "../../support/ironcalc";

/** An error as Office.js rejects a sync with: a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** 0-based, inclusive rectangle. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const MAX_ROW = 1048575;

/** "B5", "$B$5:$C$9", "A:A" → Area. */
export function parseArea(address: string): Area {
  const [from = "", to = from] = address.replace(/\$/g, "").split(":");
  const col = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = (text: string): { r: number | null; c: number } => {
    const m = /^([A-Z]+)(\d*)$/.exec(text);
    if (!m) throw new FakeOfficeError("InvalidArgument", `Not an address: ${address}`);
    return { r: m[2] ? Number(m[2]) - 1 : null, c: col(m[1] ?? "") };
  };
  const a = cell(from);
  const b = cell(to);
  return { r0: a.r ?? 0, c0: a.c, r1: b.r ?? MAX_ROW, c1: b.c };
}

export function areaAddress(area: Area): string {
  const first = `${columnLetters(area.c0)}${area.r0 + 1}`;
  const last = `${columnLetters(area.c1)}${area.r1 + 1}`;
  return first === last ? first : `${first}:${last}`;
}

export function quoteSheetIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export interface ChartRecord {
  type: string;
  name: string;
  title: string;
  series: { name: string; values: string; categories: string | null }[];
  valueAxisTitle: string;
  valueAxisFormat: string | null;
  position: [string, string] | null;
}

export interface ChangeEvent {
  readonly address: string;
  readonly worksheetId: string;
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
  readonly source: "Local";
  readonly changeType: "RangeEdited";
  readonly type: "WorksheetChanged";
}

export type ChangeHandler = (event: ChangeEvent) => Promise<unknown>;

export interface SheetRecord {
  /** IronCalc's stable sheet id. */
  readonly id: number;
  protected: boolean;
  readonly formats: Map<string, string>;
  readonly styles: Map<string, Record<string, unknown>>;
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  readonly charts: ChartRecord[];
  /** Colour scales and drop-down lists, by address ("colorScale" / "list <source>"). */
  readonly rules?: Map<string, string[]>;
  /** Shapes the analyst drew (the add-in draws none: a count is all it reads). */
  shapes: number;
  readonly handlers: Set<ChangeHandler>;
  /** Cells written through the API or typed by the analyst (to compare states). */
  readonly touched: Set<string>;
}

export interface TableRecord {
  name: string;
  readonly sheetId: number;
  readonly area: Area;
}

/** A cell's value as Office.js reads it, with its Excel.RangeValueType. */
export interface CellValue {
  readonly value: number | string | boolean;
  readonly type: "Double" | "String" | "Boolean" | "Error" | "Empty";
}

export class FakeBook {
  readonly engine: Model;
  readonly sheets: SheetRecord[] = [];
  readonly tables: TableRecord[] = [];
  /** Visible flag and comment of defined names (IronCalc keeps only name and formula). */
  readonly nameMeta = new Map<string, { visible: boolean; comment: string }>();
  structureProtected = false;
  /** The sheet the analyst sees (its IronCalc id). */
  activeSheetId: number | undefined;
  private dirty = true;
  /** IronCalc's list of names is slow to produce: kept here, dropped whenever names change. */
  private namesCache: { name: string; formula: string }[] | undefined;
  /**
   * IronCalc's sheet list (names, ids, order) costs milliseconds on a large workbook and the fake
   * asks for it on every sheet lookup: kept here, dropped whenever the fake adds, renames or
   * deletes a sheet (nothing else changes it).
   */
  private sheetsCache: ReturnType<Model["getWorksheetsProperties"]> | undefined;

  private sheetList(): ReturnType<Model["getWorksheetsProperties"]> {
    this.sheetsCache ??= this.engine.getWorksheetsProperties();
    return this.sheetsCache;
  }

  constructor(from?: FakeBook) {
    if (from) {
      // A copy: the engine through its bytes, the records deeply (handlers are not copied).
      this.engine = Model.from_bytes(from.engine.toBytes(), "en");
      for (const s of from.sheets) {
        this.sheets.push({
          ...structuredClone({ ...s, handlers: undefined }),
          handlers: new Set(),
        });
      }
      this.tables.push(...structuredClone(from.tables));
      for (const [k, v] of from.nameMeta) this.nameMeta.set(k, { ...v });
      this.structureProtected = from.structureProtected;
      this.activeSheetId = from.activeSheetId;
    } else {
      this.engine = newEngineWorkbook("fake");
      // A new Excel workbook: one sheet, "Sheet1".
      const first = this.engine.getWorksheetsProperties()[0];
      if (!first) throw new Error("IronCalc started without a sheet");
      this.engine.renameSheet(0, "Sheet1");
      this.sheets.push(newSheet(first.sheet_id));
    }
    // Recalculate once before a read, not after every cell written (as Excel does in a batch).
    this.engine.pauseEvaluation();
  }

  /* Sheets */

  index(sheet: SheetRecord): number {
    const i = this.sheetList().findIndex((p) => p.sheet_id === sheet.id);
    if (i < 0) throw new FakeOfficeError("ItemNotFound", "The sheet was deleted.");
    return i;
  }

  nameOf(sheet: SheetRecord): string {
    return this.sheetList()[this.index(sheet)]?.name ?? "";
  }

  /** In tab order. */
  orderedSheets(): SheetRecord[] {
    return this.sheetList()
      .map((p) => this.sheets.find((s) => s.id === p.sheet_id))
      .filter((s): s is SheetRecord => s !== undefined);
  }

  findSheet(name: string): SheetRecord | undefined {
    return this.orderedSheets().find((s) => same(this.nameOf(s), name));
  }

  sheet(name: string): SheetRecord {
    const found = this.findSheet(name);
    if (!found) throw new FakeOfficeError("ItemNotFound", `No sheet named ${name}.`);
    return found;
  }

  addSheet(name: string): SheetRecord {
    if (this.structureProtected) {
      throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
    }
    if (this.findSheet(name)) {
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    }
    this.engine.newSheet();
    this.sheetsCache = undefined;
    const props = this.engine.getWorksheetsProperties();
    const last = props[props.length - 1];
    if (!last) throw new Error("IronCalc did not add a sheet");
    this.engine.renameSheet(props.length - 1, name);
    this.sheetsCache = undefined;
    const sheet = newSheet(last.sheet_id);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(from: string, to: string): void {
    this.engine.renameSheet(this.index(this.sheet(from)), to);
    this.sheetsCache = undefined;
    this.changedNames();
  }

  deleteSheet(sheet: SheetRecord): void {
    if (this.structureProtected) {
      throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
    }
    this.engine.deleteSheet(this.index(sheet));
    this.sheetsCache = undefined;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    // As Excel does: a sheet's tables go with it.
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i]?.sheetId === sheet.id) this.tables.splice(i, 1);
    }
    this.changedNames();
  }

  /**
   * The add-in's custom functions, running (test/support/addinFunctions.ts): cells calling
   * AICOST.* compute as in an Excel where the add-in is loaded. Not among the workbook's names.
   */
  installAddinFunctions(): void {
    for (const s of STAND_INS) this.engine.newDefinedName(s.name, null, s.formula);
    this.changedNames();
  }

  /** A colleague without the add-in: AICOST.* cells become #NAME? at the next recalculation. */
  removeAddinFunctions(): void {
    for (const s of STAND_INS) this.engine.deleteDefinedName(s.name, null);
    this.changedNames();
  }

  /** 0-based bounds of the cells holding anything (Excel's used range of values), or null when none. */
  usedArea(sheet: SheetRecord): Area | null {
    let area: Area | null = null;
    for (const key of sheet.touched) {
      const [r = 0, c = 0] = key.split(",").map(Number);
      if (this.content(sheet, r, c) === "") continue;
      area = area
        ? {
            r0: Math.min(area.r0, r),
            c0: Math.min(area.c0, c),
            r1: Math.max(area.r1, r),
            c1: Math.max(area.c1, c),
          }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return area;
  }

  /**
   * The analyst inserts rows or columns (Home > Insert) before 0-based `at`: IronCalc moves the
   * cells and updates every formula's references, on every sheet, as Excel does; the fake's
   * own records of the sheet's cells move with them.
   */
  insert(sheet: SheetRecord, direction: "rows" | "columns", at: number, count: number): void {
    this.guard(sheet);
    const index = this.index(sheet);
    if (direction === "rows") this.engine.insertRows(index, at + 1, count);
    else this.engine.insertColumns(index, at + 1, count);
    const moved = (key: string): string => {
      const [r = 0, c = 0] = key.split(",").map(Number);
      if (direction === "rows") return `${r >= at ? r + count : r},${c}`;
      return `${r},${c >= at ? c + count : c}`;
    };
    const keys = [...sheet.touched];
    sheet.touched.clear();
    for (const key of keys) sheet.touched.add(moved(key));
    for (const map of [sheet.formats, sheet.styles] as Map<string, unknown>[]) {
      const entries = [...map];
      map.clear();
      for (const [key, value] of entries) map.set(moved(key), value);
    }
    this.changedNames();
  }

  /* Cells */

  write(sheet: SheetRecord, area: Area, rows: readonly (readonly unknown[])[]): void {
    this.guard(sheet);
    checkShape(area, rows);
    const index = this.index(sheet);
    rows.forEach((row, i) =>
      row.forEach((input, j) => {
        const r = area.r0 + i;
        const c = area.c0 + j;
        sheet.touched.add(`${r},${c}`);
        if (input === "" || input === null) {
          // Excel empties the cell. IronCalc would keep a text's apostrophe as a style and read
          // the cell back as "'" (0): its styles are not the fake's (formats are kept above).
          this.engine.rangeClearAll(index, r + 1, c + 1, r + 1, c + 1);
        } else {
          this.engine.setUserInput(index, r + 1, c + 1, typed(input));
        }
      })
    );
    this.dirty = true;
  }

  read(sheet: SheetRecord, r: number, c: number): CellValue {
    if (this.dirty) {
      this.engine.evaluate();
      this.dirty = false;
    }
    const cell = readEngineCell(this.engine, this.index(sheet), r + 1, c + 1);
    switch (cell.kind) {
      case "number":
        return { value: cell.value, type: "Double" };
      case "text":
        return { value: cell.value, type: "String" };
      case "boolean":
        return { value: cell.value, type: "Boolean" };
      case "error":
        return { value: cell.value, type: "Error" };
      default:
        return { value: "", type: "Empty" };
    }
  }

  /** The anchor of the legacy array formula a cell belongs to (IronCalc keeps it there). */
  arrayAnchor(sheet: SheetRecord, r: number, c: number): { r: number; c: number } | null {
    const structure = this.engine.getCellArrayStructure(this.index(sheet), r + 1, c + 1);
    if (typeof structure === "object" && "ArrayChild" in structure) {
      const [row, column] = structure.ArrayChild;
      return { r: row - 1, c: column - 1 };
    }
    return null;
  }

  /** The cells a dynamic array formula spills to (with its own), or null when it does not. */
  spillArea(sheet: SheetRecord, r: number, c: number): Area | null {
    if (this.dirty) {
      this.engine.evaluate();
      this.dirty = false;
    }
    const structure = this.engine.getCellArrayStructure(this.index(sheet), r + 1, c + 1);
    if (typeof structure !== "object" || !("DynamicAnchor" in structure)) return null;
    const [width, height] = structure.DynamicAnchor;
    return width * height > 1 ? { r0: r, c0: c, r1: r + height - 1, c1: c + width - 1 } : null;
  }

  /** The analyst enters an array formula over an area (Ctrl+Shift+Enter). */
  writeArray(sheet: SheetRecord, area: Area, formula: string): void {
    this.guard(sheet);
    const width = area.c1 - area.c0 + 1;
    const height = area.r1 - area.r0 + 1;
    this.engine.setUserArrayFormula(
      this.index(sheet),
      area.r0 + 1,
      area.c0 + 1,
      width,
      height,
      formula
    );
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++) sheet.touched.add(`${r},${c}`);
    this.dirty = true;
  }

  /** What the cell holds as typed (a formula, a number, a text with its apostrophe). */
  content(sheet: SheetRecord, r: number, c: number): string {
    return this.engine.getCellContent(this.index(sheet), r + 1, c + 1);
  }

  setFormats(sheet: SheetRecord, area: Area, formats: readonly (readonly unknown[])[]): void {
    this.guard(sheet);
    checkShape(area, formats);
    formats.forEach((row, i) =>
      row.forEach((f, j) => sheet.formats.set(`${area.r0 + i},${area.c0 + j}`, String(f)))
    );
  }

  setStyle(sheet: SheetRecord, area: Area, property: string, value: unknown): void {
    this.guard(sheet);
    if (area.r1 - area.r0 > 10000) throw new Error("Styles on whole columns are not expected");
    for (let r = area.r0; r <= area.r1; r++) {
      for (let c = area.c0; c <= area.c1; c++) {
        const key = `${r},${c}`;
        sheet.styles.set(key, { ...sheet.styles.get(key), [property]: value });
      }
    }
  }

  /** Excel refuses any change to a protected sheet. */
  guard(sheet: SheetRecord): void {
    if (sheet.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet."
      );
    }
  }

  /* Defined names (workbook scope) */

  names(): { name: string; formula: string }[] {
    this.namesCache ??= this.engine
      .getDefinedNameList()
      .filter((n) => (n.scope === undefined || n.scope === null) && !isStandIn(n.name))
      .map((n) => ({ name: n.name, formula: canonical(`=${n.formula}`) }));
    return this.namesCache.map((n) => ({ ...n }));
  }

  private changedNames(): void {
    this.namesCache = undefined;
    this.dirty = true;
  }

  findName(name: string): { name: string; formula: string } | undefined {
    return this.names().find((n) => same(n.name, name));
  }

  addName(name: string, formula: string, comment = ""): void {
    if (this.findName(name) || this.tables.some((t) => same(t.name, name))) {
      throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
    }
    this.engine.newDefinedName(name, null, formula.replace(/^=/, ""));
    this.nameMeta.set(name.toUpperCase(), { visible: true, comment });
    this.namesCache?.push({ name, formula: canonical(formula) });
    this.dirty = true;
  }

  setNameFormula(name: string, formula: string): void {
    const found = this.findName(name);
    if (!found) throw new FakeOfficeError("ItemNotFound", `No name ${name}.`);
    // Writing the formula a name already has changes nothing (and IronCalc is slow at it).
    if (canonical(formula) === found.formula) return;
    this.engine.updateDefinedName(found.name, null, found.name, null, formula.replace(/^=/, ""));
    this.changedNames();
  }

  meta(name: string): { visible: boolean; comment: string } {
    const key = name.toUpperCase();
    const meta = this.nameMeta.get(key) ?? { visible: true, comment: "" };
    this.nameMeta.set(key, meta);
    return meta;
  }

  deleteName(name: string): void {
    this.engine.deleteDefinedName(name, null);
    this.nameMeta.delete(name.toUpperCase());
    this.changedNames();
  }

  /** The sheet and area a name refers to; InvalidArgument when it is not a range. */
  nameRange(name: string): { sheet: SheetRecord; area: Area } {
    const found = this.findName(name);
    if (!found) throw new FakeOfficeError("ItemNotFound", `No name ${name}.`);
    const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
      found.formula
    );
    const sheetName = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
    const sheet = sheetName === undefined ? undefined : this.findSheet(sheetName);
    if (!m || !sheet) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The name ${name} is not a range (${found.formula}).`
      );
    }
    return { sheet, area: parseArea(m[3] ?? "") };
  }
}

function newSheet(id: number): SheetRecord {
  return {
    id,
    protected: false,
    formats: new Map(),
    styles: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    charts: [],
    shapes: 0,
    handlers: new Set(),
    touched: new Set(),
  };
}

/** How Office.js takes a cell: typed input, numbers in full, booleans as TRUE/FALSE. */
function typed(input: unknown): string {
  if (typeof input === "number") return String(input);
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  if (typeof input === "string") return input;
  throw new FakeOfficeError("InvalidArgument", `Cannot write ${String(input)} to a cell.`);
}

function checkShape(area: Area, rows: readonly (readonly unknown[])[]): void {
  const height = area.r1 - area.r0 + 1;
  const width = area.c1 - area.c0 + 1;
  if (rows.length !== height || rows.some((r) => r.length !== width)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${height}×${width}).`
    );
  }
}

/** A reference as Excel (and IronCalc) return it: sheet names quoted only where they must be. */
export function canonical(formula: string): string {
  return formula.replace(/'((?:[^']|'')+)'!/g, (whole, name: string) => {
    const plain = name.replace(/''/g, "'");
    return quoteSheetIfNeeded(plain) === plain ? `${plain}!` : whole;
  });
}

export function same(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
