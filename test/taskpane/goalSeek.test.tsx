// @vitest-environment happy-dom
/**
 * Goal seek in the pane: the analyst picks a result, types a target and picks the input; Find
 * writes the value found to the input's cell through the host and shows it with the workbook's
 * own result; Put back writes the old value. When nothing reaches the target, or the result
 * does not move, it says so and writes nothing. A slider move still on its way is written first.
 * The section's code loads on demand, and a failed fetch can be tried again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType } from "react";
import { afterEach, describe, expect, test } from "vitest";
import {
  breakevenShare,
  DEFAULT_INPUTS,
  evaluate,
  formatValue,
  inputCase,
  inputSpec,
  type InputId,
} from "../../src/model";
import { PanelOnDemand } from "../../src/taskpane/analysis/GoalSeek";
import { onDemand } from "../../src/taskpane/dialogs/onDemand";
import { goalSeekMessages as m, sectionLoadMessages } from "../../src/workbook/messages";
import type { WorkbookState } from "../../src/workbook/host";
import { SAMPLE_PROBLEMS, TestHost } from "../support/testHost";
import { cleanupPane, renderLoadedPane, type RenderedPane } from "./renderPane";

afterEach(cleanupPane);

const SHARE = inputSpec("efficiencyShare");
const RUNWAY = "Runway at efficient spend";

function region(): HTMLElement {
  return screen.getByRole("region", { name: "Goal seek" });
}

function status(): HTMLElement {
  return within(region()).getByRole("status");
}

function findButton(): HTMLButtonElement {
  return within(region()).getByRole("button", { name: /^(Find|Finding…)$/ }) as HTMLButtonElement;
}

/** The pane, once the Goal seek section's code (loaded on demand) has arrived. */
async function renderWithGoalSeek(host: TestHost): Promise<RenderedPane> {
  const pane = await renderLoadedPane(host);
  await within(region()).findByRole("button", { name: m.find });
  return pane;
}

/** Picks the result, types the target, picks the input, as the analyst does. */
async function ask(
  { user }: RenderedPane,
  output: string,
  target: string,
  input: string,
  unitWords: string
): Promise<void> {
  const form = region();
  await user.selectOptions(within(form).getByRole("combobox", { name: m.outputLabel }), output);
  const field = within(form).getByRole("textbox", { name: m.targetLabel(unitWords) });
  await user.clear(field);
  await user.type(field, target);
  await user.selectOptions(within(form).getByRole("combobox", { name: m.inputLabel }), input);
}

describe("finding a value", () => {
  test("writes the efficiency share for a ten-year runway, shows it with the workbook's runway, and puts it back", async () => {
    const host = new TestHost();
    const pane = await renderWithGoalSeek(host);
    await ask(pane, RUNWAY, "10", SHARE.label, "in years");
    await pane.user.click(findButton());

    // The article's own case: what BREAKEVEN.SHARE gives for $40B, $7.5B a year, ten years.
    const expected = breakevenShare(40e9, 7.5e9, 10) as number;
    await within(status()).findByText(m.written(SHARE.label, formatValue(expected, "share")));
    expect(host.writeCalls).toHaveLength(1);
    const written = host.writeCalls[0] as { id: InputId; value: number };
    expect(written.id).toBe("efficiencyShare");
    expect(Math.abs(written.value - expected)).toBeLessThanOrEqual(4 * Number.EPSILON);
    // The input's cell holds it, and the runway shown is the workbook's, read back.
    expect(host.currentInputs.efficiencyShare).toBe(written.value);
    const runway = evaluate(host.currentInputs).runwayAtEfficientYears as number;
    expect(
      within(status()).getByText(m.workbookReads(RUNWAY, formatValue(runway, "years")))
    ).toBeTruthy();
    expect(formatValue(runway, "years")).toBe("10 years");
    const cases = inputCase("efficiencyShare");
    expect(
      within(status()).getByText(
        m.outsideCases(formatValue(cases.low, "share"), formatValue(cases.high, "share"))
      )
    ).toBeTruthy();
    expect(within(status()).queryByText(/That is not the target/)).toBeNull();
    // The slider and the results follow the workbook.
    expect(screen.getByRole("slider", { name: SHARE.label }).getAttribute("aria-valuetext")).toBe(
      formatValue(written.value, "share")
    );
    expect(screen.getByRole("row", { name: new RegExp(`^${RUNWAY} `) }).textContent).toContain(
      "10 years"
    );

    await pane.user.click(
      within(region()).getByRole("button", { name: m.putBack(formatValue(0.075, "share")) })
    );
    await within(status()).findByText(m.putBackDone(SHARE.label, "7.5%"));
    expect(host.currentInputs.efficiencyShare).toBe(DEFAULT_INPUTS.efficiencyShare);
    expect(host.writeCalls.at(-1)).toEqual({ id: "efficiencyShare", value: 0.075 });
    expect(within(region()).queryByRole("button", { name: /^Put back/ })).toBeNull();
  });

  test("a target that is not a number is refused next to the field, and nothing is written", async () => {
    const host = new TestHost();
    const pane = await renderWithGoalSeek(host);
    await ask(pane, RUNWAY, "ten", SHARE.label, "in years");
    await pane.user.click(findButton());
    expect(within(region()).getByText(m.targetNotANumber(RUNWAY, "in years"))).toBeTruthy();
    expect(host.writeCalls).toEqual([]);
  });
});

describe("when no value is written", () => {
  test("no share lasts five thousand years: says so, offers the closest, and writes it only when asked", async () => {
    const host = new TestHost();
    const pane = await renderWithGoalSeek(host);
    await ask(pane, RUNWAY, "5000", SHARE.label, "in years");
    await pane.user.click(findButton());

    const min = formatValue(SHARE.min, "share");
    await within(status()).findByText(
      m.aboveRange(RUNWAY, "5,000 years", SHARE.label, min, formatValue(SHARE.max, "share"))
    );
    const longest = evaluate({ ...DEFAULT_INPUTS, efficiencyShare: SHARE.min })
      .runwayAtEfficientYears as number;
    expect(within(status()).getByText(m.closest(min, formatValue(longest, "years")))).toBeTruthy();
    expect(within(status()).getByText(m.nothingWritten)).toBeTruthy();
    expect(host.writeCalls).toEqual([]);

    await pane.user.click(within(region()).getByRole("button", { name: m.writeClosest(min) }));
    await within(status()).findByText(m.written(SHARE.label, min));
    expect(host.currentInputs.efficiencyShare).toBe(SHARE.min);
    expect(within(status()).queryByText(m.nothingWritten)).toBeNull();
    expect(
      within(status()).getByText(m.workbookReads(RUNWAY, formatValue(longest, "years")))
    ).toBeTruthy();
    expect(
      within(region()).getByRole("button", { name: m.putBack(formatValue(0.075, "share")) })
    ).toBeTruthy();
  });

  test("capex does not move the runway: says so, and offers nothing to write", async () => {
    const host = new TestHost();
    const pane = await renderWithGoalSeek(host);
    const capex = inputSpec("capexUsd").label;
    await ask(pane, RUNWAY, "10", capex, "in years");
    await pane.user.click(findButton());

    const stays = evaluate(DEFAULT_INPUTS).runwayAtEfficientYears as number;
    await within(status()).findByText(m.flat(RUNWAY, capex, formatValue(stays, "years")));
    expect(within(status()).getByText(m.nothingWritten)).toBeTruthy();
    expect(within(region()).queryByRole("button", { name: /^Write / })).toBeNull();
    expect(host.writeCalls).toEqual([]);
  });
});

describe("when goal seek is not available", () => {
  test("damage in the workbook turns Find off and says why", async () => {
    const host = new TestHost();
    host.reportDamage(SAMPLE_PROBLEMS.damagedColumn);
    await renderWithGoalSeek(host);
    expect(findButton().disabled).toBe(true);
    expect(within(region()).getByText(m.workbookProblems)).toBeTruthy();
  });

  test("a missing input turns Find off and names it", async () => {
    const host = new TestHost();
    host.deleteInputName("fundingUsd");
    await renderWithGoalSeek(host);
    expect(findButton().disabled).toBe(true);
    expect(
      within(region()).getByText(m.inputsMissing([inputSpec("fundingUsd").label]))
    ).toBeTruthy();
  });
});

/** A workbook that holds every write until released, as a slow Excel does. */
class SlowHost extends TestHost {
  private gate: Promise<void> | undefined;

  hold(): () => void {
    let release = (): void => undefined;
    this.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.gate = undefined;
      release();
    };
  }

  override async writeInput(id: InputId, value: number): Promise<WorkbookState> {
    if (this.gate) await this.gate;
    return super.writeInput(id, value);
  }
}

describe("with a slider move on its way", () => {
  test("Find writes after it, for the spend the workbook then holds: the goal seek's value is written last", async () => {
    const host = new SlowHost();
    const pane = await renderWithGoalSeek(host);
    await ask(pane, RUNWAY, "10", SHARE.label, "in years");
    const release = host.hold();

    // One step up the spend slider ($7.5B → $7.6B), then Find before the workbook answered.
    const spend = screen.getByRole("slider", { name: inputSpec("frontierAnnualSpendUsd").label });
    fireEvent.keyDown(spend, { key: "ArrowRight" });
    await pane.user.click(findButton());
    await waitFor(() => expect(findButton().textContent).toBe(m.finding));
    expect(host.writeCalls).toEqual([]);

    release();
    const expected = breakevenShare(40e9, 7.6e9, 10) as number;
    await within(status()).findByText(m.written(SHARE.label, formatValue(expected, "share")));
    expect(host.writeCalls.map((c) => c.id)).toEqual(["frontierAnnualSpendUsd", "efficiencyShare"]);
    expect(host.currentInputs.frontierAnnualSpendUsd).toBe(7.6e9);
    expect(Math.abs(host.currentInputs.efficiencyShare - expected) / expected).toBeLessThanOrEqual(
      1e-12
    );
    expect(within(status()).getByText(m.workbookReads(RUNWAY, "10 years"))).toBeTruthy();
  });
});

describe("the section's code, loaded on demand", () => {
  test("shows a spinner until the code arrives, says so when it does not, and Try again fetches again", async () => {
    const calls: Array<{
      resolve: (c: ComponentType<object>) => void;
      reject: (e: Error) => void;
    }> = [];
    const code = onDemand<object>(
      () => new Promise<ComponentType<object>>((resolve, reject) => calls.push({ resolve, reject }))
    );
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <PanelOnDemand name="Goal seek" panel={code} props={{}} />
      </FluentProvider>
    );
    expect(calls).toHaveLength(1);
    expect(screen.getByText(sectionLoadMessages.loading("Goal seek"))).toBeTruthy();

    await act(async () => calls[0]?.reject(new Error("offline")));
    expect(await screen.findByText(sectionLoadMessages.notFetched("Goal seek"))).toBeTruthy();

    await user.click(screen.getByRole("button", { name: sectionLoadMessages.retry }));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]?.resolve(() => <p>The panel</p>));
    expect(await screen.findByText("The panel")).toBeTruthy();
    expect(screen.queryByText(sectionLoadMessages.notFetched("Goal seek"))).toBeNull();
  });
});
