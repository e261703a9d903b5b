/**
 * Test support: the built preview served on localhost and a fresh page of Debian's Chromium,
 * opened the same way by every browser test (test/preview/browser.test.ts,
 * test/export/download.browser.test.ts). The page is not yet navigated, so listeners a test
 * adds see every request of the first load.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { REPO, ensurePreviewBuilt, serveDist, type Served } from "./serveDist";

/** Where the browser tests leave screenshots and downloads for a person to look at. */
export const ARTIFACTS = path.join(REPO, "test-results");

export interface PreviewSession {
  readonly served: Served;
  readonly page: Page;
  /** What the page threw, as it happened; a test ends by expecting none. */
  readonly problems: string[];
  /** The path of every script the page requested, in order (chunks fetched on demand too). */
  readonly scripts: string[];
  close(): Promise<void>;
}

export async function openPreviewSession(): Promise<PreviewSession> {
  ensurePreviewBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const served = await serveDist();
  const browser = await launchChromium().catch(async (error: unknown) => {
    await served.close();
    throw error;
  });
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  return {
    served,
    page,
    problems,
    scripts,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}
