/**
 * Host code that loads on first use. The hosts import it with a dynamic import() so the task
 * pane's first load stays small (bench/bundles):
 * - the sharing controls: "Prepare for sharing" and "Restore add-in formulas" bring a formula
 *   tokenizer and the whole swap-out logic (about 20 KB gzipped) that an analyst needs rarely.
 *   The pane asks for the status soon after it opens, which fetches the code in the background
 *   once the pane is already usable;
 * - the Excel host itself with the workbook plan (every sheet's builder): the pane renders at
 *   once with hostOnDemand standing in, and the first read fetches the code (the pane's first
 *   scripts stay within their budget, bench/bundles);
 * - the Excel host's load path (src/excel/applyPlan.ts and what only it uses: reconcile,
 *   upgrade, survey, the writes): it runs only when the analyst loads or resets the article's
 *   figures, so the host prefetches it once the pane has painted (whenIdle).
 * A failed fetch (offline, the server went away) rejects that one call, which the pane shows as
 * a problem like any failed step, and is tried again on the next call, not remembered.
 */
import type { InputId } from "../model";
import {
  HostError,
  type AutoOpenControl,
  type SharingControls,
  type WorkbookHost,
  type WorkbookState,
} from "./host";
import { officeMessages } from "./messages/office";

/** Code fetched once: on the first `get`, or earlier by `prefetch`. */
export interface CodeOnDemand<T> {
  readonly get: () => Promise<T>;
  /** Fetches the code now, so the first use need not wait. A failure is left to that use. */
  readonly prefetch: () => void;
}

export function codeOnDemand<T>(load: () => Promise<T>): CodeOnDemand<T> {
  let loading: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return { get, prefetch: () => void get().catch(() => undefined) };
}

/**
 * A failed fetch of a step's code (webpack's ChunkLoadError: offline, or the server went away)
 * as a problem the analyst can act on. Nothing in the workbook changed: the code runs first.
 */
export function codeNotFetched(step: string, error: unknown): HostError {
  const detail = error instanceof Error && error.message ? error.message : undefined;
  return new HostError(officeMessages.codeNotFetched(step, detail));
}

/**
 * The sharing controls, fetched on their first use. A failed fetch is said as the load path's
 * is (codeNotFetched, "offline"), naming the step the analyst clicked, not as the workbook
 * answering wrongly: nothing reached the workbook, and the next click fetches again.
 */
export function sharingOnDemand(load: () => Promise<SharingControls>): SharingControls {
  const controls = codeOnDemand(load);
  const get = (step: string): Promise<SharingControls> =>
    controls.get().catch((error: unknown) => {
      throw error instanceof HostError ? error : codeNotFetched(step, error);
    });
  const steps = officeMessages.sharingSteps;
  return {
    status: async () => (await get(steps.status)).status(),
    prepareForSharing: async () => (await get(steps.prepare)).prepareForSharing(),
    restoreAddinFormulas: async () => (await get(steps.restore)).restoreAddinFormulas(),
  };
}

/**
 * Runs `task` when the browser is next idle (after the pane's first paint, which the pane's
 * start keeps busy), or within `timeoutMs` at the latest. Returns what cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200); // Safari's webview has no requestIdleCallback
  return () => clearTimeout(id);
}

/**
 * A WorkbookHost whose code is fetched on its first use (or by `prefetch`): every call waits
 * for it, then goes to the real host. A failed fetch rejects that call as codeNotFetched and the
 * next call fetches again. Listeners given before the host arrives are attached when it does;
 * `autoOpen` needs no host code, so it is given as it is.
 */
export function hostOnDemand(
  kind: string,
  load: () => Promise<WorkbookHost>,
  autoOpen?: AutoOpenControl
): WorkbookHost & { prefetch: () => void } {
  const host = codeOnDemand(load);
  const steps = officeMessages.hostSteps;
  const use = async <T>(step: string, call: (h: WorkbookHost) => Promise<T>): Promise<T> => {
    let real: WorkbookHost;
    try {
      real = await host.get();
    } catch (error) {
      throw error instanceof HostError ? error : codeNotFetched(step, error);
    }
    return call(real);
  };
  const sharing = sharingOnDemand(async () => {
    const real = await host.get();
    if (!real.sharing) throw new Error("this host has no sharing controls");
    return real.sharing;
  });
  return {
    kind,
    autoOpen,
    sharing,
    prefetch: host.prefetch,
    loadArticle: (options, onProgress) =>
      use(steps.load, (h) => h.loadArticle(options, onProgress)),
    readState: () => use(steps.read, (h) => h.readState()),
    writeInput: (id: InputId, value: number) => use(steps.write, (h) => h.writeInput(id, value)),
    // Every host behind it can (Excel's): the pane offers the seed and the count in Excel too.
    writeSimulation: (settings) =>
      use(steps.simulation, async (h) => {
        if (!h.writeSimulation) throw new Error("this host cannot write the Trials sheet");
        return h.writeSimulation(settings);
      }),
    listScenarios: () => use(steps.scenarios, (h) => h.listScenarios()),
    saveScenario: (scenario, options) =>
      use(steps.scenarios, (h) => h.saveScenario(scenario, options)),
    applyScenario: (name) => use(steps.scenarios, (h) => h.applyScenario(name)),
    renameScenario: (from, to) => use(steps.scenarios, (h) => h.renameScenario(from, to)),
    deleteScenario: (name) => use(steps.scenarios, (h) => h.deleteScenario(name)),
    onWorkbookChanged(listener: (state: WorkbookState) => void): () => void {
      let unsubscribe: (() => void) | undefined;
      let done = false;
      void host
        .get()
        .then((real) => {
          if (!done) unsubscribe = real.onWorkbookChanged(listener);
        })
        .catch(() => undefined); // the next call that needs the host says why it failed
      return () => {
        done = true;
        unsubscribe?.();
      };
    },
  };
}
