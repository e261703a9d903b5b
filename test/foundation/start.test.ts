// `npm start` on Linux serves the add-in without prompts, prints the URL only once the server
// really answers, fails (non-zero, no URL) when it cannot serve, and `npm run stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./paths";

const START = path.join(REPO, "scripts", "start.mjs");
const STOP = path.join(REPO, "scripts", "stop.mjs");
const SERVED = /is served at (https?:\/\/localhost:\d+\/taskpane\.html)/;

/** A port nothing listens on (not 3000: a developer's server may be running there). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("npm start on Linux", () => {
  it("--check serves, verifies the page answers, stops and exits 0", async () => {
    const port = await freePort();
    const run = spawnSync(process.execPath, [START, "--check"], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, ADDIN_DEV_PORT: String(port) },
      timeout: 200_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(SERVED);
    expect(run.stdout).toContain(`localhost:${port}/taskpane.html`);
  }, 240_000);

  it("exits non-zero and prints no URL when the port is taken", async () => {
    const port = await freePort();
    const blocker = net.createServer();
    // Bound before the (synchronous) spawn: spawnSync blocks this event loop.
    await new Promise<void>((resolve) => blocker.listen(port, "localhost", resolve));
    try {
      const run = spawnSync(process.execPath, [START, "--check"], {
        cwd: REPO,
        encoding: "utf8",
        env: { ...process.env, ADDIN_DEV_PORT: String(port) },
      });
      expect(run.status).not.toBe(0);
      expect(run.stdout).not.toMatch(SERVED);
      expect(run.stderr).toMatch(/already in use/);
    } finally {
      blocker.close();
    }
  });

  it("keeps serving until `npm run stop` ends it, then exits 0", async () => {
    const port = await freePort();
    const env = { ...process.env, ADDIN_DEV_PORT: String(port) };
    const server = spawn(process.execPath, [START], {
      cwd: REPO,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) =>
      server.on("exit", (code) => resolve(code))
    );
    let stdout = "";
    await new Promise<void>((resolve, reject) => {
      server.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (SERVED.test(stdout)) resolve();
      });
      server.on("exit", (code) =>
        reject(new Error(`npm start exited ${code} before serving:\n${stdout}`))
      );
    });
    const stop = spawnSync(process.execPath, [STOP], { cwd: REPO, encoding: "utf8", env });
    expect(stop.status, stop.stderr).toBe(0);
    expect(stop.stdout).toMatch(new RegExp(`Stopped the dev server on port ${port}`));
    expect(await exited).toBe(0);
  }, 240_000);
});
