/**
 * The scenario inputs as the sliders show them: the workbook's values, overlaid by drafts
 * (moves not yet answered by the workbook), with the actions that change them. Writes go
 * through an InputWriter (at once, then one in flight with only the newest value waiting).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { INPUT_SPECS, validateInputs, type InputId, type InputProblem } from "../../model";
import type { WorkbookHost } from "../../workbook/host";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import type { WorkbookSlice } from "../workbook/useWorkbook";
import { InputWriter, type Drafts } from "./inputWriter";

export interface InputsSlice {
  /** What each slider shows: the draft if there is one, else the workbook's value. */
  readonly values: Partial<Record<InputId, number>>;
  /** Problems the model finds in the inputs as they stand (a cell typed out of range, a round
   *  larger than the valuation), by input. Inputs missing from the workbook are not listed
   *  here: the host names those in the workbook's problems. */
  readonly checks: Partial<Record<InputId, string>>;
  /** Writes are pending (the drafts stay until the last one is answered): the results shown
   *  are an earlier value's. */
  readonly updating: boolean;
  /** A write the workbook refused. */
  readonly writeProblem: PaneProblem | undefined;
  readonly move: (id: InputId, value: number) => void;
  readonly commit: (id: InputId) => void;
  readonly writeNow: (id: InputId, value: number) => void;
  readonly dismissWriteProblem: () => void;
}

export function useInputs(host: WorkbookHost, workbook: WorkbookSlice): InputsSlice {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [writeProblem, setWriteProblem] = useState<PaneProblem>();
  const writer = useRef<InputWriter>();
  const { accept } = workbook;

  useEffect(() => {
    const current = new InputWriter({
      write: (id, value) => host.writeInput(id, value),
      onState: accept,
      onError: (error) => setWriteProblem(problemOf(error)),
      onDrafts: setDrafts,
    });
    writer.current = current;
    return () => current.dispose();
  }, [host, accept]);

  const stored = workbook.state?.inputs;
  const values = useMemo(() => ({ ...stored, ...drafts }), [stored, drafts]);
  const checks = useMemo(() => checksOf(values), [values]);

  const move = useCallback((id: InputId, value: number) => {
    setWriteProblem(undefined);
    writer.current?.move(id, value);
  }, []);
  const commit = useCallback((id: InputId) => writer.current?.commit(id), []);
  const writeNow = useCallback((id: InputId, value: number) => {
    setWriteProblem(undefined);
    writer.current?.writeNow(id, value);
  }, []);
  const dismissWriteProblem = useCallback(() => setWriteProblem(undefined), []);

  const updating = Object.keys(drafts).length > 0;
  return { values, checks, updating, writeProblem, move, commit, writeNow, dismissWriteProblem };
}

function checksOf(values: Partial<Record<InputId, number>>): Partial<Record<InputId, string>> {
  const present = new Set(INPUT_SPECS.filter((s) => values[s.id] !== undefined).map((s) => s.id));
  const checks: Partial<Record<InputId, string>> = {};
  const add = (problem: InputProblem): void => {
    const before = checks[problem.inputId];
    checks[problem.inputId] = before ? `${before} ${problem.message}` : problem.message;
  };
  validateInputs(values)
    .filter((p) => present.has(p.inputId))
    .forEach(add);
  return checks;
}
