/**
 * Office.js-shaped proxies over a FakeBook, with Office.js's batch rules: every call and
 * property write is queued and runs at context.sync(), in order; a failing command rejects the
 * sync with its code and drops the rest of the batch (earlier commands stay done, as in
 * Excel); a property can be read only after it was loaded AND synced. Only the members
 * src/excel/ uses exist; a call to any other fails the test.
 */
import {
  areaAddress,
  FakeOfficeError,
  parseArea,
  quoteSheetIfNeeded,
  same,
  type Area,
  type ChangeEvent,
  type ChangeHandler,
  type ChartRecord,
  type FakeBook,
  type SheetRecord,
  type TableRecord,
} from "./fakeBook";

export interface FakeOptions {
  /** Excel versions without LAMBDA refuse a name whose formula is a LAMBDA. */
  readonly lambda: boolean;
  /** Excel before ExcelApi 1.14 does not say who made a change. */
  readonly triggerSource: boolean;
}

export class FakeContext {
  private queue: (() => void)[] = [];
  /** Bytes of cell contents and formats queued (their JSON in UTF-8), for the request size. */
  private cellBytes = 0;
  private changes: { sheet: SheetRecord; address: string }[] = [];
  readonly workbook: FakeWorkbook;

  constructor(
    readonly book: FakeBook,
    readonly options: FakeOptions,
    /** Told of each sync before it runs; may throw to refuse the request as a whole. */
    private readonly onSync: (commands: number, cellBytes: number) => void,
    /** Told after each sync's commands ran. */
    private readonly synced: () => void = () => undefined
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** A write of cells or formats was queued: what it adds to the request, as Office.js sends it. */
  queuedCells(rows: unknown): void {
    this.cellBytes += Buffer.byteLength(JSON.stringify(rows), "utf8");
  }

  /** The add-in changed cells: Excel tells onChanged handlers after the sync. */
  changed(sheet: SheetRecord, area: Area): void {
    this.changes.push({ sheet, address: areaAddress(area) });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const cellBytes = this.cellBytes;
    this.queue = [];
    this.cellBytes = 0;
    this.onSync(commands.length, cellBytes);
    try {
      for (const command of commands) command();
    } finally {
      const changes = this.changes;
      this.changes = [];
      for (const c of changes) {
        dispatch(c.sheet, c.address, this.options.triggerSource ? "ThisLocalAddin" : undefined);
      }
      this.synced();
    }
  }
}

/** Calls every handler of a sheet, later (Excel raises events asynchronously). */
export function dispatch(
  sheet: SheetRecord,
  address: string,
  triggerSource: ChangeEvent["triggerSource"]
): void {
  const event: ChangeEvent = {
    address,
    worksheetId: String(sheet.id),
    ...(triggerSource ? { triggerSource } : {}),
    source: "Local",
    changeType: "RangeEdited",
    type: "WorksheetChanged",
  };
  for (const handler of sheet.handlers) setTimeout(() => void handler(event), 0);
}

/** Load paths, loaded values and the "not loaded" rule, shared by every proxy. */
abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  protected abstract read(property: string): unknown;

  protected nav(property: string): FakeProxy {
    throw new Error(`${this.constructor.name} has no navigation property "${property}"`);
  }

  load(spec?: string): this {
    const paths = (spec ?? "")
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => p.split("/"));
    if (paths.length === 0) throw new Error("The fake needs explicit load paths");
    this.ctx.enqueue(() => this.loadPaths(paths));
    return this;
  }

  protected loadPaths(paths: readonly (readonly string[])[]): void {
    paths.forEach((p) => this.loadPath(p));
  }

  loadPath(path: readonly string[]): void {
    const [head = "", ...rest] = path;
    if (rest.length === 0) this.loaded.set(head, this.read(head));
    else this.nav(head).loadPath(rest);
  }

  protected value<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new Error(`${this.constructor.name}.${property} was read before load() and sync()`);
    }
    return this.loaded.get(property) as T;
  }

  protected set(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }
}

/** A collection: `items` is filled by a load of "items/…". */
abstract class FakeCollection<T extends FakeProxy> extends FakeProxy {
  protected abstract list(): T[];

  /** One list of items per load, with every requested path loaded on each item. */
  protected override loadPaths(paths: readonly (readonly string[])[]): void {
    const items = this.list();
    for (const [head, ...rest] of paths) {
      if (head !== "items") throw new Error(`Collections load items/…, not ${head}`);
      if (rest.length > 0) items.forEach((item) => item.loadPath(rest));
    }
    this.set("items", items);
  }

  protected read(property: string): unknown {
    throw new Error(`Load collections by items/…, not ${property}`);
  }

  get items(): T[] {
    return this.value<T[]>("items");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.names = new FakeNamedItemCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

class FakeWorkbookProtection extends FakeProxy {
  protected read(property: string): unknown {
    if (property === "protected") return this.ctx.book.structureProtected;
    throw new Error(`WorkbookProtection.${property}`);
  }

  get protected(): boolean {
    return this.value("protected");
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected list(): FakeWorksheet[] {
    return this.ctx.book.orderedSheets().map((s) => new FakeWorksheet(this.ctx, () => s));
  }

  add(name: string): FakeWorksheet {
    let created: SheetRecord | undefined;
    this.ctx.enqueue(() => {
      created = this.ctx.book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", `Sheet ${name} was not added.`);
      return created;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly protection: FakeSheetProtection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly shapes: { getCount: () => FakeClientResult<number> };
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly onChanged: { add: (handler: ChangeHandler) => FakeEventHandlerResult };

  constructor(
    ctx: FakeContext,
    readonly resolve: () => SheetRecord
  ) {
    super(ctx);
    this.protection = new FakeSheetProtection(ctx, resolve);
    this.tables = new FakeTableCollection(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    this.shapes = { getCount: () => new FakeClientResult(ctx, () => this.resolve().shapes) };
    this.freezePanes = {
      freezeRows: (count) => ctx.enqueue(() => void (this.resolve().frozenRows = count)),
    };
    this.onChanged = {
      add: (handler) => {
        ctx.enqueue(() => void this.resolve().handlers.add(handler));
        return new FakeEventHandlerResult(ctx, () => this.resolve().handlers.delete(handler));
      },
    };
  }

  protected override nav(property: string): FakeProxy {
    if (property === "protection") return this.protection;
    return super.nav(property);
  }

  protected read(property: string): unknown {
    if (property === "name") return this.ctx.book.nameOf(this.resolve());
    throw new Error(`Worksheet.${property}`);
  }

  get name(): string {
    return this.value("name");
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve(), area: parseArea(address) }));
  }

  /** The cells holding values; A1 on an empty sheet, as Excel answers. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("The fake knows the used range of values only");
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, area: this.ctx.book.usedArea(sheet) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.book.deleteSheet(this.resolve()));
  }

  activate(): void {
    this.ctx.enqueue(() => void (this.ctx.book.activeSheetId = this.resolve().id));
  }
}

/** A value Excel gives back after the next sync (ClientResult). */
export class FakeClientResult<T> {
  private result: { readonly value: T } | undefined;

  constructor(ctx: FakeContext, read: () => T) {
    ctx.enqueue(() => {
      this.result = { value: read() };
    });
  }

  get value(): T {
    if (!this.result) throw new Error("ClientResult.value was read before sync()");
    return this.result.value;
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly removeHandler: () => void
  ) {}

  remove(): void {
    this.context.enqueue(this.removeHandler);
  }
}

class FakeSheetProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => SheetRecord
  ) {
    super(ctx);
  }

  protected read(property: string): unknown {
    if (property === "protected") return this.resolve().protected;
    throw new Error(`WorksheetProtection.${property}`);
  }

  get protected(): boolean {
    return this.value("protected");
  }
}

type RangeTarget = { sheet: SheetRecord; area: Area };

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => RangeTarget
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, resolve);
  }

  /** The analysis sheets' rules (src/excel/writeRules.ts), recorded on the sheet by address. */
  get conditionalFormats(): { clearAll: () => void; add: (type: string) => unknown } {
    const later = (f: () => void): void => this.ctx.enqueue(f);
    const rules = (): string[] => this.rulesHere();
    return {
      clearAll: () => later(() => void rules().splice(0)),
      add: (type: string) => {
        later(() => void rules().push(type));
        return { colorScale: writeOnly({ criteria: () => undefined }) };
      },
    };
  }

  get dataValidation(): { clear: () => void; rule: unknown; errorAlert: unknown } {
    const later = (f: () => void): void => this.ctx.enqueue(f);
    const rules = (): string[] => this.rulesHere();
    const validation = writeOnly({
      rule: (v) => {
        const rule = v as Excel.DataValidationRule;
        const whole = rule.wholeNumber;
        const recorded = whole
          ? `whole ${whole.operator} ${String(whole.formula1)} ${String(whole.formula2)}`
          : `list ${String(rule.list?.source ?? "")}`;
        later(() => void rules().push(recorded));
      },
      errorAlert: (v) => {
        const alert = v as Excel.DataValidationErrorAlert;
        const recorded = `alert ${alert.showAlert ? alert.style : "off"} ${alert.title}: ${alert.message}`;
        later(() => void rules().push(recorded));
      },
    });
    // The setter stays: clear is added beside it, not copied over it.
    return Object.defineProperty(validation, "clear", {
      value: () => later(() => void rules().splice(0)),
    }) as unknown as { clear: () => void; rule: unknown; errorAlert: unknown };
  }

  private rulesHere(): string[] {
    const { sheet, area } = this.resolve();
    const record = sheet as { rules?: Map<string, string[]> };
    record.rules ??= new Map();
    const address = areaAddress(area);
    const found = record.rules.get(address) ?? [];
    record.rules.set(address, found);
    return found;
  }

  protected read(property: string): unknown {
    const { sheet, area } = this.resolve();
    const book = this.ctx.book;
    const cells = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: area.r1 - area.r0 + 1 }, (_, i) =>
        Array.from({ length: area.c1 - area.c0 + 1 }, (_, j) => f(area.r0 + i, area.c0 + j))
      );
    switch (property) {
      case "values":
        return cells((r, c) => book.read(sheet, r, c).value);
      case "valueTypes":
        return cells((r, c) => book.read(sheet, r, c).type);
      case "formulas":
        // As Excel: a formula cell's formula, any other cell's value (a text typed as '=x
        // comes back as "=x", like its value); every cell of a legacy array formula gives
        // the array's formula.
        return cells((r, c) => {
          const anchor = book.arrayAnchor(sheet, r, c);
          const content = book.content(sheet, anchor?.r ?? r, anchor?.c ?? c);
          return content.startsWith("=") ? content : book.read(sheet, r, c).value;
        });
      case "address":
        return `${quoteSheetIfNeeded(book.nameOf(sheet))}!${areaAddress(area)}`;
      case "rowCount":
        return area.r1 - area.r0 + 1;
      case "columnCount":
        return area.c1 - area.c0 + 1;
      default:
        throw new Error(`Range.${property}`);
    }
  }

  get values(): unknown[][] {
    return this.value("values");
  }

  set values(rows: unknown[][]) {
    this.write(rows);
  }

  get valueTypes(): string[][] {
    return this.value("valueTypes");
  }

  get address(): string {
    return this.value("address");
  }

  get rowCount(): number {
    return this.value("rowCount");
  }

  get columnCount(): number {
    return this.value("columnCount");
  }

  get formulas(): unknown[][] {
    return this.value("formulas");
  }

  set formulas(rows: unknown[][]) {
    this.write(rows);
  }

  set numberFormat(rows: unknown[][]) {
    this.ctx.queuedCells(rows);
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.book.setFormats(sheet, area, rows);
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.resolve().sheet);
  }

  /** The cells a dynamic array formula in this (single) cell spills to, or a null object. */
  getSpillingToRangeOrNullObject(): FakeSpillRange {
    return new FakeSpillRange(this.ctx, () => {
      const { sheet, area } = this.resolve();
      const spill = this.ctx.book.spillArea(sheet, area.r0, area.c0);
      return spill ? { sheet, area: spill } : null;
    });
  }

  getRowsBelow(count: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, area } = this.resolve();
      return { sheet, area: { r0: area.r1 + 1, c0: area.c0, r1: area.r1 + count, c1: area.c1 } };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { sheet, area } = this.resolve();
      const r = area.r0 + row;
      const c = area.c0 + column;
      return { sheet, area: { r0: r, c0: c, r1: r, c1: c } };
    });
  }

  private write(rows: unknown[][]): void {
    this.ctx.queuedCells(rows);
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.book.write(sheet, area, rows);
      this.ctx.changed(sheet, area);
    });
  }
}

/** Range.getSpillingToRangeOrNullObject's answer: a range, or isNullObject after the sync. */
class FakeSpillRange extends FakeProxy {
  private target: RangeTarget | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly find: () => RangeTarget | null
  ) {
    super(ctx);
  }

  protected override loadPaths(paths: readonly (readonly string[])[]): void {
    this.target = this.find();
    if (this.target) super.loadPaths(paths);
  }

  protected read(property: string): unknown {
    if (property !== "address" || !this.target) throw new Error(`Range.${property}`);
    return `${quoteSheetIfNeeded(this.ctx.book.nameOf(this.target.sheet))}!${areaAddress(this.target.area)}`;
  }

  get isNullObject(): boolean {
    if (this.target === undefined)
      throw new Error("isNullObject was read before load() and sync()");
    return this.target === null;
  }

  get address(): string {
    return this.value("address");
  }
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => RangeTarget
  ) {
    this.font = this.setter(["bold", "italic", "color", "size"], "font.");
    this.fill = this.setter(["color"], "fill.");
  }

  set wrapText(value: boolean) {
    this.style("wrapText", value);
  }

  set columnWidth(width: number) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.book.guard(sheet);
      for (let c = area.c0; c <= area.c1; c++) sheet.columnWidths.set(c, width);
    });
  }

  private style(property: string, value: unknown): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.book.setStyle(sheet, area, property, value);
    });
  }

  /** An object whose listed properties queue a style write (and no others exist). */
  private setter(properties: readonly string[], prefix: string): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    for (const p of properties) {
      Object.defineProperty(target, p, {
        set: (value: unknown) => this.style(prefix + p, value),
        get: () => {
          throw new Error(`Reading format ${prefix}${p} is not supported by the fake`);
        },
      });
    }
    return Object.preventExtensions(target);
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected list(): FakeNamedItem[] {
    return this.ctx.book.names().map((n) => new FakeNamedItem(this.ctx, n.name));
  }

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.ctx.enqueue(() => {
      if (!this.ctx.options.lambda && /^=LAMBDA\(/i.test(reference)) {
        throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing.");
      }
      this.ctx.book.addName(name, reference, comment ?? "");
    });
    return new FakeNamedItem(this.ctx, name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
}

class FakeNamedItem extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly itemName: string
  ) {
    super(ctx);
  }

  private found(): { name: string; formula: string } {
    const found = this.ctx.book.findName(this.itemName);
    if (!found)
      throw new FakeOfficeError("ItemNotFound", `The name ${this.itemName} was not found.`);
    return found;
  }

  protected read(property: string): unknown {
    const found = this.found();
    switch (property) {
      case "name":
        return found.name;
      case "formula":
        return found.formula;
      case "type":
        return /#REF!/.test(found.formula)
          ? "Error"
          : /^=LAMBDA/i.test(found.formula)
            ? "String"
            : "Range";
      default:
        throw new Error(`NamedItem.${property}`);
    }
  }

  get name(): string {
    return this.value("name");
  }

  get formula(): string {
    return this.value("formula");
  }

  set formula(formula: string) {
    this.ctx.enqueue(() => this.ctx.book.setNameFormula(this.found().name, formula));
  }

  get type(): string {
    return this.value("type");
  }

  set visible(visible: boolean) {
    this.ctx.enqueue(() => void (this.ctx.book.meta(this.found().name).visible = visible));
  }

  set comment(comment: string) {
    this.ctx.enqueue(() => void (this.ctx.book.meta(this.found().name).comment = comment));
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.ctx.book.nameRange(this.itemName));
  }

  delete(): void {
    this.ctx.enqueue(() => this.ctx.book.deleteName(this.found().name));
  }
}

class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    ctx: FakeContext,
    private readonly worksheet: FakeWorksheet | null
  ) {
    super(ctx);
  }

  protected list(): FakeTable[] {
    const sheetId = this.worksheet?.resolve().id;
    return this.ctx.book.tables
      .filter((t) => sheetId === undefined || t.sheetId === sheetId)
      .map((t) => new FakeTable(this.ctx, () => t));
  }

  add(range: FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableRecord | undefined;
    this.ctx.enqueue(() => {
      const { sheet, area } = range.resolve();
      this.ctx.book.guard(sheet);
      if (!hasHeaders) throw new Error("The add-in's tables have headers");
      const overlaps = this.ctx.book.tables.some(
        (t) =>
          t.sheetId === sheet.id &&
          t.area.r0 <= area.r1 &&
          area.r0 <= t.area.r1 &&
          t.area.c0 <= area.c1 &&
          area.c0 <= t.area.c1
      );
      if (overlaps)
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      let n = this.ctx.book.tables.length + 1;
      while (this.ctx.book.tables.some((t) => same(t.name, `Table${n}`))) n++;
      created = { name: `Table${n}`, sheetId: sheet.id, area };
      this.ctx.book.tables.push(created);
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw new FakeOfficeError("ItemNotFound", "The table was not added.");
      return created;
    });
  }
}

class FakeTable extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => TableRecord
  ) {
    super(ctx);
  }

  protected override nav(property: string): FakeProxy {
    if (property === "worksheet") return this.worksheet;
    return super.nav(property);
  }

  protected read(property: string): unknown {
    if (property === "name") return this.resolve().name;
    throw new Error(`Table.${property}`);
  }

  get name(): string {
    return this.value("name");
  }

  set name(name: string) {
    this.ctx.enqueue(() => {
      const book = this.ctx.book;
      const table = this.resolve();
      if (book.findName(name) || book.tables.some((t) => t !== table && same(t.name, name))) {
        throw new FakeOfficeError("InvalidArgument", `The name ${name} is already used.`);
      }
      table.name = name;
    });
  }

  private sheetProxy: FakeWorksheet | undefined;

  /** One proxy per navigation, as Office.js keeps it (what was loaded on it stays readable). */
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.ctx, () => {
      const id = this.resolve().sheetId;
      const sheet = this.ctx.book.sheets.find((s) => s.id === id);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "The table's sheet is gone.");
      return sheet;
    });
    return this.sheetProxy;
  }
}

class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly worksheet: FakeWorksheet
  ) {}

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, () => this.worksheet.resolve().charts.length);
  }

  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    const record: ChartRecord = {
      type,
      name: "",
      title: "",
      series: [],
      valueAxisTitle: "",
      valueAxisFormat: null,
      position: null,
    };
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.resolve();
      this.ctx.book.guard(sheet);
      if (seriesBy !== "Columns") throw new Error("The add-in's charts take series by columns");
      record.series.push({
        name: "Series1",
        values: rangeText(this.ctx, source),
        categories: null,
      });
      sheet.charts.push(record);
    });
    return new FakeChart(this.ctx, record);
  }
}

function rangeText(ctx: FakeContext, range: FakeRange): string {
  const { sheet, area } = range.resolve();
  return `${quoteSheetIfNeeded(ctx.book.nameOf(sheet))}!${areaAddress(area)}`;
}

/** Chart members as plain recorders (queued like every other write). */
class FakeChart {
  readonly title: { text: string };
  readonly axes: { valueAxis: { title: { text: string }; numberFormat: string } };
  readonly series: {
    getItemAt: (index: number) => FakeSeries;
    add: (name: string) => FakeSeries;
  };

  constructor(
    private readonly ctx: FakeContext,
    private readonly record: ChartRecord
  ) {
    const later = (f: () => void): void => ctx.enqueue(f);
    this.title = writeOnly({ text: (v) => later(() => void (record.title = String(v))) });
    const valueAxis = writeOnly({
      numberFormat: (v) => later(() => void (record.valueAxisFormat = String(v))),
    });
    const axisTitle = writeOnly({
      text: (v) => later(() => void (record.valueAxisTitle = String(v))),
    });
    this.axes = { valueAxis: Object.assign(valueAxis, { title: axisTitle }) };
    this.series = {
      getItemAt: (index) => new FakeSeries(ctx, () => record.series[index]),
      add: (name) => {
        const entry = { name, values: "", categories: null };
        later(() => void record.series.push(entry));
        return new FakeSeries(ctx, () => entry);
      },
    };
  }

  set name(name: string) {
    this.ctx.enqueue(() => void (this.record.name = name));
  }

  setPosition(from: string, to: string): void {
    this.ctx.enqueue(() => void (this.record.position = [from, to]));
  }
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => ChartRecord["series"][number] | undefined
  ) {}

  private entry(): ChartRecord["series"][number] {
    const entry = this.resolve();
    if (!entry) throw new FakeOfficeError("ItemNotFound", "No such series.");
    return entry;
  }

  set name(name: string) {
    this.ctx.enqueue(() => void (this.entry().name = name));
  }

  setValues(range: FakeRange): void {
    this.ctx.enqueue(() => void (this.entry().values = rangeText(this.ctx, range)));
  }

  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueue(() => void (this.entry().categories = rangeText(this.ctx, range)));
  }
}

/** An object whose properties can only be written, each through its own setter. */
function writeOnly<K extends string>(
  setters: Record<K, (value: unknown) => void>
): Record<K, string> {
  const target = {} as Record<K, string>;
  for (const key of Object.keys(setters) as K[]) {
    Object.defineProperty(target, key, { set: setters[key], enumerable: true });
  }
  return target;
}
