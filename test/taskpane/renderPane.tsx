/**
 * Renders the pane as index.tsx does (inside a FluentProvider), on a TestHost, and waits for
 * its first read of the workbook.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { ModelHost } from "../../src/workbook/host";

// Fluent's components render slowly in happy-dom on a shared machine; the default 1 s wait for
// findBy* is too short for a dialog's first render there (seen: over 5 s at load average 13).
configure({ asyncUtilTimeout: 15_000 });

// The Web Animations spec marks an animation's `finished` promise as handled when the
// animation is cancelled; happy-dom rejects it unhandled, so every Fluent dialog or message
// that closes mid-animation would fail the run. Mark it handled, as a browser does.
const animation = globalThis.Animation?.prototype;
if (animation && !("handledCancel" in animation)) {
  const cancel = animation.cancel;
  Object.defineProperty(animation, "handledCancel", { value: true });
  animation.cancel = function (this: Animation) {
    this.finished.catch(() => undefined);
    cancel.call(this);
  };
}

export interface RenderedPane extends RenderResult {
  readonly user: UserEvent;
}

export function renderApp(
  host: ModelHost | undefined,
  user: UserEvent = userEvent.setup()
): RenderedPane {
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
  return { ...result, user };
}

/** Renders and waits until the workbook has been read (the Workbook section settles). */
export async function renderLoadedPane(host: ModelHost, user?: UserEvent): Promise<RenderedPane> {
  const rendered = renderApp(host, user);
  await screen.findByRole("region", { name: "Results" });
  return rendered;
}
