/**
 * Where a dialog whose code loads on demand is rendered: nothing until it is first opened, then
 * the dialog (kept mounted, so closing runs as before: its exit animation, focus back to the
 * button that opened it). While the code is on its way nothing shows; if it cannot arrive, the
 * pane says so where the dialog would be and closes it, and the next open tries again.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, Suspense, useMemo, useState, type ComponentType, type ReactNode } from "react";
import type { OnDemand } from "./onDemand";

export interface DialogOnDemandProps<P extends object> {
  readonly dialog: OnDemand<P>;
  readonly open: boolean;
  /** Closes the dialog: its code did not arrive. */
  readonly onClose: () => void;
  /** Renders the dialog, given its component (loaded, or lazy until it is). */
  readonly children: (Dialog: ComponentType<P>) => ReactNode;
}

export function DialogOnDemand<P extends object>(props: DialogOnDemandProps<P>): JSX.Element {
  const { dialog, open, onClose, children } = props;
  // Counts the opens: each is an attempt, with its own component and its own error boundary,
  // so an open after a failed fetch fetches again.
  const [opens, setOpens] = useState(open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpens((n) => n + 1);
  }
  const Dialog = useMemo(() => (opens === 0 ? undefined : dialog.component()), [dialog, opens]);
  if (!Dialog) return <></>;
  return (
    <LoadFailure key={opens} onFailed={onClose}>
      <Suspense fallback={null}>{children(Dialog)}</Suspense>
    </LoadFailure>
  );
}

interface LoadFailureState {
  readonly failed: boolean;
}

/** Catches the fetch's failure (React.lazy throws it): says so instead of breaking the pane. */
class LoadFailure extends Component<
  { onFailed: () => void; children: ReactNode },
  LoadFailureState
> {
  override state: LoadFailureState = { failed: false };

  static getDerivedStateFromError(): LoadFailureState {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onFailed();
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          This dialog could not load (the add-in&apos;s files did not arrive). Check the connection,
          then try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
