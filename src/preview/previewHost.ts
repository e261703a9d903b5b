/**
 * The WorkbookHost of the preview: the task pane's requests carried out on an IronCalc workbook
 * in the browser, as src/excel/ carries them out in Excel.
 *
 * - A load applies the same WorkbookPlan with the engine applier (src/preview/engine/), so the
 *   sheets, names, native formulas and LAMBDA twins are the ones Excel gets.
 * - Inputs and outputs are read from their cells after the engine recalculates (the engine's
 *   named-cell readers): the pane shows what the workbook's formulas give, never a recomputation.
 * - Saved scenarios live in the scenarios table's cells (plan.scenarios), so they are part of
 *   the workbook and of what the preview keeps between visits.
 * - onWorkbookChanged fires after a load and after a scenario is applied (the workbook changed
 *   as a whole) and when the analyst types into an input cell of the workbook view.
 */
import type { Model } from "@ironcalc/wasm";
import { INPUT_SPECS, OUTPUT_IDS, type InputId, type OutputId } from "../model";
import {
  HostError,
  type CellReading,
  type HostProblem,
  type LoadProgress,
  type LoadSummary,
  type WorkbookHost,
  type SavedScenario,
  type ScenarioList,
  type SharingControls,
  type WorkbookState,
} from "../workbook/host";
import { officeMessages } from "../workbook/messages";
import { ownershipMarkerName } from "../workbook/names";
import {
  typedInput,
  type NamedCell,
  type PlanCell,
  type SheetKey,
  type WorkbookPlan,
} from "../workbook/plan";
import { upgradeLine } from "../workbook/upgrade";
import {
  EngineConflictError,
  EngineLayoutError,
  applyPlanToEngine,
  asReading,
  readCell,
  writeNumber,
  type EngineCell,
} from "./engine";
import type { PreviewWorkbook } from "./previewWorkbook";
import { nameKey, readScenarioRows, scenarioCells } from "./scenarioRows";
import { styleScenarioRow } from "./scenarioStyle";
import { sharingOnDemand } from "../workbook/onDemand";

/** IronCalc's getCellType code of a number. */
const NUMBER_CELL = 1;

/** The performance mark set when a slider's write reaches the host. */
export const WRITE_MARK = "aicost:preview-write-input";

/** What a load tells the pane while it works (the engine applies the plan in one go). */
export const PREVIEW_LOAD_STEP = "Writing the figures, inputs, model, scenarios and checks";

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
  private readonly model: Model;
  /**
   * The engine's index of each of the add-in's sheets, found once from the ownership markers
   * (IronCalc's getDefinedNameList takes tens of milliseconds with the twins' LAMBDAs, too slow
   * to call on every slider step). Sheets only move when the article is loaded again, and the
   * preview offers no other way to add, delete or rename one. Empty before the first load.
   */
  private sheets: Partial<Record<SheetKey, number>>;

  constructor(
    private readonly workbook: PreviewWorkbook,
    private readonly plan: WorkbookPlan
  ) {
    this.model = workbook.model;
    this.sheets = findSheets(this.model, plan);
    this.markInputCells();
    // The record sheet comes and goes at the end of the tabs: find the add-in's sheets again.
    const model = this.model;
    this.sharing = sharingOnDemand(async () => {
      const { PreviewSharing } = await import("./sharing");
      return new PreviewSharing(model, () => {
        this.sheets = findSheets(this.model, this.plan);
        this.markInputCells();
        this.workbook.changed("layout");
        this.announce();
      });
    });
  }

  async loadArticle(
    options: { resetInputs: boolean },
    onProgress?: LoadProgress
  ): Promise<LoadSummary> {
    const wasLoaded = this.isLoaded();
    onProgress?.(PREVIEW_LOAD_STEP);
    // Let the pane show the step before the engine works (it blocks the page while it does).
    await new Promise((resolve) => setTimeout(resolve, 0));
    let result: ReturnType<typeof applyPlanToEngine>;
    try {
      result = applyPlanToEngine(this.model, this.plan, { resetInputs: options.resetInputs });
    } catch (error) {
      if (error instanceof EngineConflictError) {
        throw new HostError({
          code: "conflict",
          message: error.message,
          repair: "Rename them in the workbook, then load again.",
        });
      }
      // A newer layout, or an older one whose upgrade would overwrite something: unchanged.
      if (error instanceof EngineLayoutError) throw new HostError(error.problem);
      throw error;
    }
    this.sheets = { ...result.sheetIndex };
    this.markInputCells();
    this.workbook.changed("layout");
    this.announce();
    if (result.upgradedFrom !== undefined) {
      return {
        created: result.created,
        updated: [upgradeLine(result.upgradedFrom, this.plan.version), ...result.updated],
        kept: result.kept,
        warnings: [...result.skipped, ...result.warnings],
        upgradedFrom: result.upgradedFrom,
      };
    }
    const kept =
      wasLoaded && !options.resetInputs ? ["Your input values", "Your saved scenarios"] : [];
    return {
      created: result.created,
      updated: result.updated,
      kept,
      warnings: [...result.skipped, ...result.warnings],
    };
  }

  async readState(): Promise<WorkbookState> {
    return this.state();
  }

  async writeInput(id: InputId, value: number): Promise<WorkbookState> {
    // A User Timing mark (DevTools, bench/preview.bench.ts): when the pane's write reached us.
    performance.mark(WRITE_MARK);
    const at = this.inputCell(id);
    writeNumber(this.model, at.sheet, at.row, at.column, value);
    this.workbook.changed("values");
    return this.state();
  }

  async listScenarios(): Promise<ScenarioList> {
    if (!this.isLoaded()) return { scenarios: [], problems: [] };
    const { rows, problems } = this.readRows();
    return { scenarios: rows.map((r) => r.scenario), problems };
  }

  async saveScenario(
    scenario: SavedScenario,
    options?: { replace?: boolean }
  ): Promise<ScenarioList> {
    this.requireLoaded();
    const read = this.readRows();
    const same = read.rows.find((r) => nameKey(r.scenario.name) === nameKey(scenario.name));
    if (same && !options?.replace) throw new HostError(nameTaken(scenario.name));
    const index = same?.index ?? read.free[0];
    if (index === undefined) throw new HostError(tableFull(this.plan.scenarios.capacity));
    const cells = scenarioCells(this.plan.scenarios, scenario);
    this.batch(() => {
      cells.forEach((cell, column) => this.type(this.bodyCell(index, column), cell));
      // A row saved below the planned ones looks like them, as a new Excel table row does.
      styleScenarioRow(this.model, this.plan, this.bodyCell(index, 0));
    });
    this.workbook.changed("values");
    return this.listScenarios();
  }

  async applyScenario(name: string): Promise<WorkbookState> {
    this.requireLoaded();
    const { scenario } = this.found(name);
    const cells = INPUT_SPECS.map((spec) => [spec.id, this.inputCell(spec.id)] as const);
    this.batch(() => {
      for (const [id, at] of cells)
        writeNumber(this.model, at.sheet, at.row, at.column, scenario.inputs[id]);
    });
    this.workbook.changed("values");
    return this.announce();
  }

  async renameScenario(from: string, to: string): Promise<ScenarioList> {
    this.requireLoaded();
    const row = this.found(from);
    const other = this.readRows().rows.find((r) => nameKey(r.scenario.name) === nameKey(to));
    if (other && other.index !== row.index) throw new HostError(nameTaken(to));
    const column = this.plan.scenarios.columns.indexOf("name");
    this.type(this.bodyCell(row.index, column), to.trim());
    this.workbook.changed("values");
    return this.listScenarios();
  }

  async deleteScenario(name: string): Promise<ScenarioList> {
    this.requireLoaded();
    const { index } = this.found(name);
    // The rows below move up one, as when a table row is deleted in Excel: the table stays one
    // block, so the Compare sheet lists the scenarios without a gap. Cells are copied as typed.
    const { capacity, columns } = this.plan.scenarios;
    this.batch(() => {
      for (let row = index; row < capacity; row++) {
        columns.forEach((_, column) => {
          const below = row + 1 < capacity ? this.content(this.bodyCell(row + 1, column)) : "";
          const { sheet, row: r, column: c } = this.bodyCell(row, column);
          if (below === "") this.model.rangeClearContents(sheet, r + 1, c + 1, r + 1, c + 1);
          else this.model.setUserInput(sheet, r + 1, c + 1, below);
        });
      }
    });
    this.workbook.changed("values");
    return this.listScenarios();
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
    if (!this.isLoaded()) return { loaded: false, inputs: {}, outputs: {}, problems: [] };
    const problems: HostProblem[] = [];
    const inputs: Partial<Record<InputId, number>> = {};
    for (const spec of INPUT_SPECS) {
      const at = this.cellOf(this.plan.inputCells[spec.id]);
      const cell = at ? this.readInputCell(at) : undefined;
      if (cell?.kind === "number") inputs[spec.id] = cell.value;
      else problems.push(notANumber(this.plan.inputCells[spec.id].address, spec.label));
    }
    const outputs: Partial<Record<OutputId, CellReading>> = {};
    for (const id of OUTPUT_IDS) {
      const at = this.cellOf(this.plan.outputCells[id]);
      if (at) outputs[id] = asReading(readCell(this.model, at.sheet, at.row, at.column));
    }
    return { loaded: true, inputs, outputs, problems };
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

  /** Loaded when the add-in's inputs sheet is in the workbook. */
  private isLoaded(): boolean {
    return this.sheets.inputs !== undefined;
  }

  private requireLoaded(): void {
    if (!this.isLoaded()) throw new HostError(officeMessages.notLoadedYet);
  }

  /** Where one of the plan's named cells is now, or undefined when its sheet is gone. */
  private cellOf(cell: NamedCell): CellAt | undefined {
    const sheet = this.sheets[cell.sheet];
    return sheet === undefined ? undefined : { sheet, row: cell.row, column: cell.column };
  }

  private inputCell(id: InputId): CellAt {
    this.requireLoaded();
    const at = this.cellOf(this.plan.inputCells[id]);
    if (!at) {
      throw new HostError({
        code: "damaged",
        message: "The Inputs sheet is missing from the workbook.",
        repair: "Choose “Load the article's figures” to create it again.",
      });
    }
    return at;
  }

  /** A cell of the scenarios table's body: row 0 is the first row under the header. */
  private bodyCell(row: number, column: number): CellAt {
    const layout = this.plan.scenarios;
    const sheet = this.sheets[layout.sheet];
    if (sheet === undefined) {
      throw new HostError({
        code: "damaged",
        message: "The Scenarios sheet is missing from the workbook.",
        repair: "Choose “Load the article's figures” to create it again; your inputs are kept.",
      });
    }
    return { sheet, row: layout.firstRow + row, column: layout.column + column };
  }

  private readRows(): ReturnType<typeof readScenarioRows> {
    const { capacity, columns } = this.plan.scenarios;
    const origin = this.bodyCell(0, 0);
    const body = Array.from({ length: capacity }, (_, row) =>
      columns.map((_, column) =>
        readCell(this.model, origin.sheet, origin.row + row, origin.column + column)
      )
    );
    return readScenarioRows(this.plan.scenarios, body);
  }

  private found(name: string): { index: number; scenario: SavedScenario } {
    const row = this.readRows().rows.find((r) => nameKey(r.scenario.name) === nameKey(name));
    if (!row) {
      throw new HostError({
        code: "damaged",
        message: `There is no scenario named “${name}” in the scenarios table.`,
        repair: "It may have been deleted in the workbook; the list has been read again.",
      });
    }
    return row;
  }

  // ---- Writing ----

  /** Types a plan cell (text stays text, numbers in full). */
  private type(at: CellAt, cell: PlanCell): void {
    this.model.setUserInput(at.sheet, at.row + 1, at.column + 1, typedInput(cell));
  }

  private content(at: CellAt): string {
    return this.model.getCellContent(at.sheet, at.row + 1, at.column + 1);
  }

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
    for (const spec of INPUT_SPECS) {
      const at = this.cellOf(this.plan.inputCells[spec.id]);
      const sheetName = at ? sheets[at.sheet]?.name : undefined;
      if (!at || sheetName === undefined) continue;
      const cells = bySheet.get(sheetName) ?? new Set<string>();
      cells.add(`${at.row + 1},${at.column + 1}`);
      bySheet.set(sheetName, cells);
    }
    this.workbook.markInputCells(bySheet);
  }
}

/**
 * The add-in's sheets in the engine, from their ownership markers (one read of the names): a
 * marker refers to its sheet's A1 ("Inputs!$A$1" or "'My inputs'!$A$1"), so it follows a rename.
 */
function findSheets(model: Model, plan: WorkbookPlan): Partial<Record<SheetKey, number>> {
  const markers = new Map(model.getDefinedNameList().map((n) => [n.name, n.formula]));
  const names = model.getWorksheetsProperties().map((s) => s.name);
  const found: Partial<Record<SheetKey, number>> = {};
  for (const sheet of plan.sheets) {
    const formula = markers.get(ownershipMarkerName("SHEET", sheet.key));
    const bang = formula?.lastIndexOf("!") ?? -1;
    if (!formula || bang < 0) continue;
    const quoted = formula.slice(0, bang);
    const name = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    const index = names.indexOf(name);
    if (index >= 0) found[sheet.key] = index;
  }
  return found;
}

function notANumber(address: string, label: string): HostProblem {
  return {
    code: "damaged",
    message: `The input cell ${address} (${label}) does not hold a number.`,
    repair: "Type a number there, or move its slider to write one.",
  };
}

function nameTaken(name: string): HostProblem {
  return {
    code: "conflict",
    message: `A scenario named “${name}” is already in the scenarios table.`,
    repair: "Choose another name, or replace that scenario.",
  };
}

function tableFull(capacity: number): HostProblem {
  return {
    code: "conflict",
    message: `The scenarios table is full: the Compare sheet computes at most ${capacity} scenarios.`,
    repair: "Delete a scenario you no longer need, then save again.",
  };
}
