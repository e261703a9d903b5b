/**
 * The Goal seek section's content, its code loaded on demand: the panel (GoalSeekPanel.tsx)
 * with Fluent's Select and the model's search weighs about 7 KB gzipped, which the first load
 * Excel waits for need not carry (bench/bundles). The section fetches it when it first
 * renders; if the code cannot arrive, it says so with a button that fetches again.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, Suspense, useMemo, useState, type ReactNode } from "react";
import type { WorkbookHost } from "../../workbook/host";
import { sectionLoadMessages as m } from "../../workbook/messages";
import { onDemand, type OnDemand } from "../dialogs/onDemand";
import type { InputsSlice } from "../inputs/useInputs";
import type { WorkbookSlice } from "../workbook/useWorkbook";

export interface GoalSeekProps {
  readonly host: WorkbookHost;
  readonly workbook: WorkbookSlice;
  readonly inputs: InputsSlice;
  /** A load is under way. */
  readonly working: boolean;
}

const panel = onDemand<GoalSeekProps>(() =>
  import(/* webpackChunkName: "goalSeek" */ "./GoalSeekPanel").then((m) => m.GoalSeekPanel)
);

/** Goal seek, with its own state: mount it where the pane's analysis goes. */
export function GoalSeek(props: GoalSeekProps): JSX.Element {
  return <PanelOnDemand name="Goal seek" panel={panel} props={props} />;
}

/** A panel whose code loads on demand: a spinner until it arrives, "Try again" if it fails. */
export function PanelOnDemand<P extends object>({
  name,
  panel: code,
  props,
}: {
  /** The section's title, for its messages. */
  name: string;
  panel: OnDemand<P>;
  props: P;
}): JSX.Element {
  // Each attempt has its own lazy component and error boundary, so "Try again" fetches again.
  const [attempt, setAttempt] = useState(0);
  const Panel = useMemo(() => code.component(), [code, attempt]);
  return (
    <LoadFailure key={attempt} name={name} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={m.loading(name)} />}>
        <Panel {...props} />
      </Suspense>
    </LoadFailure>
  );
}

/** Catches the fetch's failure (React.lazy throws it): says so instead of breaking the pane. */
class LoadFailure extends Component<
  { name: string; onRetry: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {m.notFetched(this.props.name)}{" "}
          <Button size="small" onClick={this.props.onRetry}>
            {m.retry}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
