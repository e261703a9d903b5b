/**
 * One problem as a Fluent MessageBar: what is wrong (the title) and what to do (the body).
 * Used for host rejections, workbook damage and scenario rows alike, so they all read the same.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { PaneProblem } from "./problemOf";

export interface ProblemBarProps {
  readonly problem: PaneProblem;
  /** "error" when an action failed; "warning" for damage the pane works around. */
  readonly intent?: MessageBarIntent;
  /** Shown as a "Dismiss" button when given. */
  readonly onDismiss?: () => void;
}

export function ProblemBar({ problem, intent = "error", onDismiss }: ProblemBarProps): JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problem.message}</MessageBarTitle> {problem.repair}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export interface ProblemListProps {
  readonly problems: readonly PaneProblem[];
  readonly intent?: MessageBarIntent;
}

export function ProblemList({
  problems,
  intent = "warning",
}: ProblemListProps): JSX.Element | null {
  if (problems.length === 0) return null;
  return (
    <>
      {problems.map((problem, index) => (
        <ProblemBar key={`${index}:${problem.message}`} problem={problem} intent={intent} />
      ))}
    </>
  );
}
