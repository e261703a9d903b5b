/**
 * The load bar: "Load the article's figures" and "Reset inputs to the article" (after a
 * confirmation), the host's current step while it works, then what it did or why it could not.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LoadSummary } from "../../workbook/host";
import { loadReportMessages } from "../../workbook/messages";
import { DialogOnDemand } from "../dialogs/DialogOnDemand";
import { usePrefetch } from "../dialogs/onDemand";
import { prefetchDialogs, resetDialog } from "../dialogs/paneDialogs";
import { ProblemBar } from "../problems/ProblemBar";
import type { LoadSlice } from "./useLoad";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  details: { marginTop: tokens.spacingVerticalXS },
  names: { margin: 0, overflowWrap: "anywhere" },
});

export interface LoadBarProps {
  readonly slice: LoadSlice;
  /** The article is in the workbook already: loading again updates it, and reset makes sense. */
  readonly loaded: boolean;
}

export function LoadBar({ slice, loaded }: LoadBarProps): JSX.Element {
  const styles = useStyles();
  const { status } = slice;
  const working = status.kind === "working";
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={working}
          onClick={() => void slice.load({ resetInputs: false })}
        >
          Load the article&apos;s figures
        </Button>
        <ResetButton
          disabled={working || !loaded}
          onConfirm={() => void slice.load({ resetInputs: true })}
        />
      </div>
      {/* A live region, so a screen reader hears each step as the host reports it. */}
      <div role="status" aria-live="polite">
        {status.kind === "working" && (
          <Spinner size="tiny" labelPosition="after" label={status.step} />
        )}
      </div>
      {status.kind === "done" && (
        <LoadSummaryBar
          summary={status.summary}
          resetInputs={status.resetInputs}
          onDismiss={slice.dismiss}
        />
      )}
      {status.kind === "failed" && (
        <ProblemBar problem={status.problem} onDismiss={slice.dismiss} />
      )}
    </div>
  );
}

/** The dialog's code loads on demand (dialogs/paneDialogs.ts); the button shows at once. */
function ResetButton({
  disabled,
  onConfirm,
}: {
  disabled: boolean;
  onConfirm: () => void;
}): JSX.Element {
  const [open, setOpen] = useState(false);
  // Closing the dialog (Cancel, Esc, or after Reset) gives focus back to this button.
  const restoreFocus = useRestoreFocusTarget();
  usePrefetch(prefetchDialogs);
  return (
    <>
      <Button {...restoreFocus} disabled={disabled} onClick={() => setOpen(true)}>
        Reset inputs to the article
      </Button>
      <DialogOnDemand dialog={resetDialog} open={open} onClose={() => setOpen(false)}>
        {(ResetDialog) => <ResetDialog open={open} onOpenChange={setOpen} onConfirm={onConfirm} />}
      </DialogOnDemand>
    </>
  );
}

/** "Created 12 · Updated 3 · Kept 2 · Warnings 1", then each warning in full. */
function summaryCounts(summary: LoadSummary): string {
  return loadReportMessages.counts(
    summary.created.length,
    summary.updated.length,
    summary.kept.length,
    summary.warnings.length
  );
}

/** The title says the most important thing the load did: an upgrade of an older workbook first. */
export function summaryTitle(summary: LoadSummary, resetInputs: boolean): string {
  if (summary.upgradedFrom !== undefined) {
    return loadReportMessages.upgraded(summary.upgradedFrom, resetInputs);
  }
  return resetInputs ? loadReportMessages.reset : loadReportMessages.loaded;
}

function LoadSummaryBar(props: {
  summary: LoadSummary;
  resetInputs: boolean;
  onDismiss: () => void;
}): JSX.Element {
  const styles = useStyles();
  const { summary } = props;
  const hasWarnings = summary.warnings.length > 0;
  return (
    <MessageBar intent={hasWarnings ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{summaryTitle(summary, props.resetInputs)}</MessageBarTitle>{" "}
        {summaryCounts(summary)}
        <ChangedNames summary={summary} />
        {hasWarnings && (
          <ul className={styles.warnings} aria-label="Load warnings">
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What was created, updated and kept, by name, behind a native disclosure (keyboard-ready). */
function ChangedNames({ summary }: { summary: LoadSummary }): JSX.Element | null {
  const styles = useStyles();
  const groups = [
    ["Created", summary.created],
    ["Updated", summary.updated],
    ["Kept", summary.kept],
  ] as const;
  const shown = groups.filter(([, names]) => names.length > 0);
  if (shown.length === 0) return null;
  return (
    <details className={styles.details}>
      <summary>What changed</summary>
      {shown.map(([label, names]) => (
        <p key={label} className={styles.names}>
          {label}: {names.join(", ")}
        </p>
      ))}
    </details>
  );
}
