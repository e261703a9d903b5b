/**
 * "Prepare for sharing" and "Restore add-in formulas": the record's status (read when the pane
 * opens and after every action), the action on its way, its report, or why it failed.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type {
  RestoreReport,
  SharingControls,
  SharingReport,
  SharingStatus,
} from "../../workbook/host";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";

export type SharingAction = "prepare" | "restore";

/** What the last action did, for the report. */
export type SharingOutcome =
  | { readonly kind: "prepared"; readonly report: SharingReport }
  | { readonly kind: "restored"; readonly report: RestoreReport };

export interface SharingSlice {
  /** Undefined until first read (or when it could not be read: `problem` says why). */
  readonly status: SharingStatus | undefined;
  /** The action on its way: its buttons ignore clicks meanwhile. */
  readonly busy: SharingAction | undefined;
  readonly outcome: SharingOutcome | undefined;
  readonly problem: PaneProblem | undefined;
  readonly prepare: () => Promise<void>;
  readonly restore: () => Promise<void>;
  readonly dismiss: () => void;
}

export function useSharing(controls: SharingControls): SharingSlice {
  const [status, setStatus] = useState<SharingStatus>();
  const [busy, setBusy] = useState<SharingAction>();
  const [outcome, setOutcome] = useState<SharingOutcome>();
  const [problem, setProblem] = useState<PaneProblem>();
  const { whileMounted } = useMounted();
  const running = useRef(false);

  /** Reads the record's status; a failure is shown unless a problem is on screen already. */
  const refresh = useCallback(async () => {
    try {
      whileMounted(setStatus)(await controls.status());
    } catch (error) {
      whileMounted(setProblem)((shown) => shown ?? problemOf(error));
    }
  }, [controls, whileMounted]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = useCallback(
    async (action: SharingAction, call: () => Promise<SharingOutcome>) => {
      if (running.current) return;
      running.current = true;
      setBusy(action);
      setOutcome(undefined);
      setProblem(undefined);
      try {
        whileMounted(setOutcome)(await call());
      } catch (error) {
        whileMounted(setProblem)(problemOf(error));
      } finally {
        // Whatever happened, show the record as the workbook now holds it.
        await refresh();
        running.current = false;
        whileMounted(setBusy)(undefined);
      }
    },
    [refresh, whileMounted]
  );

  const prepare = useCallback(
    () =>
      run("prepare", async () => ({
        kind: "prepared",
        report: await controls.prepareForSharing(),
      })),
    [run, controls]
  );

  const restore = useCallback(
    () =>
      run("restore", async () => ({
        kind: "restored",
        report: await controls.restoreAddinFormulas(),
      })),
    [run, controls]
  );

  const dismiss = useCallback(() => {
    setOutcome(undefined);
    setProblem(undefined);
  }, []);

  return { status, busy, outcome, problem, prepare, restore, dismiss };
}
