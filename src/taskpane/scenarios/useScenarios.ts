/**
 * Saved scenarios: the list the workbook holds (its scenarios table), and save, apply, rename,
 * duplicate and delete. Names are checked here before anything is written (scenarioNames.ts);
 * what the workbook refuses comes back as a problem, and the list stays as it was.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { INPUT_SPECS, type ScenarioInputs } from "../../model";
import {
  HostError,
  type WorkbookHost,
  type ScenarioList,
  type WorkbookState,
} from "../../workbook/host";
import { formMessages } from "../../workbook/messages";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";
import type { WorkbookSlice } from "../workbook/useWorkbook";
import { copyName, nameProblem, noteProblem } from "./scenarioNames";

/**
 * What became of a save or a rename: done; refused before anything was sent (`refused` says
 * why, next to the name field); or failed in the workbook (the slice's problem says why).
 */
export type NamedOutcome =
  | { readonly kind: "done" }
  | { readonly kind: "refused"; readonly refused: string; readonly field?: "name" | "note" }
  | { readonly kind: "failed" };

const outcome = (done: boolean): NamedOutcome => (done ? { kind: "done" } : { kind: "failed" });

export interface ScenariosSlice {
  /** Undefined until first read. */
  readonly list: ScenarioList | undefined;
  /** An action is on its way (not a mere re-read): its buttons ignore clicks meanwhile. */
  readonly busy: boolean;
  /** The last action the workbook refused, or a list that could not be read. */
  readonly problem: PaneProblem | undefined;
  readonly refresh: () => Promise<void>;
  readonly save: (name: string, note: string) => Promise<NamedOutcome>;
  readonly rename: (from: string, to: string) => Promise<NamedOutcome>;
  /** Each resolves true when the workbook did it (false: the slice's problem says why). */
  readonly apply: (name: string) => Promise<boolean>;
  readonly duplicate: (name: string) => Promise<boolean>;
  readonly remove: (name: string) => Promise<boolean>;
  readonly dismissProblem: () => void;
}

export function useScenarios(host: WorkbookHost, workbook: WorkbookSlice): ScenariosSlice {
  const [list, setList] = useState<ScenarioList>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PaneProblem>();
  const { whileMounted } = useMounted();
  const { accept } = workbook;

  const take = useMemo(() => whileMounted((next: ScenarioList) => setList(next)), [whileMounted]);

  /** Reads the list; a failure is shown, and does not clear a problem already on screen. */
  const refresh = useCallback(async () => {
    try {
      take(await host.listScenarios());
    } catch (error) {
      whileMounted(setProblem)(problemOf(error));
    }
  }, [host, take, whileMounted]);

  /** Runs one action: busy meanwhile, its problem shown if it fails. True when it succeeded. */
  const run = useCallback(
    async (call: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      setProblem(undefined);
      try {
        await call();
        return true;
      } catch (error) {
        whileMounted(setProblem)(problemOf(error));
        // The table may have changed under the pane (a row deleted or renamed by hand): show
        // what it holds now, keeping the problem on screen.
        host.listScenarios().then(take, () => undefined);
        return false;
      } finally {
        whileMounted(setBusy)(false);
      }
    },
    [host, take, whileMounted]
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const names = (): string[] => (list?.scenarios ?? []).map((s) => s.name);

  const save = async (name: string, note: string): Promise<NamedOutcome> => {
    const refused = nameProblem(name, names());
    if (refused) return { kind: "refused", refused };
    const noteRefused = noteProblem(note);
    if (noteRefused) return { kind: "refused", refused: noteRefused, field: "note" };
    const done = await run(async () => {
      // Read the inputs in the same queue, after any write still on its way: the scenario is
      // the workbook's inputs as they now are, not as the pane last saw them.
      const state = await host.readState();
      accept(state);
      const inputs = completeInputs(state);
      take(await host.saveScenario({ name: name.trim(), note: note.trim(), inputs }));
    });
    return outcome(done);
  };

  const rename = async (from: string, to: string): Promise<NamedOutcome> => {
    const refused = nameProblem(to, names(), from);
    if (refused) return { kind: "refused", refused };
    if (to.trim() === from) return { kind: "done" };
    return outcome(await run(async () => take(await host.renameScenario(from, to.trim()))));
  };

  const apply = (name: string): Promise<boolean> =>
    run(async () => accept(await host.applyScenario(name)));

  const duplicate = async (name: string): Promise<boolean> => {
    const original = list?.scenarios.find((s) => s.name === name);
    if (!original) return false;
    const copy = { ...original, name: copyName(name, names()) };
    return run(async () => take(await host.saveScenario(copy)));
  };

  const remove = (name: string): Promise<boolean> =>
    run(async () => take(await host.deleteScenario(name)));

  const dismissProblem = useCallback(() => setProblem(undefined), []);
  return { list, busy, problem, refresh, save, rename, apply, duplicate, remove, dismissProblem };
}

/** The inputs to save; refused when one is missing from the workbook (nothing is written). */
function completeInputs(state: WorkbookState): ScenarioInputs {
  const missing = INPUT_SPECS.filter((s) => state.inputs[s.id] === undefined);
  if (missing.length > 0) {
    throw new HostError(formMessages.inputsMissingToSave(missing.map((s) => s.label)));
  }
  return Object.fromEntries(INPUT_SPECS.map((s) => [s.id, state.inputs[s.id]])) as ScenarioInputs;
}
