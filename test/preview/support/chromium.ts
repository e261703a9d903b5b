/**
 * Debian's Chromium driven by playwright-core (docs/HOSTS.md: `npx playwright install` cannot
 * download here, so the system browser is used). Tests call `describe.skipIf(!HAS_CHROMIUM)`:
 * without a Chromium they are reported as skipped, with the install hint printed once.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** CHROMIUM_PATH overrides the Debian location (another distribution, a local build). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM_PATH);
export const INSTALL_HINT =
  "No Chromium found at " +
  CHROMIUM_PATH +
  ": the browser tests are skipped. Install it with `apt-get install chromium` (or set CHROMIUM_PATH).";

/** The flags docs/HOSTS.md gives: headless, no sandbox (containers), and no network of its own. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile (its own --user-data-dir, removed on close). */
export async function launchChromium(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-chromium-"));
  // launchPersistentContext is playwright's way to pass --user-data-dir; headless adds --headless.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Prints the install hint once per test file when there is no Chromium. */
export function noteWhenSkipped(): void {
  if (!HAS_CHROMIUM) console.warn(`[preview] ${INSTALL_HINT}`);
}
