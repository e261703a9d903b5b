/**
 * "Prepare for sharing" and "Restore add-in formulas": what they do, the buttons (they keep
 * focus while an action is on its way, as the scenarios' do), the record's status, then the
 * report, which takes focus when it appears so a keyboard or screen-reader user lands on it.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { SharingControls } from "../../workbook/host";
import { ProblemBar } from "../problems/ProblemBar";
import {
  canRestore,
  leftAloneLine,
  prepareCounts,
  prepareTitle,
  recordLine,
  restoreNotes,
  restoreTitle,
  statusLine,
} from "./sharingText";
import { useSharing, type SharingOutcome } from "./useSharing";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  status: { color: tokens.colorNeutralForeground2 },
});

const PREPARE_LABEL = "Prepare for sharing";
const RESTORE_LABEL = "Restore add-in formulas";

export function SharingActions({
  controls,
  disabled,
}: {
  controls: SharingControls;
  /** Another step (a load) is on its way. */
  disabled: boolean;
}): JSX.Element {
  const styles = useStyles();
  const slice = useSharing(controls);
  const busy = slice.busy !== undefined || disabled;
  return (
    <div className={styles.root}>
      <Body1 as="p">
        “{PREPARE_LABEL}” rewrites every formula that calls an AICOST function so that it works
        without the add-in: to its portable twin (such as BURN.YEARS) or a native Excel formula, or,
        where neither exists, to its current value. A record kept in the workbook lets “
        {RESTORE_LABEL}” put every one back. No other cell is changed. Twins need Excel 365 or 2024
        (LAMBDA) and native forms Excel 2021 or later (LET); for colleagues on older Excel, only the
        frozen values show.
      </Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void slice.prepare()}>
          {PREPARE_LABEL}
        </Button>
        <Button
          disabledFocusable={busy || !canRestore(slice.status)}
          onClick={() => void slice.restore()}
        >
          {RESTORE_LABEL}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {slice.busy === "prepare" && (
          <Spinner size="tiny" labelPosition="after" label="Preparing for sharing…" />
        )}
        {slice.busy === "restore" && (
          <Spinner size="tiny" labelPosition="after" label="Restoring add-in formulas…" />
        )}
      </div>
      {slice.status && <Caption1 className={styles.status}>{statusLine(slice.status)}</Caption1>}
      {slice.outcome && <SharingReportBar outcome={slice.outcome} onDismiss={slice.dismiss} />}
      {slice.problem && <ProblemBar problem={slice.problem} onDismiss={slice.dismiss} />}
    </div>
  );
}

function SharingReportBar({
  outcome,
  onDismiss,
}: {
  outcome: SharingOutcome;
  onDismiss: () => void;
}): JSX.Element {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  // A new report takes focus: the button that started it may have just become disabled.
  useEffect(() => ref.current?.focus(), [outcome]);
  const warn =
    outcome.kind === "prepared"
      ? outcome.report.frozen > 0 || outcome.report.notes.length > 0
      : outcome.report.leftAlone.length > 0 || restoreNotes(outcome.report).length > 0;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent={warn ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        {outcome.kind === "prepared" ? (
          <PreparedBody outcome={outcome} listClass={styles.list} />
        ) : (
          <RestoredBody outcome={outcome} listClass={styles.list} />
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function PreparedBody({
  outcome,
  listClass,
}: {
  outcome: Extract<SharingOutcome, { kind: "prepared" }>;
  listClass: string;
}): JSX.Element {
  const { report } = outcome;
  const counts = prepareCounts(report);
  const record = recordLine(report);
  return (
    <>
      <MessageBarTitle>{prepareTitle(report)}</MessageBarTitle>
      {counts.length > 0 && (
        <ul className={listClass} aria-label="How the cells were changed">
          {counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {record && <p>{record}</p>}
      {report.notes.length > 0 && (
        <ul className={listClass} aria-label="Notes on the prepared cells">
          {report.notes.map((note, index) => (
            <li key={`${index}:${note}`}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function RestoredBody({
  outcome,
  listClass,
}: {
  outcome: Extract<SharingOutcome, { kind: "restored" }>;
  listClass: string;
}): JSX.Element {
  const { report } = outcome;
  const leftAlone = leftAloneLine(report);
  const notes = restoreNotes(report);
  return (
    <>
      <MessageBarTitle>{restoreTitle(report)}</MessageBarTitle>
      {leftAlone && <p>{leftAlone}</p>}
      {report.leftAlone.length > 0 && (
        <ul className={listClass} aria-label="Cells left as they are">
          {report.leftAlone.map((cell, index) => (
            <li key={`${index}:${cell}`}>{cell}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className={listClass} aria-label="Notes on the restore">
          {notes.map((note, index) => (
            <li key={`${index}:${note}`}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
