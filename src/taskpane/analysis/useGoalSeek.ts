/**
 * Goal seek in the pane: the analyst picks a result, types its target and picks the input to
 * change; Find runs the model's goal seek (src/model/goalSeek.ts) over the inputs the workbook
 * holds, writes the value found through the host, and shows the workbook's own result.
 *
 * Order with the sliders: Find (and Put back, and Write the closest) first sends any slider
 * value still held back (inputWriter.ts), then waits until the workbook has answered every
 * write of the sliders (no drafts left), then seeks over the inputs as the workbook then holds
 * them, and writes last. So the goal seek's value is the last write, and it was found for the
 * inputs the workbook really has. A move made while Find waits is waited for too; one made
 * after Find's write has gone is written after it (the analyst's latest act).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  goalSeek,
  INPUT_SPECS,
  type GoalSeekResult,
  type InputId,
  type OutputId,
  type ScenarioInputs,
} from "../../model";
import type { WorkbookHost, WorkbookState } from "../../workbook/host";
import { goalSeekMessages } from "../../workbook/messages/goalSeek";
import type { InputsSlice } from "../inputs/useInputs";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";
import type { WorkbookSlice } from "../workbook/useWorkbook";
import { readTarget, type GoalSeekOutcome, type GoalSeekQuestion } from "./goalSeekText";

/** The article's own question: the efficiency share for a ten-year runway. */
const FIRST_OUTPUT: OutputId = "runwayAtEfficientYears";
const FIRST_INPUT: InputId = "efficiencyShare";

export interface GoalSeekSlice {
  readonly outputId: OutputId;
  readonly inputId: InputId;
  readonly targetText: string;
  readonly setOutputId: (id: OutputId) => void;
  readonly setInputId: (id: InputId) => void;
  readonly setTargetText: (text: string) => void;
  /** Why Find is not available now; undefined when it is. */
  readonly blocked: string | undefined;
  /** The target as typed is not a number (shown after Find). */
  readonly targetError: string | undefined;
  /** A write is on its way. */
  readonly busy: boolean;
  readonly outcome: GoalSeekOutcome | undefined;
  /** A write the workbook refused. */
  readonly problem: PaneProblem | undefined;
  readonly find: () => void;
  /** No value reaches the target: write the one that comes closest (the analyst asked). */
  readonly writeClosest: () => void;
  /** Write back the value the input had before the last write. */
  readonly putBack: () => void;
}

export function useGoalSeek(
  host: WorkbookHost,
  workbook: WorkbookSlice,
  inputs: InputsSlice,
  /** A load is under way. */
  working = false
): GoalSeekSlice {
  const [outputId, setOutputIdState] = useState<OutputId>(FIRST_OUTPUT);
  const [inputId, setInputIdState] = useState<InputId>(FIRST_INPUT);
  const [targetText, setTargetTextState] = useState("");
  const [targetError, setTargetError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GoalSeekOutcome>();
  const [problem, setProblem] = useState<PaneProblem>();
  const { whileMounted } = useMounted();
  const { state, accept } = workbook;

  const latest = useIdleState(state, inputs.updating);
  const blocked = blockedReason(state, working);

  /** Sends held-back slider values, waits for the workbook's answers; the state as it then is. */
  const settle = useCallback(async (): Promise<WorkbookState | undefined> => {
    for (const spec of INPUT_SPECS) inputs.commit(spec.id);
    return latest();
  }, [inputs, latest]);

  /** One write of the goal seek, its state accepted; the outcome built from that state. */
  const write = useCallback(
    async (id: InputId, value: number, after: (next: WorkbookState) => GoalSeekOutcome) => {
      const next = await host.writeInput(id, value);
      accept(next);
      whileMounted(setOutcome)(after(next));
    },
    [host, accept, whileMounted]
  );

  const run = useCallback(
    (action: () => Promise<void>) => {
      if (busy) return;
      setBusy(true);
      setProblem(undefined);
      action()
        .catch((error: unknown) => whileMounted(setProblem)(problemOf(error)))
        .finally(() => whileMounted(setBusy)(false));
    },
    [busy, whileMounted]
  );

  const find = useCallback(() => {
    const typed = readTarget(outputId, targetText);
    if (!typed.ok) {
      setTargetError(typed.message);
      return;
    }
    setTargetError(undefined);
    const question: GoalSeekQuestion = { outputId, target: typed.value, inputId };
    run(async () => {
      const now = await settle();
      const current = now && completeInputs(now);
      if (!current || blockedReason(now, false)) return; // the state changed meanwhile: the reason shows
      const previous = current[inputId];
      const result: GoalSeekResult = goalSeek({ ...question, inputs: current });
      if (result.kind !== "found") {
        whileMounted(setOutcome)({ kind: "not written", question, result, previous });
        return;
      }
      await write(inputId, result.value, (next) => ({
        kind: "written",
        question,
        result,
        value: result.value,
        previous,
        reading: next.outputs[outputId],
      }));
    });
  }, [outputId, targetText, inputId, run, settle, write, whileMounted]);

  const writeClosest = useCallback(() => {
    if (outcome?.kind !== "not written" || outcome.result.kind !== "unreachable") return;
    const { question, result, previous } = outcome;
    const value = result.closestValue;
    if (value === undefined) return;
    run(async () => {
      await settle();
      await write(question.inputId, value, (next) => ({
        kind: "written",
        question,
        result,
        value,
        previous,
        reading: next.outputs[question.outputId],
      }));
    });
  }, [outcome, run, settle, write]);

  const putBack = useCallback(() => {
    if (outcome?.kind !== "written") return;
    const { question, previous } = outcome;
    run(async () => {
      await settle();
      await write(question.inputId, previous, () => ({
        kind: "put back",
        inputId: question.inputId,
        value: previous,
      }));
    });
  }, [outcome, run, settle, write]);

  // A new question makes the last answer stale (Put back stays until then).
  const setOutputId = useCallback((id: OutputId) => {
    setOutputIdState(id);
    setTargetError(undefined);
  }, []);
  const setInputId = useCallback((id: InputId) => setInputIdState(id), []);
  const setTargetText = useCallback((text: string) => {
    setTargetTextState(text);
    setTargetError(undefined);
  }, []);

  return {
    outputId,
    inputId,
    targetText,
    setOutputId,
    setInputId,
    setTargetText,
    blocked,
    targetError,
    busy,
    outcome,
    problem,
    find,
    writeClosest,
    putBack,
  };
}

/** Why goal seek cannot run on this state; undefined when it can. */
function blockedReason(state: WorkbookState | undefined, working: boolean): string | undefined {
  if (working) return goalSeekMessages.loadUnderWay;
  if (!state?.loaded) return goalSeekMessages.notLoaded;
  const missing = INPUT_SPECS.filter((s) => state.inputs[s.id] === undefined);
  if (missing.length > 0) return goalSeekMessages.inputsMissing(missing.map((s) => s.label));
  if (state.problems.length > 0) return goalSeekMessages.workbookProblems;
  return undefined;
}

/** Every input as the workbook holds it, or undefined when one is missing. */
function completeInputs(state: WorkbookState): ScenarioInputs | undefined {
  const values: Partial<ScenarioInputs> = {};
  for (const spec of INPUT_SPECS) {
    const value = state.inputs[spec.id];
    if (value === undefined) return undefined;
    values[spec.id] = value;
  }
  return values as ScenarioInputs;
}

/**
 * The workbook's state once no slider write is waiting or on its way: at once when none is,
 * else when the last one has been answered (the render that drops the last draft).
 */
function useIdleState(
  state: WorkbookState | undefined,
  updating: boolean
): () => Promise<WorkbookState | undefined> {
  const current = useRef({ state, updating });
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    current.current = { state, updating };
    if (updating) return;
    const resolve = waiting.current;
    waiting.current = [];
    for (const done of resolve) done();
  }, [state, updating]);
  return useMemo(
    () => () =>
      current.current.updating
        ? new Promise<WorkbookState | undefined>((resolve) =>
            waiting.current.push(() => resolve(current.current.state))
          )
        : Promise.resolve(current.current.state),
    []
  );
}
