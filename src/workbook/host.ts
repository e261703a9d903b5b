/**
 * The host interface: everything the task pane may ask of a workbook. Implemented by
 * src/excel/ (Office.js, in Excel) and src/preview/ (IronCalc, in the browser); the task
 * pane's components talk only to this, never to Office.js.
 *
 * Numbers the pane shows come from here: outputs are read back from the workbook's own
 * cells after every change, never recomputed in the pane.
 */
import type { InputId, OutputId, ScenarioInputs } from "../model";
import type { AnalysisReadings } from "./analysis/readings";
import type { SimulationSettings } from "./analysis/simulationSettings";

/** A computed cell as the workbook holds it: a number, "never", or Excel's error text ("#NUM!"). */
export type CellReading = number | string;

/** Something the analyst must know or do; `repair` says what to do about it. */
export interface HostProblem {
  readonly code:
    | "conflict" // a sheet, table or name of the add-in's is taken by the user's
    | "protected" // a sheet the add-in must write is protected
    | "unsupported" // the Excel running lacks an API the step needs
    | "damaged" // an add-in sheet was edited by hand (missing column, text in a number cell, …)
    | "not-loaded" // the article's figures are not in this workbook yet
    | "offline" // the add-in's code for a step could not be fetched from its server
    | "invalid-input"; // a value outside the model's range
  readonly message: string;
  readonly repair: string;
}

/** Thrown (rejected) by a host when a step cannot be done at all; nothing was changed. */
export class HostError extends Error {
  constructor(readonly problem: HostProblem) {
    super(problem.message);
    this.name = "HostError";
  }
}

/** What a load did, for the summary the pane shows. Names are as the workbook shows them. */
export interface LoadSummary {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** Analyst edits kept as they were (e.g. input values when not resetting). */
  readonly kept: readonly string[];
  /** Steps skipped with a reason, e.g. LAMBDA twins in an Excel without them. */
  readonly warnings: readonly string[];
  /** The layout an older workbook had before this load upgraded it (see src/workbook/layouts.ts). */
  readonly upgradedFrom?: number;
}

export interface WorkbookState {
  /** False until the article's figures have been loaded into this workbook. */
  readonly loaded: boolean;
  /** The named input cells; an input missing or not numeric is absent and named in problems. */
  readonly inputs: Partial<Record<InputId, number>>;
  readonly outputs: Partial<Record<OutputId, CellReading>>;
  /** Damage found while reading (hand edits), each with its repair. */
  readonly problems: readonly HostProblem[];
  /**
   * The Sensitivity and Map sheets' results, read in the same round trip as the outputs;
   * absent before a load and for a workbook of a layout without those sheets.
   */
  readonly analysis?: AnalysisReadings;
}

export interface SavedScenario {
  readonly name: string;
  readonly note: string;
  readonly inputs: ScenarioInputs;
}

export interface ScenarioList {
  readonly scenarios: readonly SavedScenario[];
  /** Rows that could not be read (empty or duplicate name, text in a number cell, …). */
  readonly problems: readonly HostProblem[];
}

export type LoadProgress = (step: string) => void;

/**
 * "Prepare for sharing" (like @RISK's swap-out): every formula in the workbook that calls an
 * AICOST.* custom function is rewritten to its portable LAMBDA twin or a native equivalent, or
 * frozen to its current value where neither exists; a record kept in the workbook lets
 * "Restore add-in formulas" put every one back exactly. Nothing else is touched.
 */
export interface SharingReport {
  /** Cells rewritten, in all (= toTwin + toNative + frozen). */
  readonly changed: number;
  readonly toTwin: number;
  readonly toNative: number;
  readonly frozen: number;
  /** The sheet that keeps the record (as the workbook shows its name), or null if nothing changed. */
  readonly recordSheet: string | null;
  /** One line per frozen cell and anything else the analyst should know ("Sheet1!B4: frozen, …"). */
  readonly notes: readonly string[];
}

export interface RestoreReport {
  /** Cells given back their AICOST.* formula. */
  readonly restored: number;
  /** Cells edited since they were prepared, left as they are ("Sheet1!B4: …"). */
  readonly leftAlone: readonly string[];
  /** Anything else the analyst should know (e.g. the record sheet kept for what they added to it). */
  readonly notes?: readonly string[];
}

export interface SharingStatus {
  /** The workbook holds a record of prepared cells (so "Restore add-in formulas" has work). */
  readonly prepared: boolean;
  /** Cells in that record. */
  readonly preparedCells: number;
}

export interface SharingControls {
  status(): Promise<SharingStatus>;
  prepareForSharing(): Promise<SharingReport>;
  restoreAddinFormulas(): Promise<RestoreReport>;
}

/**
 * "Open this pane for everyone who opens this workbook": Office's documented auto-open document
 * setting (with the manifest's TaskpaneId) and the shared runtime set to load with the document.
 */
export interface AutoOpenControl {
  isOn(): Promise<boolean>;
  /** Rejects with a HostError (nothing changed) when Excel cannot save the setting. */
  set(on: boolean): Promise<void>;
}

export interface WorkbookHost {
  /** "excel", "preview" or "test": for wording only, never for behaviour. */
  readonly kind: string;
  /** Build or update the add-in's sheets; keeps input edits unless resetInputs. */
  loadArticle(options: { resetInputs: boolean }, onProgress?: LoadProgress): Promise<LoadSummary>;
  readState(): Promise<WorkbookState>;
  /** Write one input and read the outputs back, in one round trip. */
  writeInput(id: InputId, value: number): Promise<WorkbookState>;
  /**
   * Write the Trials sheet's seed and/or trial count and read everything back, in one round
   * trip, as writeInput does; a value the plan's limits refuse is a HostError and nothing is
   * written (src/workbook/analysis/simulationSettings.ts). Absent where a host cannot.
   */
  writeSimulation?(settings: SimulationSettings): Promise<WorkbookState>;
  listScenarios(): Promise<ScenarioList>;
  /** Save the current inputs (or replace the scenario of the same name when `replace`). */
  saveScenario(scenario: SavedScenario, options?: { replace?: boolean }): Promise<ScenarioList>;
  applyScenario(name: string): Promise<WorkbookState>;
  renameScenario(from: string, to: string): Promise<ScenarioList>;
  deleteScenario(name: string): Promise<ScenarioList>;
  /** Called when the analyst edits the workbook (an input typed in a cell); returns the unsubscribe. */
  onWorkbookChanged(listener: (state: WorkbookState) => void): () => void;
  /** Prepare for sharing / restore; absent where the host cannot do it (the pane hides it). */
  readonly sharing?: SharingControls;
  /** The auto-open switch; absent outside Excel (the pane explains instead). */
  readonly autoOpen?: AutoOpenControl;
}
