/**
 * The Trials part's seed and trial count: a typed value is checked with the hosts' own rule
 * (simulationSettings.ts) and written when the analyst presses Enter or leaves the field. As
 * the sliders' InputWriter does, one write is in flight at a time; while it is, only the newest
 * value of each waits, and goes as soon as it ends. Every reply is the workbook's state, taken
 * as the pane's (the statistics follow); until the last reply, the part says it is updating.
 */
import { useCallback, useRef, useState } from "react";
import {
  settingProblem,
  type SimulationLimits,
  type SimulationSettings,
} from "../../workbook/analysis/simulationSettings";
import type { WorkbookHost, WorkbookState } from "../../workbook/host";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";
import { typedNumber } from "./trialsText";

export type SettingKey = keyof SimulationSettings;

export interface TrialsSlice {
  /** The host can write them (every host of the pane can; a test host may not). */
  readonly canWrite: boolean;
  /** A write is in flight or waiting: the statistics belong to the values before. */
  readonly writing: boolean;
  /** Why the last write failed (the workbook refused it, or could not be reached). */
  readonly problem: PaneProblem | undefined;
  /**
   * Checks a typed value against the limits and, when it may go, writes it (unless it is the
   * workbook's already). Returns why it was refused (nothing written), or undefined.
   */
  readonly commit: (
    which: SettingKey,
    text: string,
    limits: SimulationLimits,
    current: number | string
  ) => string | undefined;
}

export function useTrials(
  host: WorkbookHost | undefined,
  accept: ((state: WorkbookState) => void) | undefined
): TrialsSlice {
  const { whileMounted, isMounted } = useMounted();
  const [writing, setWriting] = useState(false);
  const [problem, setProblem] = useState<PaneProblem>();
  const waiting = useRef<SimulationSettings>({});
  const inFlight = useRef(false);

  const pump = useCallback(async () => {
    if (inFlight.current || !host?.writeSimulation) return;
    inFlight.current = true;
    try {
      while (Object.keys(waiting.current).length > 0 && isMounted()) {
        const settings = waiting.current;
        waiting.current = {};
        try {
          const state = await host.writeSimulation(settings);
          whileMounted(() => {
            accept?.(state);
            setProblem(undefined);
          })();
        } catch (error) {
          whileMounted(setProblem)(problemOf(error));
        }
      }
    } finally {
      inFlight.current = false;
      whileMounted(setWriting)(false);
    }
  }, [host, accept, whileMounted, isMounted]);

  const commit = useCallback(
    (which: SettingKey, text: string, limits: SimulationLimits, current: number | string) => {
      const value = typedNumber(text);
      const refused = settingProblem(limits, which, value, text.trim() || "an empty field");
      if (refused) return refused.problem.message;
      const idle = !inFlight.current && Object.keys(waiting.current).length === 0;
      if (idle && value === current) return undefined; // the workbook's already
      waiting.current = { ...waiting.current, [which]: value };
      setWriting(true);
      void pump();
      return undefined;
    },
    [pump]
  );

  return { canWrite: Boolean(host?.writeSimulation), writing, problem, commit };
}
