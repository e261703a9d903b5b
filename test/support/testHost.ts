/**
 * An in-memory WorkbookHost for component tests: it stands for the workbook, in tests only.
 *
 * Outputs come from src/model's evaluate(), turned into what a cell would hold (a number,
 * "never", or Excel's error text), so the pane under test shows real model results without
 * Excel. What a test can make the workbook do:
 * - refuse a load or a write with a HostProblem (conflict, protected, unsupported, …);
 * - hold a load between its steps, to see the progress;
 * - report damage (a hand-edited sheet) and lose an input's name;
 * - report unreadable rows of the scenarios table;
 * - have the analyst type into an input cell (listeners get the new state);
 * - count writeInput calls and listeners;
 * - lack the Sensitivity and Map sheets (an older layout); else their analysis is the model's;
 * - lack the Trials sheet; else its readings are src/model's simulate() for the inputs, the
 *   article's cases and shapes and the seed and count written (writeSimulation, which refuses
 *   as the hosts do), and a test can hold a simulation write to see the pane updating.
 */
import {
  DEFAULT_INPUTS,
  evaluate,
  INPUT_SPECS,
  isDomainError,
  OUTPUT_IDS,
  type InputId,
  type OutputId,
  type ScenarioInputs,
} from "../../src/model";
import {
  HostError,
  type AutoOpenControl,
  type CellReading,
  type HostProblem,
  type LoadProgress,
  type LoadSummary,
  type WorkbookHost,
  type SavedScenario,
  type ScenarioList,
  type SharingControls,
  type WorkbookState,
} from "../../src/workbook/host";
import { settingProblem } from "../../src/workbook/analysis/simulationSettings";
import type { SimulationSettings } from "../../src/workbook/analysis/simulationSettings";
import { modelAnalysis, TEST_SIMULATION_LIMITS } from "./modelAnalysis";

/** The steps a load reports, in order (as the Excel host's would, in spirit). */
export const TEST_LOAD_STEPS = [
  "Writing the article's figures",
  "Naming the inputs",
  "Writing the model",
  "Preparing the scenarios sheet",
] as const;

/** The sheets and names a first load creates, for the summary. */
const CREATED = ["Figures", "Inputs", "Model", "Scenarios", "Checks"];

export interface TestHostOptions {
  /** The article is in the workbook already (default true). */
  readonly loaded?: boolean;
  /** Input values that differ from the article's (the rest are the defaults). */
  readonly inputs?: Partial<ScenarioInputs>;
  readonly scenarios?: readonly SavedScenario[];
  /** Prepare / restore (e.g. a TestSharing from testSharing.ts); absent: the pane hides them. */
  readonly sharing?: SharingControls;
  /** The auto-open switch (e.g. a TestAutoOpen); absent: the pane says it is in Excel's pane. */
  readonly autoOpen?: AutoOpenControl;
  /** The Sensitivity and Map sheets are there (default true); false: a workbook of an older layout. */
  readonly analysis?: boolean;
  /** The Trials sheet is there (default true; false: layout 3). */
  readonly simulation?: boolean;
  /** Its seed and trial count (default the sheet's, 1 and 1,000). */
  readonly seed?: number;
  readonly trials?: number;
}

export interface WriteCall {
  readonly id: InputId;
  readonly value: number;
}

export class TestHost implements WorkbookHost {
  readonly kind = "test";
  readonly sharing: SharingControls | undefined;
  readonly autoOpen: AutoOpenControl | undefined;
  /** Every writeInput call, in order. */
  readonly writeCalls: WriteCall[] = [];
  /** How many times each method was called (for round-trip counts). */
  readonly calls: Record<keyof Omit<WorkbookHost, "kind" | "sharing" | "autoOpen">, number> = {
    loadArticle: 0,
    readState: 0,
    writeInput: 0,
    writeSimulation: 0,
    listScenarios: 0,
    saveScenario: 0,
    applyScenario: 0,
    renameScenario: 0,
    deleteScenario: 0,
    onWorkbookChanged: 0,
  };
  /** Warnings the next loads report (e.g. LAMBDA twins skipped). */
  loadWarnings: string[] = [];

  private loaded: boolean;
  private readonly analysis: boolean;
  private readonly simulation: boolean;
  private seed: number;
  private trials: number;
  /** Every writeSimulation call, in order. */
  readonly simulationCalls: SimulationSettings[] = [];
  private heldSimulation: Promise<void> | undefined;
  private inputs: ScenarioInputs;
  private scenarios: SavedScenario[];
  private readonly missingInputs = new Set<InputId>();
  private damage: HostProblem[] = [];
  private scenarioProblems: HostProblem[] = [];
  private readonly listeners = new Set<(state: WorkbookState) => void>();
  private nextLoadFailure: HostProblem | undefined;
  private nextWriteFailure: HostProblem | undefined;
  private held: { promise: Promise<void>; release: () => void } | undefined;

  constructor(options: TestHostOptions = {}) {
    this.loaded = options.loaded ?? true;
    this.analysis = options.analysis ?? true;
    this.simulation = options.simulation ?? true;
    this.seed = options.seed ?? 1;
    this.trials = options.trials ?? 1_000;
    this.inputs = { ...DEFAULT_INPUTS, ...options.inputs };
    this.scenarios = [...(options.scenarios ?? [])];
    this.sharing = options.sharing;
    this.autoOpen = options.autoOpen;
  }

  // ---- What a test makes the workbook do ----

  /** The next load is refused with this problem; nothing changes. */
  failNextLoad(problem: HostProblem): void {
    this.nextLoadFailure = problem;
  }

  /** The next write is refused with this problem; nothing changes. */
  failNextWrite(problem: HostProblem): void {
    this.nextWriteFailure = problem;
  }

  /** Simulation writes wait until `release()` is called (the pane shows it is updating). */
  holdSimulationWrites(): () => void {
    let release = (): void => undefined;
    this.heldSimulation = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.heldSimulation = undefined;
      release();
    };
  }

  /** The analyst typed a seed into Trials!B4 in Excel: listeners hear of it. */
  typeSeedInCell(seed: number): void {
    this.seed = seed;
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }

  /** Loads stop after their first step until `release()` is called. */
  holdLoads(): () => void {
    let release = (): void => undefined;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = { promise, release };
    return () => {
      this.held = undefined;
      release();
    };
  }

  /** An add-in sheet edited by hand: the state reports this problem from now on. */
  reportDamage(problem: HostProblem): void {
    this.damage.push(problem);
  }

  /** The analyst deleted an input's name: the input cannot be read or written. */
  deleteInputName(id: InputId): void {
    this.missingInputs.add(id);
  }

  /** Rows of the scenarios table that cannot be read (the list still gives the rest). */
  reportScenarioProblem(problem: HostProblem): void {
    this.scenarioProblems.push(problem);
  }

  /** The analyst deleted a row of the scenarios table by hand (the pane is not told). */
  deleteScenarioRow(name: string): void {
    this.scenarios = this.scenarios.filter((s) => s.name !== name);
  }

  /** The analyst typed into an input cell in Excel: listeners hear of it. */
  typeInCell(id: InputId, value: number): void {
    this.inputs = { ...this.inputs, [id]: value };
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** What the workbook holds now (for assertions). */
  get currentInputs(): ScenarioInputs {
    return { ...this.inputs };
  }

  get savedScenarios(): readonly SavedScenario[] {
    return [...this.scenarios];
  }

  // ---- WorkbookHost ----

  async loadArticle(
    options: { resetInputs: boolean },
    onProgress?: LoadProgress
  ): Promise<LoadSummary> {
    this.calls.loadArticle += 1;
    const failure = this.nextLoadFailure;
    this.nextLoadFailure = undefined;
    if (failure) throw new HostError(failure);
    for (const [index, step] of TEST_LOAD_STEPS.entries()) {
      onProgress?.(step);
      if (index === 0 && this.held) await this.held.promise;
      await Promise.resolve();
    }
    const first = !this.loaded;
    const restored = [...this.missingInputs];
    const edited = INPUT_SPECS.filter((s) => this.inputs[s.id] !== DEFAULT_INPUTS[s.id]).map(
      (s) => s.id
    );
    if (first || options.resetInputs) this.inputs = { ...DEFAULT_INPUTS };
    for (const id of restored) this.inputs = { ...this.inputs, [id]: DEFAULT_INPUTS[id] };
    this.missingInputs.clear();
    this.loaded = true;
    return {
      created: first ? [...CREATED] : restored,
      updated: first ? [] : ["Figures", "Model"],
      kept: first || options.resetInputs ? [] : edited,
      warnings: [...this.loadWarnings],
    };
  }

  async readState(): Promise<WorkbookState> {
    this.calls.readState += 1;
    return this.state();
  }

  async writeInput(id: InputId, value: number): Promise<WorkbookState> {
    this.calls.writeInput += 1;
    this.writeCalls.push({ id, value });
    const failure = this.nextWriteFailure;
    this.nextWriteFailure = undefined;
    if (failure) throw new HostError(failure);
    if (!this.loaded) throw new HostError(NOT_LOADED);
    if (this.missingInputs.has(id)) throw new HostError(missingName(id));
    this.inputs = { ...this.inputs, [id]: value };
    return this.state();
  }

  async writeSimulation(settings: SimulationSettings): Promise<WorkbookState> {
    this.calls.writeSimulation += 1;
    this.simulationCalls.push({ ...settings });
    const failure = this.nextWriteFailure;
    this.nextWriteFailure = undefined;
    if (failure) throw new HostError(failure);
    if (!this.loaded) throw new HostError(NOT_LOADED);
    for (const which of ["seed", "trials"] as const) {
      const value = settings[which];
      const problem =
        value === undefined ? undefined : settingProblem(TEST_SIMULATION_LIMITS, which, value);
      if (problem) throw problem;
    }
    if (this.heldSimulation) await this.heldSimulation;
    this.seed = settings.seed ?? this.seed;
    this.trials = settings.trials ?? this.trials;
    return this.state();
  }

  async listScenarios(): Promise<ScenarioList> {
    this.calls.listScenarios += 1;
    return this.list();
  }

  async saveScenario(
    scenario: SavedScenario,
    options?: { replace?: boolean }
  ): Promise<ScenarioList> {
    this.calls.saveScenario += 1;
    const index = this.indexOf(scenario.name);
    if (index >= 0 && !options?.replace) throw new HostError(nameTaken(scenario.name));
    const copy = { ...scenario, inputs: { ...scenario.inputs } };
    if (index >= 0) this.scenarios[index] = copy;
    else this.scenarios.push(copy);
    return this.list();
  }

  async applyScenario(name: string): Promise<WorkbookState> {
    this.calls.applyScenario += 1;
    const scenario = this.scenarios[this.found(name)];
    if (scenario) this.inputs = { ...scenario.inputs };
    return this.state();
  }

  async renameScenario(from: string, to: string): Promise<ScenarioList> {
    this.calls.renameScenario += 1;
    const index = this.found(from);
    const other = this.indexOf(to);
    if (other >= 0 && other !== index) throw new HostError(nameTaken(to));
    const scenario = this.scenarios[index];
    if (scenario) this.scenarios[index] = { ...scenario, name: to };
    return this.list();
  }

  async deleteScenario(name: string): Promise<ScenarioList> {
    this.calls.deleteScenario += 1;
    this.scenarios.splice(this.found(name), 1);
    return this.list();
  }

  onWorkbookChanged(listener: (state: WorkbookState) => void): () => void {
    this.calls.onWorkbookChanged += 1;
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ---- The workbook's state, as a host would read it ----

  private state(): WorkbookState {
    if (!this.loaded) return { loaded: false, inputs: {}, outputs: {}, problems: [] };
    const inputs: Partial<Record<InputId, number>> = {};
    for (const spec of INPUT_SPECS) {
      if (!this.missingInputs.has(spec.id)) inputs[spec.id] = this.inputs[spec.id];
    }
    return {
      loaded: true,
      inputs,
      outputs: this.outputs(),
      problems: [...[...this.missingInputs].map(missingName), ...this.damage],
      ...(this.analysis
        ? {
            analysis: modelAnalysis(
              this.inputs,
              this.simulation ? { seed: this.seed, trials: this.trials } : null
            ),
          }
        : {}),
    };
  }

  /**
   * Every output as its cell would show it. With an input name deleted, every output shows
   * #NAME? (a simplification: in the workbook only formulas that use that name would).
   */
  private outputs(): Partial<Record<OutputId, CellReading>> {
    const outputs: Partial<Record<OutputId, CellReading>> = {};
    const values = evaluate(this.inputs);
    for (const id of OUTPUT_IDS) {
      const value = values[id];
      outputs[id] =
        this.missingInputs.size > 0 ? "#NAME?" : isDomainError(value) ? value.excelText : value;
    }
    return outputs;
  }

  private list(): ScenarioList {
    return {
      scenarios: this.scenarios.map((s) => ({ ...s, inputs: { ...s.inputs } })),
      problems: [...this.scenarioProblems],
    };
  }

  private indexOf(name: string): number {
    const key = name.trim().toLocaleLowerCase();
    return this.scenarios.findIndex((s) => s.name.trim().toLocaleLowerCase() === key);
  }

  private found(name: string): number {
    const index = this.indexOf(name);
    if (index < 0) {
      throw new HostError({
        code: "damaged",
        message: `There is no scenario named “${name}” in the scenarios table.`,
        repair:
          "It may have been deleted or renamed in the workbook; the list now shows what the table holds.",
      });
    }
    return index;
  }
}

const NOT_LOADED: HostProblem = {
  code: "not-loaded",
  message: "The article's figures are not in this workbook yet.",
  repair: "Choose “Load the article's figures” first.",
};

function missingName(id: InputId): HostProblem {
  return {
    code: "damaged",
    message: `The input name ${id} is missing from the workbook.`,
    repair: "Choose “Load the article's figures” to create it again; your other inputs are kept.",
  };
}

function nameTaken(name: string): HostProblem {
  return {
    code: "conflict",
    message: `A scenario named “${name}” is already in the scenarios table.`,
    repair: "Choose another name, or delete the other scenario first.",
  };
}

/** Problems an Excel host reports, for tests of the messages the pane shows. */
export const SAMPLE_PROBLEMS = {
  conflict: {
    code: "conflict",
    message: "A sheet named “Inputs” already exists and is not the add-in's.",
    repair: "Rename or move your “Inputs” sheet, then load again.",
  },
  protected: {
    code: "protected",
    message: "The sheet “Model” is protected, so the add-in cannot write to it.",
    repair: "Unprotect it (Review › Unprotect Sheet), then load again.",
  },
  unsupported: {
    code: "unsupported",
    message: "This version of Excel lacks an API the load needs (ExcelApi 1.9).",
    repair: "Update Excel, or use Excel on the web.",
  },
  damagedColumn: {
    code: "damaged",
    message: "The Figures table has lost its “high” column.",
    repair: "Choose “Load the article's figures” to rebuild it; your inputs are kept.",
  },
  textInNumberCell: {
    code: "damaged",
    message: "Row 3 of the scenarios table has text in a number cell (Funding round).",
    repair: "Type a number there, or delete the row; the other scenarios are listed.",
  },
  duplicateScenario: {
    code: "damaged",
    message: "Two rows of the scenarios table are named “Base”.",
    repair: "Rename one of them in the Scenarios sheet; only the first is listed.",
  },
} as const satisfies Record<string, HostProblem>;
