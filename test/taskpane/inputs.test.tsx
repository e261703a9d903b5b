// @vitest-environment happy-dom
/**
 * The sliders and numeric fields, bound both ways to the workbook's input cells: a committed
 * move is one debounced write whose returned state the pane shows; an edit in the workbook
 * moves the slider; a typed value out of range is refused with the allowed range.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { WRITE_DELAY_MS } from "../../src/taskpane/inputs/inputWriter";
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

function slider(label: string): HTMLElement {
  return screen.getByRole("slider", { name: label });
}

/**
 * From here on, the debounce's timers are fake. Keys are pressed with fireEvent: user-event
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
  test("writes once, after the pause, and shows the outputs the workbook returned", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    // The article's midpoint: $7.5B a year at 7.5% is $562.5M.
    expect(resultRow("Spend at efficiency").textContent).toContain("$562.5M a year");
    useFakeTimers();

    slider(SHARE).focus();
    press(slider(SHARE), "ArrowRight");

    // The thumb moves at once; the workbook is not written yet.
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("8%");
    expect(host.writeCalls).toEqual([]);
    await advance(WRITE_DELAY_MS - 1);
    expect(host.writeCalls).toEqual([]);
    await advance(1);

    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.08 }]);
    expect(resultRow("Spend at efficiency").textContent).toContain("$600M a year");
    expect(resultRow("Runway at efficient spend").textContent).toContain("66.67 years");
  });

  test("several steps in a row are one write, of the last value", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();

    slider(SHARE).focus();
    press(slider(SHARE), "ArrowRight", "ArrowRight", "ArrowRight", "ArrowLeft");
    await advance(WRITE_DELAY_MS);

    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.085 }]);
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("8.5%");
  });

  test("leaving the slider writes at once, without waiting for the pause", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();

    slider(SHARE).focus();
    press(slider(SHARE), "ArrowLeft");
    act(() => slider(SHARE).blur());
    await advance(0);

    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.07 }]);
    await advance(WRITE_DELAY_MS);
    expect(host.writeCalls).toHaveLength(1);
  });

  test("money steps through round numbers a few percent apart, the article's values among them", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();

    expect(slider(SPEND).getAttribute("aria-valuetext")).toBe("$7.5B a year");
    press(slider(SPEND), "ArrowRight");
    await advance(WRITE_DELAY_MS);
    expect(host.writeCalls).toEqual([{ id: "frontierAnnualSpendUsd", value: 7.6e9 }]);
    press(slider(SPEND), "Home");
    await advance(WRITE_DELAY_MS);
    expect(host.writeCalls.at(-1)).toEqual({ id: "frontierAnnualSpendUsd", value: 0.7e9 });
  });

  test("a write the workbook refuses is explained, and the slider shows the cell's value again", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    host.failNextWrite(SAMPLE_PROBLEMS.protected);
    useFakeTimers();

    press(slider(SHARE), "ArrowRight");
    await advance(WRITE_DELAY_MS);

    expect(screen.getByText(SAMPLE_PROBLEMS.protected.message)).toBeTruthy();
    expect(slider(SHARE).getAttribute("aria-valuetext")).toBe("7.5%");
  });

  test("a drag writes when the pointer is released", async () => {
    const host = new TestHost();
    await renderLoadedPane(host);
    useFakeTimers();
    const share = slider(SHARE);
    // The native range input reports positions as the thumb is dragged (0.5-point stops).
    fireEvent.change(share, { target: { value: "19" } });
    fireEvent.change(share, { target: { value: "21" } });
    fireEvent.pointerUp(share);
    await advance(0);
    expect(host.writeCalls).toEqual([{ id: "efficiencyShare", value: 0.11 }]);
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
