/**
 * Renders the pane as index.tsx does (inside a FluentProvider), on a TestHost, and waits for
 * its first read of the workbook.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  act,
  cleanup,
  configure,
  render,
  screen,
  waitFor,
  type RenderResult,
} from "@testing-library/react";
import { expect } from "vitest";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/workbook/host";

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
  host: WorkbookHost | undefined,
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
export async function renderLoadedPane(host: WorkbookHost, user?: UserEvent): Promise<RenderedPane> {
  const rendered = renderApp(host, user);
  await screen.findByRole("region", { name: "Results" });
  return rendered;
}

/**
 * Ends a test: waits for any dialog to finish closing, then unmounts. Fluent's focus manager
 * (tabster) lives as long as the window, which is the whole test file; a dialog unmounted in
 * the middle of its closing animation leaves its modal state behind, and the next test's
 * dialog then opens hidden from assistive technology (and from getByRole). In the pane this
 * cannot happen: its FluentProvider lives as long as the page.
 */
export async function cleanupPane(): Promise<void> {
  await waitFor(() => expect(document.querySelector(".fui-DialogSurface")).toBeNull());
  cleanup();
}

/**
 * An open dialog, by name. In happy-dom on a loaded machine, Fluent's focus manager (tabster)
 * sometimes hides a new dialog before Fluent's effect has moved focus into it; the effect then
 * finds nothing focusable and focuses the surface, which tabster does not count as entering
 * it, so the dialog stays hidden from assistive technology. A real browser does not do this
 * (checked in Chromium: focus lands in the dialog's first field, nothing hidden). Here, if
 * focus is not on a control inside the dialog, it is moved to the first one, which is where
 * Fluent means it to be, and the dialog must then be visible to assistive technology.
 */
export async function findDialog(name: string): Promise<HTMLElement> {
  // By its title: a name is not computed for an element that is aria-hidden.
  const dialog = await waitFor(() => {
    const found = screen
      .queryAllByRole("dialog", { hidden: true })
      .find(
        (d) =>
          document.getElementById(d.getAttribute("aria-labelledby") ?? "")?.textContent === name
      );
    if (!found) throw new Error(`No dialog titled "${name}".`);
    return found;
  });
  const first = dialog.querySelector<HTMLElement>("input, textarea, button");
  await waitFor(() => {
    const active = document.activeElement;
    if (!(active && active !== dialog && dialog.contains(active))) act(() => first?.focus());
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.getAttribute("aria-hidden")).toBeNull();
  });
  return dialog;
}
