// @vitest-environment happy-dom
/**
 * The sliders and numeric fields, bound both ways to the workbook's input cells: a step is
 * written at once, then one write at a time with only the newest value waiting, and the pane
 * shows each returned state, marked as updating until the last value's has come; an edit in
 * the workbook moves the slider; a typed value out of range is refused with the allowed range.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { InputId } from "../../src/model";
import { MIN_WRITE_GAP_MS } from "../../src/taskpane/inputs/inputWriter";
import type { WorkbookState } from "../../src/workbook/host";
import { resultsMessages } from "../../src/workbook/messages";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { cleanupPane, renderLoadedPane } from "./renderPane";

afterEach(async () => {
  vi.useRealTimers();
  await cleanupPane();
});

const SHARE = "Efficient lab's cost as a share";
const SPEND = "Frontier lab's annual spend";

/** A row of the results table, as its label and value read together. */
function resultRow(label: string): HTMLElement {
  return screen.getByRole("row", { name: new RegExp(`^${label} `) });
}

/** The line above the results that says they are being updated (empty when up to date). */
function updatingLine(): HTMLElement {
  const line = resultsRegion().previousElementSibling;
  if (!(line instanceof HTMLElement)) throw new Error("no line above the results");
  return line;
}

/** The part of the Results section holding the numbers (aria-busy while updating). */
function resultsRegion(): HTMLElement {
  const region = screen.getByRole("table", { name: "Results" }).parentElement;
  if (!region) throw new Error("no results region");
  return region;
}

/** A TestHost whose writes are answered only when the test says so, oldest first (a slow Excel). */
class SlowHost extends TestHost {
  /** Every write the pane asked for, answered or not (writeCalls lists those carried out). */
  readonly asked: { id: InputId; value: number }[] = [];
  private readonly replies: (() => void)[] = [];
  override writeInput(id: InputId, value: number): Promise<WorkbookState> {
    this.asked.push({ id, value });
    return new Promise((resolve, reject) => {
      this.replies.push(() => void super.writeInput(id, value).then(resolve, reject));
    });
  }
  /** Carries out the oldest write still waiting and lets the pane take its answer. */
  async answer(): Promise<void> {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0); // the pane's call reaches us through its queue
      this.replies.shift()?.();
      await vi.advanceTimersByTimeAsync(MIN_WRITE_GAP_MS);
    });
  }
}

function slider(label: string): HTMLElement {
  return screen.getByRole("slider", { name: label });
}

/**
 * From here on, the writer's timers are fake. Keys are pressed with fireEvent: user-event
 * drains through Testing Library's asyncWrapper, which waits on a real setTimeout(0) that
 * vitest's fake timers never run (it only advances Jest's), so it would hang.
 */
function useFakeTimers(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
}

/** A key pressed and released on the focused slider, as a keyboard user does. */
function press(element: HTMLElement, ...keys: string[]): void {
  for (const key of keys) {
    fireEvent.keyDown(element, { key });
    fireEvent.keyUp(element, { key });
  }
}

async function advance(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("moving a slider with the keyboard", () => {
  test("a step is written at once and the pane shows the outputs the workbook returned", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    // The article's midpoint: $7.5B a year at 7.5% is $562.5M.
    expect(resultRow("Spend at efficiency").textContent).toContain("$562.5M a year");
    useFakeTimers();

    slider(SHARE).focus();
    press(slider(SHARE), "ArrowRight");
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("8%");
    // No pause: only the promises already settled run, no timer's time passes.
    await advance(0);
    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.08 }]);

    // 8% of $7.5B a year.
    expect(resultRow("Spend at efficiency").textContent).toContain("$600M a year");
    expect(resultRow("Runway at efficient spend").textContent).toContain("66.67 years");
    expect(updatingLine().textContent).toBe("");
  });

  test("quick steps: the first goes at once, then only the newest; the last value is written", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();

    slider(SHARE).focus();
    press(slider(SHARE), "ArrowRight", "ArrowRight", "ArrowRight", "ArrowLeft");
    await advance(MIN_WRITE_GAP_MS);

    expect(host.writeCalls).toEqual([
      { id: "efficiencyShare", value: 0.08 },
      { id: "efficiencyShare", value: 0.085 },
    ]);
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("8.5%");
    expect(resultRow("Spend at efficiency").textContent).toContain("$637.5M a year");
  });

  test("money steps through round numbers a few percent apart, the article's values among them", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();

    expect(slider(SPEND).getAttribute("aria-valuetext")).toBe("$7.5B a year");
    press(slider(SPEND), "ArrowRight");
    await advance(MIN_WRITE_GAP_MS);
    expect(host.writeCalls).toEqual([{ id: "frontierAnnualSpendUsd", value: 7.6e9 }]);
    press(slider(SPEND), "Home");
    await advance(MIN_WRITE_GAP_MS);
    expect(host.writeCalls.at(-1)).toEqual({ id: "frontierAnnualSpendUsd", value: 0.7e9 });
  });

  test("a write the workbook refuses is explained, and the slider shows the cell's value again", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    host.failNextWrite(SAMPLE_PROBLEMS.protected);
    useFakeTimers();

    press(slider(SHARE), "ArrowRight");
    await advance(0);

    expect(screen.getByText(SAMPLE_PROBLEMS.protected.message)).toBeTruthy();
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("7.5%");
  });

  test("a step refused mid-way loses nothing after it: the next step is written and shown", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    host.failNextWrite(SAMPLE_PROBLEMS.protected);
    useFakeTimers();

    press(slider(SHARE), "ArrowRight", "ArrowRight");
    await advance(MIN_WRITE_GAP_MS);

    expect(host.writeCalls.map((c) => c.value)).toEqual([0.08, 0.085]);
    expect(screen.getByText(SAMPLE_PROBLEMS.protected.message)).toBeTruthy();
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("8.5%");
    expect(resultRow("Spend at efficiency").textContent).toContain("$637.5M a year");
  });
});

describe("a drag on a slow workbook", () => {
  test("shows it is updating while writes are pending, and ends on the last value's numbers", async () => {
    const host = new SlowHost();
    await renderLoadedPane(host);
    useFakeTimers();
    const share = slider(SHARE);
    expect(updatingLine().textContent).toBe("");

    // The native range input reports positions as the thumb is dragged (0.5-point stops).
    for (const position of ["15", "16", "17", "18", "19", "20"]) {
      fireEvent.change(share, { target: { value: position } });
      await advance(MIN_WRITE_GAP_MS);
    }
    // The first position went out at once; the others wait, only the newest kept.
    expect(host.asked).toEqual([{ id: "efficiencyShare", value: 0.08 }]);
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("10.5%");
    expect(updatingLine().textContent).toBe(resultsMessages.updating);
    expect(resultsRegion().getAttribute("aria-busy")).toBe("true");
    expect(resultRow("Spend at efficiency").textContent).toContain("$562.5M a year");

    // The first answer is shown as it comes, still marked as updating: the newest value waits.
    await host.answer();
    expect(host.asked.map((c) => c.value)).toEqual([0.08, 0.105]);
    expect(resultRow("Spend at efficiency").textContent).toContain("$600M a year");
    expect(updatingLine().textContent).toBe(resultsMessages.updating);
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("10.5%");

    fireEvent.pointerUp(share);
    await host.answer();
    // 10.5% of $7.5B a year; nothing pending any more.
    expect(resultRow("Spend at efficiency").textContent).toContain("$787.5M a year");
    expect(updatingLine().textContent).toBe("");
    expect(resultsRegion().getAttribute("aria-busy")).toBe("false");
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("10.5%");
    expect(host.asked).toHaveLength(2);
  });

  test("a drag that turns back ends on the last value, written once the first is answered", async () => {
    const host = new SlowHost();
    await renderLoadedPane(host);
    useFakeTimers();
    const share = slider(SHARE);

    fireEvent.change(share, { target: { value: "15" } }); // 8%
    fireEvent.change(share, { target: { value: "11" } }); // 6%
    fireEvent.pointerUp(share);
    await host.answer();
    await host.answer();
    // The pane's calls are queued (serialHost), so answers come in the order of the writes.
    expect(host.asked.map((c) => c.value)).toEqual([0.08, 0.06]);
    expect(resultRow("Spend at efficiency").textContent).toContain("$450M a year");
    expect(updatingLine().textContent).toBe("");
  });
});

describe("the workbook moves the slider", () => {
  test("a value typed in the input cell moves the slider and the field, and the results follow", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    expect(host.listenerCount).toBe(1);

    act(() => host.typeInCell("efficiencyShare", 0.05));

    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("5%");
    expect(
      (screen.getByRole("spinbutton", { name: `${SHARE}, in percent` }) as HTMLInputElement).value
    ).toBe("5");
    expect(resultRow("Spend at efficiency").textContent).toContain("$375M a year");
    expect(host.writeCalls).toEqual([]);
  });

  test("subscribes once when the pane mounts and unsubscribes when it closes", async () => {
    const host = new TestHost();
    const { unmount } = await renderLoadedPane(host);
    expect(host.calls.onWorkbookChanged).toBe(1);
    unmount();
    expect(host.listenerCount).toBe(0);
  });
});

describe("typing a value", () => {
  test("writes it in the model's units at once (8 % is 0.08)", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", { name: `${SHARE}, in percent` });

    await user.clear(field);
    await user.type(field, "8{Enter}");

    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.08 }]);
    expect(
      await screen.findByRole("row", { name: /^Spend at efficiency \$600M a year$/ })
    ).toBeTruthy();
  });

  test("money is typed in billions or millions, as the article gives it", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", {
      name: "Efficient training run cost, in millions of dollars",
    });
    expect((field as HTMLInputElement).value).toBe("6");

    await user.clear(field);
    await user.type(field, "12{Enter}");
    expect(host.writeCalls).toEqual([{ id: "efficientRunCostUsd", value: 12e6 }]);
  });

  test("a value out of range is refused with the allowed range, and nothing is written", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", { name: `${SHARE}, in percent` });

    await user.clear(field);
    await user.type(field, "150{Enter}");

    expect(
      screen.getByText("Efficient lab's cost as a share must be between 0.5% and 100%; it is 150%.")
    ).toBeTruthy();
    expect(host.writeCalls).toEqual([]);
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("7.5%");

    // Leaving the field does not write it either.
    await user.tab();
    expect(host.writeCalls).toEqual([]);
  });

  test("an empty field is refused, saying which numbers are allowed", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", { name: "Target runway, in years" });

    await user.clear(field);
    await user.keyboard("{Enter}");

    expect(
      screen.getByText("Target runway must be a number between 1 years and 30 years.")
    ).toBeTruthy();
    expect(host.writeCalls).toEqual([]);
  });

  test("Escape gives up the typed text and shows the cell's value again", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", {
      name: `${SHARE}, in percent`,
    }) as HTMLInputElement;

    await user.clear(field);
    await user.type(field, "150{Enter}{Escape}");

    expect(field.value).toBe("7.5");
    expect(screen.queryByText(/must be between/)).toBeNull();
  });

  test("moving the slider replaces a refused typed value", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const field = screen.getByRole("spinbutton", {
      name: `${SHARE}, in percent`,
    }) as HTMLInputElement;
    await user.clear(field);
    await user.type(field, "150{Enter}");
    expect(screen.getByText(/must be between 0.5% and 100%/)).toBeTruthy();

    fireEvent.keyDown(slider(SHARE), { key: "ArrowRight" });

    expect(field.value).toBe("8");
    expect(screen.queryByText(/must be between/)).toBeNull();
  });
});

describe("where each input comes from", () => {
  test("the slider is described by the article's range, and its source shows the sentence", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const share = slider(SHARE);
    const description = document.getElementById(share.getAttribute("aria-describedby") ?? "");
    expect(description?.textContent).toBe("Article: 5%–10%");

    const toggle = screen.getByRole("button", { name: `Source of ${SHARE}` });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(/matches OpenAI’s performance/)).toBeNull();
    await user.click(toggle);

    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const group = screen.getByRole("group", { name: SHARE });
    expect(within(group).getByText(/R1 operating cost as a share of OpenAI’s/)).toBeTruthy();
    expect(within(group).getByText(/the article says “reportedly”/)).toBeTruthy();
    expect(
      within(group).getByText(
        "Their R1 model reportedly matches OpenAI’s performance at only 5-10% of the operating cost."
      )
    ).toBeTruthy();
  });

  test("an assumption says why its default is what it is", async () => {
    const host = new TestHost();
    const { user } = await renderLoadedPane(host);
    const group = screen.getByRole("group", { name: "Annual growth of the spend" });
    expect(within(group).getByText("Assumption: 0%–30% a year")).toBeTruthy();
    expect(within(group).queryByText(/Not in the article/)).toBeNull();

    await user.click(
      within(group).getByRole("button", { name: "Source of Annual growth of the spend" })
    );
    expect(within(group).getByText(/Not in the article: flat spend by default/)).toBeTruthy();
  });
});
