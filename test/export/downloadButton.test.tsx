// @vitest-environment happy-dom
/**
 * The page's "Download as .xlsx" button on a real IronCalc workbook: before the article is
 * loaded it says what to do instead of downloading; once loaded it hands the browser a file
 * of the .xlsx type and says so. (The download itself, in a real browser, is in
 * download.browser.test.ts.)
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DownloadButton } from "../../src/preview/export/DownloadButton";
import { newEngineWorkbook } from "../support/ironcalc";
import { articleBook, PLAN } from "./support/exportedBook";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderButton(model: ReturnType<typeof newEngineWorkbook>): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <DownloadButton model={model} plan={PLAN} />
    </FluentProvider>
  );
}

describe("Download as .xlsx", () => {
  it("before the article is loaded, says to load it and downloads nothing", async () => {
    const createObjectURL = vi.spyOn(URL, "createObjectURL");
    renderButton(newEngineWorkbook());
    await userEvent.click(screen.getByRole("button", { name: "Download as .xlsx" }));
    expect(await screen.findByText(/Could not export the workbook/)).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(
      /load the article's figures, then export/
    );
    expect(createObjectURL).not.toHaveBeenCalled();
  });

  it("once loaded, hands the browser an .xlsx file and says it did", async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:export";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download);
    });
    const { model } = await articleBook();
    renderButton(model);
    await userEvent.click(screen.getByRole("button", { name: "Download as .xlsx" }));
    expect(await screen.findByText(/Downloaded ai-cost-scenarios\.xlsx/)).toBeTruthy();
    expect(clicked).toEqual(["ai-cost-scenarios.xlsx"]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]?.type).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
  });
});
