// Shared by start.mjs and stop.mjs: where the dev server runs, how to tell it answers, and the
// state file that lets `npm run stop` end exactly the server `npm start` began (by pid).
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The manifest's port is 3000; ADDIN_DEV_PORT moves the server (tests, a busy port). */
export const PORT = Number(
  process.env.ADDIN_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000
);
export const STATE_FILE = path.join(
  REPO,
  "node_modules",
  ".cache",
  "ai-cost-scenarios",
  "dev-server.json"
);
export const PAGE = "taskpane.html";

/** True when nothing listens on `port` at localhost. */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "localhost", () => server.close(() => resolve(true)));
  });
}

/** GETs `url` and resolves its status code, or null when nothing answers. Self-signed
 *  certificates are accepted: we only ask whether OUR server is up, not whether Office trusts it. */
export function probe(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const client = url.startsWith("https:") ? https : http;
    const request = client.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(null));
  });
}

/**
 * Waits until the server on `port` serves the task pane page over http or https.
 * Resolves { url } on success, or { exitCode } as soon as `child` exits (it failed).
 */
export async function waitForServer(child, port, timeoutMs) {
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = { exitCode: code ?? (signal ? 1 : 0) };
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) return exited;
    for (const protocol of ["http", "https"]) {
      const url = `${protocol}://localhost:${port}/${PAGE}`;
      if ((await probe(url)) === 200) return { url };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return exited ?? { exitCode: null };
}

export function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, "utf8"));
  } catch {
    return null;
  }
}

export function writeState(state) {
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
}

export function clearState(pid) {
  const state = readState();
  if (state && (pid === undefined || state.pid === pid)) fs.rmSync(STATE_FILE, { force: true });
}
