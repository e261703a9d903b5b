/**
 * The WorkbookHost in Excel: the task pane's one way into the workbook, over Office.js.
 *
 * Round trips (context.sync calls) per call, whatever the size of the workbook:
 * - writeInput: 1 (write the input cell and read every named input and output, and the
 *   Sensitivity, Map and Trials sheets' results, in one batch); writeSimulation: 1 likewise;
 * - readState: 1 (2 more only when a name is missing, to say which: an older layout's
 *   workbook, without the analysis names, the first time only);
 * - listScenarios: 1; save / apply / rename / delete a scenario: 2 (read the table, then write
 *   and read back in one batch);
 * - loadArticle: 2 or 3 (applyPlan.ts, whose code is fetched on first use: onDemand.ts).
 * Named cells are reached through their defined names (in_…, out_…), so they are found
 * wherever the analyst moved or renamed the add-in's sheets. The scenarios table is reached
 * through its ownership marker, which follows its header row.
 */
import type { InputId } from "../model";
import {
  HostError,
  type AutoOpenControl,
  type LoadProgress,
  type LoadSummary,
  type WorkbookHost,
  type SavedScenario,
  type ScenarioList,
  type SharingControls,
  type WorkbookState,
} from "../workbook/host";
import { planInputs, type PlanTable, type WorkbookPlan } from "../workbook/plan";
import type { loadArticle } from "./applyPlan";
import { ChangeWatcher, type ExcelRunner } from "./changeEvents";
import type { PlanMaker } from "../workbook/load/decision";
import { officeMessages } from "../workbook/messages";
import { EXCEL_ERROR, hostErrorFrom, officeErrorCode } from "./officeErrors";
import { requiredExcelApi, type Requirements } from "./requirements";
import {
  codeNotFetched,
  codeOnDemand,
  sharingOnDemand,
  type CodeOnDemand,
} from "../workbook/onDemand";
import { MISSING_TABLE } from "../workbook/messages/scenarios";
import {
  checkScenario,
  deleteWrites,
  renameWrites,
  saveWrites,
  scenarioNamed,
  type CellWrite,
  type ScenarioTable,
} from "../workbook/scenarios";
import { checkInputValue, stateFromReadings } from "../workbook/state";
import { analysisNames, type AnalysisName } from "../workbook/analysis/readings";
import { simulationWrites, type SimulationSettings } from "../workbook/analysis/simulationSettings";
import { trialsMessages } from "../workbook/messages/trials";
import {
  anythingLoaded,
  diagnoseState,
  namedRange,
  queueNamedReads,
  queueScenarioRead,
  scenarioRanges,
} from "./workbookReads";

export interface ExcelHostOptions {
  readonly runner: ExcelRunner;
  readonly requirements: Requirements;
  readonly makePlan: PlanMaker;
  /** Edits typed within this many milliseconds are read once (default 50). */
  readonly changeDelayMs?: number;
  /** The analyst's auto-open switch (autoOpen.ts); absent in tests that do not need it. */
  readonly autoOpen?: AutoOpenControl;
  /**
   * Fetches the load path's code (applyPlan.ts and what only it uses). Default: a chunk of its
   * own, fetched on first use; tests pass one that fails, as a pane gone offline would.
   */
  readonly fetchLoadPath?: () => Promise<LoadPath>;
  /** Fetches the sharing code (sharing.ts), as fetchLoadPath does the load path's. */
  readonly fetchSharing?: () => Promise<typeof import("./sharing")>;
}

/** What a load or reset runs: not in the task pane's first scripts (src/workbook/onDemand.ts). */
export interface LoadPath {
  readonly loadArticle: typeof loadArticle;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel";
  /** Only the analyst turns it on (the pane's Sharing section); a load never does. */
  readonly autoOpen: AutoOpenControl | undefined;
  /** Prepare for sharing / restore add-in formulas (sharing.ts). */
  readonly sharing: SharingControls;
  private readonly plan: WorkbookPlan;
  private readonly scenariosTable: PlanTable;
  private readonly watcher: ChangeWatcher;
  private readonly loadPath: CodeOnDemand<LoadPath>;
  /**
   * The Sensitivity and Map names this workbook has, read with the outputs. Unknown (undefined)
   * until a read finds out or a load writes them: an older layout has none, and asking Excel
   * for a name that is not there fails the whole batch, so a slider change asks only for the
   * names known to be there.
   */
  private analysisHere: readonly AnalysisName[] | undefined;

  constructor(private readonly options: ExcelHostOptions) {
    // Defined names and the scenarios marker do not depend on sheet names: the default plan
    // gives every name the host reads or writes.
    this.plan = options.makePlan({});
    this.autoOpen = options.autoOpen;
    const fetchSharing = options.fetchSharing ?? (() => import("./sharing"));
    this.sharing = sharingOnDemand(async () => {
      const { ExcelSharing } = await fetchSharing();
      return new ExcelSharing(options.runner, options.requirements);
    });
    const fetchLoadPath =
      options.fetchLoadPath ?? (() => import(/* webpackChunkName: "load" */ "./applyPlan"));
    this.loadPath = codeOnDemand(() =>
      fetchLoadPath().catch((error: unknown) => {
        throw codeNotFetched("load the article's figures", error);
      })
    );
    const table = this.plan.tables.find((t) => t.key === "scenarios");
    if (!table) throw new Error("The plan has no scenarios table");
    this.scenariosTable = table;
    this.watcher = new ChangeWatcher({
      runner: options.runner,
      requirements: options.requirements,
      inputName: planInputs(this.plan)[0]?.name ?? "",
      readState: () => this.readState(),
      delayMs: options.changeDelayMs ?? 50,
    });
  }

  async loadArticle(
    options: { resetInputs: boolean },
    onProgress?: LoadProgress
  ): Promise<LoadSummary> {
    const required = requiredExcelApi();
    if (!this.options.requirements.isSetSupported("ExcelApi", required)) {
      throw new HostError(officeMessages.tooOld(required));
    }
    // The code first, outside Excel.run: no batch waits on the network, and a failed fetch is
    // its own problem, never taken for an Excel error. Prefetched, it is usually here already.
    const { loadArticle } = await this.loadPath.get();
    this.analysisHere = undefined;
    const summary = await this.excel("load the article's figures", (context) =>
      loadArticle(context, this.options.makePlan, {
        resetInputs: options.resetInputs,
        requirements: this.options.requirements,
        ...(onProgress ? { onProgress } : {}),
      })
    );
    this.analysisHere = analysisNames(this.plan); // the load wrote the current layout's names
    await this.watcher.refresh();
    return summary;
  }

  async readState(): Promise<WorkbookState> {
    return this.excel("read the inputs and results", async (context) => {
      const analysis = this.analysisHere ?? analysisNames(this.plan);
      const read = queueNamedReads(context, this.plan, undefined, analysis);
      try {
        await context.sync();
      } catch {
        // A name is missing or broken: find out which, and read the rest.
        const { state, analysisHere } = await diagnoseState(context, this.plan, analysis);
        this.analysisHere = analysisHere;
        return state;
      }
      this.analysisHere = analysis;
      return stateFromReadings(this.plan, read());
    });
  }

  async writeInput(id: InputId, value: number): Promise<WorkbookState> {
    const cell = checkInputValue(this.plan, id, value);
    return this.onLoaded(`write "${cell.label}"`, async (context) => {
      namedRange(context, cell.name).values = [[value]];
      const read = queueNamedReads(context, this.plan, undefined, this.analysisHere ?? []);
      await context.sync(); // the one round trip: the write, and every input and output read back
      return stateFromReadings(this.plan, read());
    });
  }

  async writeSimulation(settings: SimulationSettings): Promise<WorkbookState> {
    const writes = simulationWrites(this.plan, settings);
    return this.onLoaded(officeMessages.hostSteps.simulation, async (context) => {
      for (const { cell, value } of writes) namedRange(context, cell.name).values = [[value]];
      const read = queueNamedReads(context, this.plan, undefined, this.analysisHere ?? []);
      try {
        await context.sync(); // one round trip, as a slider's write
      } catch (error) {
        // Loaded, but no sim_ names: a workbook of an older layout (nothing was written).
        if (officeErrorCode(error) === EXCEL_ERROR.itemNotFound && (await anythingLoaded(context)))
          throw new HostError(trialsMessages.noTrialsSheet);
        throw error;
      }
      return stateFromReadings(this.plan, read());
    });
  }

  async listScenarios(): Promise<ScenarioList> {
    return this.excel("read the saved scenarios", async (context) => {
      const read = queueScenarioRead(context, this.plan, this.scenariosTable);
      try {
        await context.sync();
      } catch {
        // Nothing loaded yet is no problem; a loaded workbook without the table is damaged.
        if (!(await anythingLoaded(context))) return { scenarios: [], problems: [] };
        return { scenarios: [], problems: [MISSING_TABLE] };
      }
      return read().list;
    });
  }

  async saveScenario(
    scenario: SavedScenario,
    options?: { replace?: boolean }
  ): Promise<ScenarioList> {
    const checked = checkScenario(scenario);
    return this.changeScenarios(`save the scenario "${checked.name}"`, (table) =>
      saveWrites(table, checked, options)
    );
  }

  async applyScenario(name: string): Promise<WorkbookState> {
    return this.onLoaded(`apply the scenario "${name}"`, async (context) => {
      const { scenario } = scenarioNamed(await this.readTable(context), name);
      for (const { id, name } of planInputs(this.plan)) {
        const value = scenario.inputs[id] as number | undefined;
        if (value !== undefined) namedRange(context, name).values = [[value]];
      }
      const state = queueNamedReads(context, this.plan, undefined, this.analysisHere ?? []);
      await context.sync();
      return stateFromReadings(this.plan, state());
    });
  }

  async renameScenario(from: string, to: string): Promise<ScenarioList> {
    return this.changeScenarios(`rename the scenario "${from}"`, (table) =>
      renameWrites(table, from, to)
    );
  }

  async deleteScenario(name: string): Promise<ScenarioList> {
    return this.changeScenarios(`delete the scenario "${name}"`, (table) =>
      deleteWrites(table, name)
    );
  }

  /** Fetches the load path's code now (once the pane has painted), so a load need not wait. */
  prefetchLoadPath(): void {
    this.loadPath.prefetch();
  }

  onWorkbookChanged(listener: (state: WorkbookState) => void): () => void {
    return this.watcher.subscribe(listener);
  }

  /** Resolves once the change handler is registered or removed as asked (tests, and the pane's teardown). */
  changesSettled(): Promise<void> {
    return this.watcher.settled();
  }

  /* Office.js, kept to the few calls below. */

  private excel<T>(step: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.options.runner.run(batch).catch((error: unknown) => {
      throw hostErrorFrom(error, step);
    });
  }

  /**
   * A step on the add-in's cells: when a name it needs is not found, tell "not loaded yet" (no
   * marker at all: load the article first) from "damaged" (loaded, then edited by hand).
   */
  private onLoaded<T>(
    step: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    return this.excel(step, async (context) => {
      try {
        return await batch(context);
      } catch (error) {
        if (
          officeErrorCode(error) === EXCEL_ERROR.itemNotFound &&
          !(await anythingLoaded(context))
        ) {
          throw new HostError(officeMessages.notLoadedYet);
        }
        throw error;
      }
    });
  }

  /**
   * The scenarios table, in one sync. A loaded workbook without it (its header's marker gone)
   * is told as the preview tells it; anything else goes to onLoaded (not loaded yet, …).
   */
  private async readTable(context: Excel.RequestContext): Promise<ScenarioTable> {
    const read = queueScenarioRead(context, this.plan, this.scenariosTable);
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === EXCEL_ERROR.itemNotFound && (await anythingLoaded(context)))
        throw new HostError(MISSING_TABLE);
      throw error;
    }
    return read();
  }

  /** Read the table, decide the cells to write (pure), write them and read the table back: 2 syncs. */
  private changeScenarios(
    step: string,
    decide: (table: ScenarioTable) => readonly CellWrite[]
  ): Promise<ScenarioList> {
    return this.onLoaded(step, async (context) => {
      const writes = decide(await this.readTable(context));
      const { body } = scenarioRanges(context, this.plan);
      for (const w of writes) body.getCell(w.row, w.column).values = [[w.value]];
      const after = queueScenarioRead(context, this.plan, this.scenariosTable);
      await context.sync();
      return after().list;
    });
  }
}
