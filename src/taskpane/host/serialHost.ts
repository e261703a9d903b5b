/**
 * The pane's calls to the workbook, one at a time and in the order they were made.
 *
 * Why: each call is a batch against the workbook (an `Excel.run`). If a slider write and a
 * scenario apply overlapped, the later-started one could finish first and the pane would show
 * a state that is no longer the workbook's. Queuing them keeps the replies in order, so the
 * last reply the pane receives is always the workbook as it now is. A failed call does not
 * stop the queue.
 */
import type { WorkbookHost } from "../../workbook/host";

export function serialHost(host: WorkbookHost): WorkbookHost {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(call: () => Promise<T>): Promise<T> => {
    const result = tail.then(call, call);
    tail = result.catch(() => undefined);
    return result;
  };
  const { sharing } = host;
  return {
    kind: host.kind,
    loadArticle: (options, onProgress) => queued(() => host.loadArticle(options, onProgress)),
    readState: () => queued(() => host.readState()),
    writeInput: (id, value) => queued(() => host.writeInput(id, value)),
    ...(host.writeSimulation
      ? {
          writeSimulation: (settings) =>
            queued(() => host.writeSimulation?.(settings) ?? host.readState()),
        }
      : {}),
    listScenarios: () => queued(() => host.listScenarios()),
    saveScenario: (scenario, options) => queued(() => host.saveScenario(scenario, options)),
    applyScenario: (name) => queued(() => host.applyScenario(name)),
    renameScenario: (from, to) => queued(() => host.renameScenario(from, to)),
    deleteScenario: (name) => queued(() => host.deleteScenario(name)),
    // Events are not calls: they arrive whenever the analyst edits the workbook.
    onWorkbookChanged: (listener) => host.onWorkbookChanged(listener),
    // Prepare and restore rewrite cells: they queue like every other call.
    sharing: sharing && {
      status: () => queued(() => sharing.status()),
      prepareForSharing: () => queued(() => sharing.prepareForSharing()),
      restoreAddinFormulas: () => queued(() => sharing.restoreAddinFormulas()),
    },
    // The switch saves document settings, not cells: nothing it does can reorder a reply.
    autoOpen: host.autoOpen,
  };
}
