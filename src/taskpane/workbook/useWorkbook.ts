/**
 * The workbook as the pane last saw it: the state read at start, replaced by every reply
 * (writes, applies, loads) and by every edit the analyst makes in the cells.
 *
 * The pane subscribes to `onWorkbookChanged` once, when it mounts, and unsubscribes when it
 * unmounts: a value typed into an input cell in Excel moves its slider.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { WorkbookHost, WorkbookState } from "../../workbook/host";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";

export interface WorkbookSlice {
  /** Undefined until the first read has answered. */
  readonly state: WorkbookState | undefined;
  /** Why the workbook could not be read, if it could not. */
  readonly readProblem: PaneProblem | undefined;
  /** Take a state the workbook returned (after a write, an apply, …). */
  readonly accept: (state: WorkbookState) => void;
  /** Read the workbook again (after a load). */
  readonly refresh: () => Promise<void>;
}

export function useWorkbook(host: WorkbookHost): WorkbookSlice {
  const [state, setState] = useState<WorkbookState>();
  const [readProblem, setReadProblem] = useState<PaneProblem>();
  const { whileMounted } = useMounted();

  const accept = useMemo(
    () =>
      whileMounted((next: WorkbookState) => {
        setState(next);
        setReadProblem(undefined);
      }),
    [whileMounted]
  );

  const refresh = useCallback(async () => {
    try {
      accept(await host.readState());
    } catch (error) {
      whileMounted(setReadProblem)(problemOf(error));
    }
  }, [host, accept, whileMounted]);

  useEffect(() => {
    const unsubscribe = host.onWorkbookChanged(accept);
    void refresh();
    return unsubscribe;
  }, [host, accept, refresh]);

  return { state, readProblem, accept, refresh };
}
