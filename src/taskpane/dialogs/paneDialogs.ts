/**
 * The pane's dialogs, loaded on demand (see onDemand.tsx): one chunk ("dialogs") holds them
 * all and Fluent's Dialog code, fetched when the browser is idle after the pane's first paint.
 */
import { onDemand } from "./onDemand";

const loadReset = () => import(/* webpackChunkName: "dialogs" */ "../load/ResetDialog");
const loadScenario = () => import(/* webpackChunkName: "dialogs" */ "../scenarios/ScenarioDialogs");

export const resetDialog = onDemand(() => loadReset().then((m) => m.ResetDialog));
export const renameDialog = onDemand(() => loadScenario().then((m) => m.RenameDialog));
export const deleteDialog = onDemand(() => loadScenario().then((m) => m.DeleteDialog));

/** Stable (a module function), so usePrefetch's effect runs once per component. */
export function prefetchDialogs(): void {
  for (const dialog of [resetDialog, renameDialog, deleteDialog]) dialog.prefetch();
}
