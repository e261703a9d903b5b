/**
 * The WorkbookHost of the preview: the task pane's requests carried out on an IronCalc workbook
 * in the browser, as src/excel/ carries them out in Excel.
 *
 * - A load takes the Excel host's decision (src/workbook/load) and carries it out on the engine
 *   (src/preview/engine/), so the sheets, names, native formulas, LAMBDA twins, refusals and
 *   summary are the ones Excel gets.
 * - Inputs and outputs are read from their cells after the engine recalculates, and judged by
 *   src/workbook/state.ts as Excel's are: the pane shows what the workbook's formulas give.
 * - Saved scenarios live in the scenarios table's cells (plan.scenarios), so they are part of
 *   the workbook and of what the preview keeps between visits; the table is read into the same
 *   TableCells as in Excel and changed by the writes src/workbook/scenarios/ returns.
 * - onWorkbookChanged fires after a load and after a scenario is applied (the workbook changed
 *   as a whole) and when the analyst types into an input cell of the workbook view.
 */
import type { Model } from "@ironcalc/wasm";
import { inputSpec, type InputId } from "../model";
import {
  HostError,
  type LoadProgress,
  type LoadSummary,
  type WorkbookHost,
  type SavedScenario,
  type ScenarioList,
  type SharingControls,
  type WorkbookState,
} from "../workbook/host";
import { MISSING_TABLE } from "../workbook/messages/scenarios";
import { INPUTS_SHEET_MISSING, inputNotInLayout, NOT_LOADED_YET } from "../workbook/messages/state";
import { OWNERSHIP_PREFIX, ownershipMarkerName } from "../workbook/names";
import {
  planInputs,
  planOutputs,
  type InputCell,
  type NamedCell,
  type PlanTable,
  type SheetKey,
  type WorkbookPlan,
} from "../workbook/plan";
import {
  checkScenario,
  deleteWrites,
  readScenarioTable,
  renameWrites,
  saveWrites,
  scenarioNamed,
  type CellWrite,
  type ScenarioTable,
} from "../workbook/scenarios";
import {
  checkInputValue,
  NOT_LOADED,
  stateFromReadings,
  type NamedReading,
} from "../workbook/state";
import { readCell, writeNumber, type EngineCell } from "./engine";
import { isBlankWorkbook, typedLoad, type ArticleLoad } from "./engine/articleSnapshot";
import type { StoredArticle } from "./storedArticle";
import { readBlock } from "./engine/cells";
import { analysisNames, type AnalysisCells } from "../workbook/analysis/readings";
import { simulationWrites, type SimulationSettings } from "../workbook/analysis/simulationSettings";
import { trialsMessages } from "../workbook/messages/trials";
import { readTableCells } from "./engine/tableCells";
import { sheetOfReference, splitReference } from "../workbook/references";
import { LOAD_STEPS } from "../workbook/messages/load";
import type { PreviewWorkbook } from "./previewWorkbook";
import {
  rangeOfAddress,
  type DrawnChart,
  type EngineRange,
  type SheetDrawings,
} from "./workbookView/readDrawings";
import { styleScenarioRow } from "./scenarioStyle";
import { sharingOnDemand } from "../workbook/onDemand";

/** IronCalc's getCellType code of a number. */
const NUMBER_CELL = 1;

/** The performance mark set when a slider's write reaches the host. */
export const WRITE_MARK = "aicost:preview-write-input";
/** Set when the engine has recalculated after that write, then when the state is read. */
export const EVALUATED_MARK = "aicost:preview-write-evaluated";
export const READ_MARK = "aicost:preview-write-read";
/**
 * The performance marks of a load (bench/preview.bench.ts): when the pane's call reached the
 * host, when the workbook was in place (opened from the stored article or typed), and when the
 * host's records followed and the pane was told the new state.
 */
export const LOAD_MARK = "aicost:preview-load";
export const LOAD_IN_PLACE_MARK = "aicost:preview-load-in-place";
export const LOAD_TOLD_MARK = "aicost:preview-load-told";

/** A cell of the engine: sheet index and the plan's 0-based row and column. */
interface CellAt {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
}

export class PreviewHost implements WorkbookHost {
  readonly kind = "preview";
  /** Prepare for sharing / restore add-in formulas on the engine (sharing.ts). */
  readonly sharing: SharingControls;
  private readonly listeners = new Set<(state: WorkbookState) => void>();
  /**
   * The engine's index of each of the add-in's sheets, found once from the ownership markers
   * (IronCalc's getDefinedNameList takes tens of milliseconds with the twins' LAMBDAs, too slow
   * to call on every slider step). Sheets only move when the article is loaded again, and the
   * preview offers no other way to add, delete or rename one. Empty before the first load.
   */
  private sheets: Partial<Record<SheetKey, number>>;
  /** Any ownership marker in the workbook: the article was loaded here (as Excel's host decides). */
  private loaded: boolean;
  private readonly scenariosTable: PlanTable;

  constructor(
    private readonly workbook: PreviewWorkbook,
    private readonly plan: WorkbookPlan,
    /**
     * The stored article workbook (engine/articleSnapshot.ts), taken by a load into a blank
     * workbook instead of typing the plan into the engine. Absent, or undefined when asked (not
     * fetched, refused as stale), the load is typed, as it always is over a workbook that is
     * not blank.
     */
    private readonly storedArticle?: () => Promise<StoredArticle | undefined>
  ) {
    const table = plan.tables.find((t) => t.key === "scenarios");
    if (!table) throw new Error("The plan has no scenarios table");
    this.scenariosTable = table;
    ({ sheets: this.sheets, loaded: this.loaded } = findSheets(this.model, plan));
    this.markInputCells();
    // The record sheet comes and goes at the end of the tabs: find the add-in's sheets again.
    this.sharing = sharingOnDemand(async () => {
      const { PreviewSharing } = await import("./sharing");
      // One per call, on the engine as it is then: a load may have put the stored article in
      // place of the blank workbook (engine/articleSnapshot.ts).
      const now = (): SharingControls =>
        new PreviewSharing(this.model, () => {
          ({ sheets: this.sheets, loaded: this.loaded } = findSheets(this.model, this.plan));
          this.markInputCells();
          this.workbook.changed("layout");
          this.announce();
        });
      return {
        status: () => now().status(),
        prepareForSharing: () => now().prepareForSharing(),
        restoreAddinFormulas: () => now().restoreAddinFormulas(),
      };
    });
  }

  /** The workbook's engine, asked each time: a load may have put the stored article in place. */
  private get model(): Model {
    return this.workbook.model;
  }

  async loadArticle(
    options: { resetInputs: boolean },
    onProgress?: LoadProgress
  ): Promise<LoadSummary> {
    performance.mark(LOAD_MARK);
    onProgress?.(LOAD_STEPS.write);
    // Let the pane show the step before the engine works (it blocks the page while it does).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const stored = await this.takeStoredArticle();
    let load: ArticleLoad;
    if (stored) {
      // The same workbook the typed load below would leave in a blank one, already evaluated.
      this.workbook.replaceModel(stored.model);
      load = stored.load;
    } else {
      // The same decision as Excel's host, the same refusals (HostErrors, nothing changed).
      load = typedLoad(this.model, this.plan, options);
    }
    performance.mark(LOAD_IN_PLACE_MARK);
    const summary = this.loadDone(load);
    performance.mark(LOAD_TOLD_MARK);
    return summary;
  }

  /** The stored article, where the workbook is blank and the file is there and current. */
  private async takeStoredArticle(): Promise<StoredArticle | undefined> {
    if (!this.storedArticle || !isBlankWorkbook(this.model)) return undefined;
    const stored = await this.storedArticle().catch(() => undefined);
    return stored && isBlankWorkbook(this.model) ? stored : undefined;
  }

  /** After a load, typed or stored: the host's records follow the workbook, the pane hears. */
  private loadDone({ sheetIndex, summary }: ArticleLoad): LoadSummary {
    this.sheets = { ...sheetIndex };
    this.loaded = true;
    this.markInputCells();
    // The pane hears first; the view redraws the sheet after the pane's next paint.
    this.announce();
    this.workbook.changed("layout");
    return summary;
  }

  async readState(): Promise<WorkbookState> {
    return this.state();
  }

  async writeInput(id: InputId, value: number): Promise<WorkbookState> {
    // A User Timing mark (DevTools, bench/preview.bench.ts): when the pane's write reached us.
    performance.mark(WRITE_MARK);
    const cell = checkInputValue(this.plan, id, value);
    this.requireLoaded();
    const at = this.cellAtOrThrow(cell);
    writeNumber(this.model, at.sheet, at.row, at.column, value); // IronCalc recalculates here
    performance.mark(EVALUATED_MARK);
    this.workbook.changed("values");
    const state = this.state();
    performance.mark(READ_MARK);
    return state;
  }

  async writeSimulation(settings: SimulationSettings): Promise<WorkbookState> {
    const writes = simulationWrites(this.plan, settings);
    this.requireLoaded();
    const cells = writes.map(({ cell, value }) => {
      const at = this.cellOf(cell);
      // Loaded, but no Trials sheet: a workbook of an older layout (nothing is written).
      if (!at) throw new HostError(trialsMessages.noTrialsSheet);
      return { at, value };
    });
    this.batch(() => {
      for (const { at, value } of cells)
        writeNumber(this.model, at.sheet, at.row, at.column, value);
    });
    this.workbook.changed("values");
    return this.state();
  }

  async listScenarios(): Promise<ScenarioList> {
    if (!this.isLoaded()) return { scenarios: [], problems: [] };
    const table = this.readTable();
    return table ? table.list : { scenarios: [], problems: [MISSING_TABLE] };
  }

  async saveScenario(
    scenario: SavedScenario,
    options?: { replace?: boolean }
  ): Promise<ScenarioList> {
    const checked = checkScenario(scenario);
    return this.changeScenarios((table) => saveWrites(table, checked, options));
  }

  async applyScenario(name: string): Promise<WorkbookState> {
    this.requireLoaded();
    const { scenario } = scenarioNamed(this.requireTable(), name);
    this.requireLoaded();
    const cells = planInputs(this.plan).map((cell) => [cell.id, this.cellAtOrThrow(cell)] as const);
    this.batch(() => {
      for (const [id, at] of cells) {
        const value = scenario.inputs[id] as number | undefined;
        if (value !== undefined) writeNumber(this.model, at.sheet, at.row, at.column, value);
      }
    });
    this.workbook.changed("values");
    return this.announce();
  }

  async renameScenario(from: string, to: string): Promise<ScenarioList> {
    return this.changeScenarios((table) => renameWrites(table, from, to));
  }

  async deleteScenario(name: string): Promise<ScenarioList> {
    return this.changeScenarios((table) => deleteWrites(table, name));
  }

  onWorkbookChanged(listener: (state: WorkbookState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * The analyst typed into an input cell of the workbook view (as in Excel's grid): the text
   * goes in as typed, and the pane hears of it through onWorkbookChanged.
   */
  typeIntoInput(id: InputId, text: string): WorkbookState {
    const at = this.inputCell(id);
    this.model.setUserInput(at.sheet, at.row + 1, at.column + 1, text);
    this.workbook.changed("values");
    return this.announce();
  }

  /** Drops every listener (the page is going away). */
  dispose(): void {
    this.listeners.clear();
  }

  // ---- Reading the workbook ----

  private state(): WorkbookState {
    if (!this.isLoaded()) return NOT_LOADED;
    const reading = (cell: NamedCell, read: (at: CellAt) => EngineCell): NamedReading => {
      const at = this.cellOf(cell);
      return at ? { kind: "cell", value: read(at) } : { kind: "missing" };
    };
    const output = (at: CellAt): EngineCell => readCell(this.model, at.sheet, at.row, at.column);
    return stateFromReadings(this.plan, {
      inputs: Object.fromEntries(
        planInputs(this.plan).map((cell) => [
          cell.id,
          reading(cell, (at) => this.readInputCell(at)),
        ])
      ),
      outputs: Object.fromEntries(
        planOutputs(this.plan).map((cell) => [cell.id, reading(cell, output)])
      ),
      analysis: this.analysisCells(),
    });
  }

  /** The Sensitivity and Map sheets' results, by name; a name whose sheet is gone is undefined. */
  private analysisCells(): AnalysisCells {
    return new Map(
      analysisNames(this.plan).map(({ name, reference }) => {
        const range = this.rangeOfPlanned(reference);
        return [name, range ? readBlock(this.model, range.sheet, range) : undefined] as const;
      })
    );
  }

  /** A reference of the plan ("Map!$C$11:$M$26") in the engine, where its sheet is now. */
  private rangeOfPlanned(reference: string): EngineRange | undefined {
    const { sheet, address } = splitReference(reference);
    const key = this.plan.sheets.find((s) => s.name === sheet)?.key;
    const index = key === undefined ? undefined : this.sheets[key];
    return index === undefined ? undefined : rangeOfAddress(index, address);
  }

  /**
   * An input cell's value. A typed number is read from what was typed (IronCalc keeps it to
   * 15 significant digits, as Excel does): one call to the engine instead of the five of a
   * formatted read, which matters on every slider step. Anything else (a formula or text the
   * analyst typed there) goes through the engine's reader.
   */
  private readInputCell(at: CellAt): EngineCell {
    const typed = this.model.getCellContent(at.sheet, at.row + 1, at.column + 1);
    const number = typed.trim() === "" ? NaN : Number(typed);
    if (
      Number.isFinite(number) &&
      this.model.getCellType(at.sheet, at.row + 1, at.column + 1) === NUMBER_CELL
    )
      return { kind: "number", value: number };
    return readCell(this.model, at.sheet, at.row, at.column);
  }

  private isLoaded(): boolean {
    return this.loaded;
  }

  private requireLoaded(): void {
    if (!this.isLoaded()) throw new HostError(NOT_LOADED_YET);
  }

  /** Where one of the plan's named cells is now, or undefined when its sheet is gone. */
  private cellOf(cell: NamedCell): CellAt | undefined {
    const sheet = this.sheets[cell.sheet];
    return sheet === undefined ? undefined : { sheet, row: cell.row, column: cell.column };
  }

  private inputCell(id: InputId): CellAt {
    this.requireLoaded();
    const cell = this.plan.inputCells[id] as InputCell | undefined;
    if (!cell) throw new HostError(inputNotInLayout(inputSpec(id).label));
    return this.cellAtOrThrow(cell);
  }

  /** Where an input cell of the plan is (its sheet must be there). */
  private cellAtOrThrow(cell: InputCell): CellAt {
    const at = this.cellOf(cell);
    if (!at) throw new HostError(INPUTS_SHEET_MISSING);
    return at;
  }

  /**
   * The scenarios table's cells, as Excel's host reads them: the header row and the body's
   * whole capacity, each cell's formula and what it shows. Undefined when its sheet is gone.
   */
  private readTable(): ScenarioTable | undefined {
    const layout = this.plan.scenarios;
    const sheet = this.sheets[layout.sheet];
    if (sheet === undefined) return undefined;
    const width = this.scenariosTable.columns.length;
    return readScenarioTable(this.scenariosTable, readTableCells(this.model, sheet, layout, width));
  }

  private requireTable(): ScenarioTable {
    const table = this.readTable();
    if (!table) throw new HostError(MISSING_TABLE);
    return table;
  }

  /** Read the table, decide the cells to write (pure), write them in one batch, list again. */
  private async changeScenarios(
    decide: (table: ScenarioTable) => readonly CellWrite[]
  ): Promise<ScenarioList> {
    this.requireLoaded();
    const writes = decide(this.requireTable());
    const layout = this.plan.scenarios;
    const sheet = this.sheets[layout.sheet] ?? 0;
    this.batch(() => {
      for (const w of writes) {
        const r = layout.firstRow + w.row + 1;
        const c = layout.column + w.column + 1;
        // Emptied with its styles, which the row gets back below (docs/HOSTS.md, "Emptying a cell").
        if (w.value === "") this.model.rangeClearAll(sheet, r, c, r, c);
        else this.model.setUserInput(sheet, r, c, typed(w.value));
      }
      // Every row written looks like the planned ones, as an Excel table row does.
      for (const row of new Set(writes.map((w) => w.row)))
        styleScenarioRow(this.model, this.plan, {
          sheet,
          row: layout.firstRow + row,
          column: layout.column,
        });
    });
    this.workbook.changed("values");
    return this.listScenarios();
  }

  // ---- Writing ----

  /** Many writes, one recalculation at the end. */
  private batch(work: () => void): void {
    this.model.pauseEvaluation();
    try {
      work();
    } finally {
      this.model.resumeEvaluation();
      this.model.evaluate();
    }
  }

  /** Tells every listener the workbook changed; returns the state they were given. */
  private announce(): WorkbookState {
    const state = this.state();
    for (const listener of [...this.listeners]) listener(state);
    return state;
  }

  /** The view marks the input cells (by sheet name, "row,column" 1-based). */
  private markInputCells(): void {
    const sheets = this.model.getWorksheetsProperties();
    const bySheet = new Map<string, Set<string>>();
    for (const cell of planInputs(this.plan)) {
      const at = this.cellOf(cell);
      const sheetName = at ? sheets[at.sheet]?.name : undefined;
      if (!at || sheetName === undefined) continue;
      const cells = bySheet.get(sheetName) ?? new Set<string>();
      cells.add(`${at.row + 1},${at.column + 1}`);
      bySheet.set(sheetName, cells);
    }
    this.workbook.markInputCells(bySheet);
    this.workbook.markDrawings(this.drawings());
  }

  /** The plan's charts and colour scales, by the name of the sheet they are on now. */
  private drawings(): Map<string, SheetDrawings> {
    const sheets = this.model.getWorksheetsProperties();
    const rangeOf = (reference: string): EngineRange | undefined => this.rangeOfPlanned(reference);
    const bySheet = new Map<string, SheetDrawings>();
    for (const planSheet of this.plan.sheets) {
      const index = this.sheets[planSheet.key];
      const name = index === undefined ? undefined : sheets[index]?.name;
      if (name === undefined) continue;
      const charts = this.plan.charts.flatMap((chart): DrawnChart[] => {
        if (chart.sheet !== planSheet.key) return [];
        const categories = rangeOf(chart.categories);
        const series = chart.series.map((s) => ({ name: s.name, values: rangeOf(s.values) }));
        if (!categories || series.some((s) => !s.values)) return [];
        return [
          {
            key: chart.key,
            type: chart.type,
            title: chart.title,
            valueAxisTitle: chart.valueAxisTitle,
            categories,
            series: series.flatMap((s) => (s.values ? [{ name: s.name, values: s.values }] : [])),
          },
        ];
      });
      const colorScales = planSheet.colorScales ?? [];
      if (charts.length > 0 || colorScales.length > 0) bySheet.set(name, { charts, colorScales });
    }
    return bySheet;
  }
}

/**
 * The add-in's sheets in the engine, from their ownership markers (one read of the names): a
 * marker refers to its sheet's A1 ("Inputs!$A$1" or "'My inputs'!$A$1"), so it follows a rename.
 */
function findSheets(
  model: Model,
  plan: WorkbookPlan
): { sheets: Partial<Record<SheetKey, number>>; loaded: boolean } {
  const markers = new Map(model.getDefinedNameList().map((n) => [n.name, n.formula]));
  const loaded = [...markers.keys()].some((name) => name.startsWith(OWNERSHIP_PREFIX));
  const names = model.getWorksheetsProperties().map((s) => s.name);
  const found: Partial<Record<SheetKey, number>> = {};
  for (const sheet of plan.sheets) {
    const formula = markers.get(ownershipMarkerName("SHEET", sheet.key));
    const name = formula === undefined ? null : sheetOfReference(formula);
    if (name === null) continue;
    const index = names.indexOf(name);
    if (index >= 0) found[sheet.key] = index;
  }
  return { sheets: found, loaded };
}

/** A CellWrite's value as typed into IronCalc. */
function typed(value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
