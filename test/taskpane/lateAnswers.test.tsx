// @vitest-environment happy-dom
/**
 * Late answers: the workbook answers a pane's call after the pane has closed. The answer must not
 * reach the pane on screen, nor start more work. The pane's hooks apply every answer through
 * useMounted's `whileMounted`.
 *
 * Not tested here: a previous host's late answer reaching the pane the Office gate switched to.
 * That cannot happen through the gate today, so no test of it could fail: the gate's only switch
 * is from the browser pane to the Excel pane (index.tsx), and the browser pane has no host
 * (`App` renders its "open in Excel" notice), so it makes no call that could answer late. A test
 * that keyed `App` itself passed even with `whileMounted` applying everything, since React drops
 * state updates on an unmounted component; it was removed rather than kept as false assurance.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { useMounted, type Mounted } from "../../src/taskpane/useMounted";
import { TestHost } from "../support/testHost";
import { SHARING_PROBLEMS, TestAutoOpen } from "../support/testSharing";
import { cleanupPane, renderApp } from "./renderPane";

afterEach(cleanupPane);

const SWITCH = "Open this pane for everyone who opens this workbook";

/** A promise the test settles when it chooses: a host call still on its way. */
function onItsWay<T>(): { promise: Promise<T>; answer: (value: T) => void } {
  let answer = (_value: T): void => undefined;
  const promise = new Promise<T>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

/** Lets every answer already given reach its handlers (promise chains, then a macrotask). */
async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** A component that waits for one answer from the workbook and applies it, as a pane hook does. */
function Waiting({
  answer,
  onAnswer,
  onGuard,
}: {
  answer: Promise<string>;
  onAnswer: (value: string) => void;
  onGuard?: (guard: Mounted) => void;
}): JSX.Element {
  const guard = useMounted();
  const { whileMounted } = guard;
  onGuard?.(guard);
  useEffect(() => {
    void answer.then(whileMounted(onAnswer));
  }, [answer, onAnswer, whileMounted]);
  return <p>Waiting for the workbook</p>;
}

describe("useMounted", () => {
  test("an answer that arrives while the component is on screen is applied", async () => {
    const call = onItsWay<string>();
    const onAnswer = vi.fn();
    render(<Waiting answer={call.promise} onAnswer={onAnswer} />);

    call.answer("7.5%");
    await settle();

    expect(onAnswer).toHaveBeenCalledWith("7.5%");
  });

  test("an answer that arrives after the component unmounted is dropped", async () => {
    const call = onItsWay<string>();
    const onAnswer = vi.fn();
    let guard: Mounted | undefined;
    const { unmount } = render(
      <Waiting answer={call.promise} onAnswer={onAnswer} onGuard={(g) => (guard = g)} />
    );
    expect(guard?.isMounted()).toBe(true);

    unmount();
    call.answer("7.5%");
    await settle();

    expect(onAnswer).not.toHaveBeenCalled();
    expect(guard?.isMounted()).toBe(false);
  });

  test("StrictMode's trial unmount and remount does not make later answers count as late", async () => {
    const call = onItsWay<string>();
    const onAnswer = vi.fn();
    render(
      <StrictMode>
        <Waiting answer={call.promise} onAnswer={onAnswer} />
      </StrictMode>
    );

    call.answer("7.5%");
    await settle();

    expect(onAnswer).toHaveBeenCalledWith("7.5%");
  });

  test("gives the same functions on every render, so hooks' reads do not run again each render", () => {
    const guards: Mounted[] = [];
    const keep = (g: Mounted): void => void guards.push(g);
    const { rerender } = render(
      <Waiting answer={onItsWay<string>().promise} onAnswer={() => undefined} onGuard={keep} />
    );
    rerender(
      <Waiting answer={onItsWay<string>().promise} onAnswer={() => undefined} onGuard={keep} />
    );

    expect(guards.length).toBeGreaterThanOrEqual(2);
    for (const guard of guards) {
      expect(guard.whileMounted).toBe(guards[0]?.whileMounted);
      expect(guard.isMounted).toBe(guards[0]?.isMounted);
    }
  });
});

/** The document setting, counting how often the pane reads it. */
class CountedAutoOpen extends TestAutoOpen {
  reads = 0;

  override async isOn(): Promise<boolean> {
    this.reads += 1;
    return super.isOn();
  }
}

describe("the pane", () => {
  test("a refused auto-open save answered after the pane closed does not read the setting again", async () => {
    // While the pane is open, a refused save is followed by a read, so the switch shows the
    // workbook again (sharing.test.tsx shows the switch going back).
    const open = new CountedAutoOpen(false);
    open.failNextSet(SHARING_PROBLEMS.notSaved);
    const shown = renderApp(new TestHost({ autoOpen: open }));
    const control = await screen.findByRole<HTMLInputElement>("switch", { name: SWITCH });
    await waitFor(() => expect(control.disabled).toBe(false));
    await shown.user.click(control);
    expect(await screen.findByText(SHARING_PROBLEMS.notSaved.message)).toBeTruthy();
    await waitFor(() => expect(open.reads).toBe(2));
    shown.unmount();

    // Closed while Excel saves: the refusal finds no pane, and nothing more is asked.
    const closed = new CountedAutoOpen(false);
    closed.failNextSet(SHARING_PROBLEMS.notSaved);
    const release = closed.hold();
    const { user, unmount } = renderApp(new TestHost({ autoOpen: closed }));
    const again = await screen.findByRole<HTMLInputElement>("switch", { name: SWITCH });
    await waitFor(() => expect(again.disabled).toBe(false));
    await user.click(again);
    expect(closed.setCalls).toEqual([true]);
    unmount();

    release();
    await settle();

    expect(closed.reads).toBe(1); // the read when the pane opened, and no other
    expect(closed.on).toBe(false);
  });
});
