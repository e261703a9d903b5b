/**
 * Test support: the Sharing section's report as the analyst meets it, read the same way by the
 * pane tests on the test host (test/taskpane/sharing.test.tsx) and on the Excel host
 * (test/excel/paneSharing.test.tsx).
 */
import { screen, waitFor, within } from "@testing-library/react";
import { expect } from "vitest";

/** The report by its title, once it has taken focus (a keyboard user lands on it). */
export async function focusedReport(title: string): Promise<HTMLElement> {
  const report = await screen.findByRole("group", { name: title });
  await waitFor(() => expect(document.activeElement).toBe(report));
  return report;
}

/** The lines of one of the report's lists, by the list's name. */
export function reportList(report: HTMLElement, name: string): string[] {
  return within(within(report).getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}
