/**
 * Host code that loads on first use. The hosts import it with a dynamic import() so the task
 * pane's first load stays small (bench/bundles):
 * - the sharing controls: "Prepare for sharing" and "Restore add-in formulas" bring a formula
 *   tokenizer and the whole swap-out logic (about 20 KB gzipped) that an analyst needs rarely.
 *   The pane asks for the status soon after it opens, which fetches the code in the background
 *   once the pane is already usable;
 * - the Excel host's load path (src/excel/applyPlan.ts and what only it uses: reconcile,
 *   upgrade, survey, the writes): it runs only when the analyst loads or resets the article's
 *   figures, so the host prefetches it once the pane has painted (whenIdle).
 * A failed fetch (offline, the server went away) rejects that one call, which the pane shows as
 * a problem like any failed step, and is tried again on the next call, not remembered.
 */
import { HostError, type SharingControls } from "./host";
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
