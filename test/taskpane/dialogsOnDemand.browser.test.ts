// The pane's dialogs load on demand (src/taskpane/dialogs/): on the built preview page, which
// runs the same pane, in Debian's Chromium. The page's first scripts do not carry them; their
// chunk is fetched once the pane is up, before any click; and each dialog still takes focus
// when it opens and gives it back to its button when it closes. Without a Chromium the tests
// are skipped, with the install hint printed.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, noteWhenSkipped } from "../preview/support/chromium";
import { eventually } from "../preview/support/paneReadings";
import { openPreviewSession, type PreviewSession } from "../preview/support/previewSession";
import { initialScripts, type Served } from "../preview/support/serveDist";

noteWhenSkipped();

/** The accessible name of the focused element and whether it is inside an open dialog. */
function focused(page: Page): Promise<{ name: string; inDialog: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      name: active?.getAttribute("aria-label") ?? active?.textContent?.trim() ?? "",
      inDialog: Boolean(active?.closest('[role="dialog"]')),
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)("the pane's dialogs, loaded on demand, in Chromium", () => {
  let session: PreviewSession | undefined;
  let served: Served;
  let page: Page;
  let problems: string[] = [];
  let scripts: string[] = [];

  beforeAll(async () => {
    session = await openPreviewSession();
    ({ served, page, problems, scripts } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("are fetched after the page's first scripts, before any click", async () => {
    await page.goto(`${served.origin}/preview.html`);
    await page.getByRole("button", { name: "Load the article's figures" }).waitFor();
    expect(initialScripts("preview.html")).not.toContain("dialogs.js");
    await eventually(async () => scripts).toContain("/dialogs.js");
  });

  it("reset: focus goes into the dialog, and back to the button on Esc and on Cancel", async () => {
    await page.getByRole("button", { name: "Load the article's figures" }).click();
    const reset = page.getByRole("button", { name: "Reset inputs to the article" });
    await expect.poll(() => reset.isEnabled()).toBe(true);

    await reset.click();
    const dialog = page.getByRole("dialog", { name: "Reset inputs to the article?" });
    await dialog.waitFor();
    await eventually(() => focused(page)).toMatchObject({ inDialog: true });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await eventually(() => focused(page)).toEqual({
      name: "Reset inputs to the article",
      inDialog: false,
    });

    await reset.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(() => focused(page)).toEqual({
      name: "Reset inputs to the article",
      inDialog: false,
    });
  });

  it("rename and delete: focus goes into each dialog and back to its button on Cancel", async () => {
    await page.getByLabel("Scenario name").fill("Base");
    await page.getByRole("button", { name: "Save scenario" }).click();
    await page.getByRole("button", { name: "Apply Base" }).waitFor();

    await page.getByRole("button", { name: "Rename Base" }).click();
    const rename = page.getByRole("dialog", { name: "Rename “Base”" });
    await rename.waitFor();
    // Into its first field, the new name.
    const field = rename.getByRole("textbox", { name: /New name/ });
    await eventually(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
    await rename.getByRole("button", { name: "Cancel" }).click();
    await rename.waitFor({ state: "detached" });
    await eventually(() => focused(page)).toEqual({ name: "Rename Base", inDialog: false });

    await page.getByRole("button", { name: "Delete Base" }).click();
    const remove = page.getByRole("dialog", { name: "Delete “Base”?" });
    await remove.waitFor();
    await eventually(() => focused(page)).toMatchObject({ inDialog: true });
    await remove.getByRole("button", { name: "Cancel" }).click();
    await remove.waitFor({ state: "detached" });
    await eventually(() => focused(page)).toEqual({ name: "Delete Base", inDialog: false });
    expect(problems).toEqual([]);
  });
});
