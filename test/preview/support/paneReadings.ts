/**
 * Test support for the browser tests of the built preview (test/preview/browser.test.ts,
 * test/export/download.browser.test.ts): what the pane shows, read from the page, against what
 * it must show, worked out from src/model, so both suites judge the page by the same rules.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import {
  evaluate,
  inputSpec,
  isDomainError,
  OUTPUT_SPECS,
  type InputId,
  type ScenarioInputs,
} from "../../../src/model";
import { sliderScale } from "../../../src/taskpane/inputs/sliderScale";
import { readingView } from "../../../src/taskpane/results/readingText";

/**
 * expect.poll with room for a loaded machine (its default gives up after one second; the page
 * answers in well under that when the machine is idle, but CI runs other suites beside it).
 */
export function eventually<T>(read: () => Promise<T>): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

/** The Results table as the pane shows it: output label → text. */
export async function shownResults(page: Page): Promise<Record<string, string>> {
  return page
    .getByRole("table", { name: "Results" })
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll("tr")].map((tr) => [
          tr.querySelector("th")?.textContent?.trim() ?? "",
          tr.querySelector("td")?.textContent?.trim() ?? "",
        ])
      )
    );
}

/** What the Results table must show for these inputs: src/model's outputs, in the pane's words. */
export function expectedResults(inputs: ScenarioInputs): Record<string, string> {
  const outputs = evaluate(inputs);
  return Object.fromEntries(
    OUTPUT_SPECS.map((spec) => {
      const value = outputs[spec.id];
      const reading = isDomainError(value) ? value.excelText : value;
      return [spec.label, readingView(reading, spec.unit).text];
    })
  );
}

/** The value a slider reaches from `from` after `steps` stops of its scale (keyboard arrows). */
export function stepped(id: InputId, from: number, steps: number): number {
  const scale = sliderScale(inputSpec(id));
  return scale.valueAt(scale.positionOf(from) + steps);
}
