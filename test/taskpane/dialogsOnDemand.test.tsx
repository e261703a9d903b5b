// @vitest-environment happy-dom
// A dialog whose code loads on demand (src/taskpane/dialogs/): nothing is fetched or shown
// before the first open; while the code is on its way the pane waits (Suspense); a fetch that
// fails is said so and closes the dialog, and the next open fetches again; once fetched, a
// dialog opens without waiting.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ComponentType } from "react";
import { afterEach, describe, expect, test } from "vitest";
import { DialogOnDemand } from "../../src/taskpane/dialogs/DialogOnDemand";
import { onDemand, type OnDemand } from "../../src/taskpane/dialogs/onDemand";

interface FakeDialogProps {
  readonly open: boolean;
}

function FakeDialog({ open }: FakeDialogProps): JSX.Element | null {
  return open ? <div role="dialog" aria-label="Fake" /> : null;
}

/** A loader the test answers by hand: each call waits until `answer` settles it. */
function manualLoader() {
  const calls: Array<{
    resolve: (c: ComponentType<FakeDialogProps>) => void;
    reject: (e: Error) => void;
  }> = [];
  const load = () =>
    new Promise<ComponentType<FakeDialogProps>>((resolve, reject) =>
      calls.push({ resolve, reject })
    );
  return { load, calls };
}

function Opener({ dialog }: { dialog: OnDemand<FakeDialogProps> }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button onClick={() => setOpen(true)}>Open</Button>
      <Button onClick={() => setOpen(false)}>Close</Button>
      <DialogOnDemand dialog={dialog} open={open} onClose={() => setOpen(false)}>
        {(Dialog) => <Dialog open={open} />}
      </DialogOnDemand>
    </FluentProvider>
  );
}

afterEach(() => cleanup());

describe("a dialog loaded on demand", () => {
  test("fetches nothing before the first open, then shows the dialog once its code arrives", async () => {
    const { load, calls } = manualLoader();
    const user = userEvent.setup();
    render(<Opener dialog={onDemand(load)} />);
    expect(calls).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(calls).toHaveLength(1);
    expect(screen.queryByRole("dialog")).toBeNull(); // suspended, waiting for the code
    await act(async () => calls[0]?.resolve(FakeDialog));
    expect(await screen.findByRole("dialog", { name: "Fake" })).toBeTruthy();
  });

  test("a failed fetch is said and closes the dialog; the next open fetches again", async () => {
    const { load, calls } = manualLoader();
    const user = userEvent.setup();
    render(<Opener dialog={onDemand(load)} />);

    await user.click(screen.getByRole("button", { name: "Open" }));
    await act(async () => calls[0]?.reject(new Error("network")));
    expect(await screen.findByText(/This dialog could not load/)).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve(FakeDialog));
    expect(await screen.findByRole("dialog", { name: "Fake" })).toBeTruthy();
    expect(screen.queryByText(/This dialog could not load/)).toBeNull();
  });

  test("once prefetched, opens in the click's own render and fetches no more", async () => {
    const { load, calls } = manualLoader();
    const dialog = onDemand(load);
    dialog.prefetch();
    dialog.prefetch();
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]?.resolve(FakeDialog));

    render(<Opener dialog={dialog} />);
    act(() => screen.getByRole("button", { name: "Open" }).click());
    expect(screen.getByRole("dialog", { name: "Fake" })).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  test("a failed prefetch is not remembered: opening fetches again", async () => {
    const { load, calls } = manualLoader();
    const dialog = onDemand(load);
    dialog.prefetch();
    await act(async () => calls[0]?.reject(new Error("network")));

    const user = userEvent.setup();
    render(<Opener dialog={dialog} />);
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve(FakeDialog));
    expect(await screen.findByRole("dialog", { name: "Fake" })).toBeTruthy();
  });
});
