/**
 * Where code loaded on demand is rendered (the Analysis section, its chart): catches a fetch
 * that failed (React.lazy throws it) and says so instead of breaking the pane.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import { analysisLoadMessages } from "../../workbook/messages/pane";

interface LoadFailureProps {
  readonly message: string;
  /** Shown as a "Try again" button when given: the next attempt fetches the code again. */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

export class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { message, onRetry } = this.props;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{message}</MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button size="small" onClick={onRetry}>
              {analysisLoadMessages.tryAgain}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
}
