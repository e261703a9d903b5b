/**
 * Loading the article's figures into the workbook, and resetting the inputs to them: the step
 * the host is on while it works, its summary when done, its problem when it cannot.
 */
import { useCallback, useState } from "react";
import type { LoadSummary, WorkbookHost } from "../../workbook/host";
import { loadReportMessages } from "../../workbook/messages";
import { problemOf, type PaneProblem } from "../problems/problemOf";
import { useMounted } from "../useMounted";

export type LoadStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly resetInputs: boolean; readonly step: string }
  | { readonly kind: "done"; readonly resetInputs: boolean; readonly summary: LoadSummary }
  | { readonly kind: "failed"; readonly resetInputs: boolean; readonly problem: PaneProblem };

export interface LoadSlice {
  readonly status: LoadStatus;
  readonly load: (options: { resetInputs: boolean }) => Promise<void>;
  readonly dismiss: () => void;
}

/** What the bar says before the host reports its first step. */
const FIRST_STEP = loadReportMessages.firstStep;

/** `afterLoad` re-reads what the load changed (the state, the scenarios). */
export function useLoad(host: WorkbookHost, afterLoad: () => Promise<void>): LoadSlice {
  const [status, setStatus] = useState<LoadStatus>({ kind: "idle" });
  const { whileMounted } = useMounted();

  const load = useCallback(
    async ({ resetInputs }: { resetInputs: boolean }) => {
      const show = whileMounted(setStatus);
      show({ kind: "working", resetInputs, step: FIRST_STEP });
      try {
        const summary = await host.loadArticle({ resetInputs }, (step) =>
          show({ kind: "working", resetInputs, step })
        );
        await afterLoad();
        show({ kind: "done", resetInputs, summary });
      } catch (error) {
        show({ kind: "failed", resetInputs, problem: problemOf(error) });
      }
    },
    [host, afterLoad, whileMounted]
  );

  const dismiss = useCallback(() => setStatus({ kind: "idle" }), []);
  return { status, load, dismiss };
}
