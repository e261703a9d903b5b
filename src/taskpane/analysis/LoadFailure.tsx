/**
 * Where the tornado's chart is rendered while its code loads on demand: catches a fetch that
 * failed (React.lazy throws it) and says so instead of breaking the pane; the next open of the
 * chart tries again (TornadoView keys it by attempt).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

export class LoadFailure extends Component<
  { message: string; children: ReactNode },
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
        <MessageBarBody>{this.props.message}</MessageBarBody>
      </MessageBar>
    );
  }
}
