// `npm start`: the add-in's main job on every platform.
// - Windows / macOS: sideload into desktop Excel with office-addin-debugging (it starts
//   `npm run dev-server` and trusts the dev certificate), exactly as the official templates do.
// - Linux (no Excel): build and serve the add-in without prompts (plain http unless a trusted
//   certificate exists), check that the server really answers, then print the PREVIEW's URL:
//   the task pane on IronCalc in the browser, which needs neither Excel nor a certificate.
//   Exit codes are propagated: a failed build/serve never prints a success line.
// Flags: --serve (serve even on Windows/macOS), --check (serve, verify, stop, exit 0: for tests).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import {
  PORT,
  REPO,
  clearState,
  isPortFree,
  probe,
  waitForServer,
  writeState,
} from "./dev-server.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const STARTUP_TIMEOUT_MS = 180_000; // a cold development build on a slow 2-core machine

/** Runs a node CLI from node_modules, inheriting the terminal; resolves the child process. */
function runNodeCli(packageName, binPath, cliArgs, env = process.env) {
  const file = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), binPath);
  return spawn(process.execPath, [file, ...cliArgs], { cwd: REPO, stdio: "inherit", env });
}

function sideloadDesktop() {
  const child = runNodeCli("office-addin-debugging", "cli.js", ["start", "manifest.xml"]);
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** The preview page: the task pane on IronCalc in the browser, for Linux (no Excel) and demos. */
const PREVIEW_PAGE = "preview.html";

/** Linux has no Excel: the preview is what to open. Printed only once both pages answered. */
function announce(url) {
  const preview = new URL(PREVIEW_PAGE, url).href;
  console.log(`\nAI Cost Scenarios is served at ${url}`);
  console.log(`\n  Preview (no Excel needed): ${preview}\n`);
  console.log(
    "Open the preview in a browser: the task pane beside a workbook computed in the page."
  );
  console.log(
    "To use the add-in itself, sideload manifest.xml into Excel on the web (see README)."
  );
  console.log("Stop with Ctrl+C or `npm run stop`.\n");
}

async function serveLocally() {
  if (!(await isPortFree(PORT))) {
    console.error(
      `✖ Port ${PORT} is already in use. Stop the other server (npm run stop) and retry.`
    );
    process.exit(1);
  }
  const server = runNodeCli("webpack-cli", "bin/cli.js", ["serve", "--mode", "development"], {
    ...process.env,
    ADDIN_DEV_PORT: String(PORT),
  });
  writeState({ pid: server.pid, port: PORT, startedBy: process.pid });
  let stopping = false;
  const stop = () => {
    stopping = true;
    server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const finished = new Promise((resolve) =>
    server.once("exit", (code, signal) => resolve({ code, signal }))
  );

  const ready = await waitForServer(server, PORT, STARTUP_TIMEOUT_MS);
  if (!ready.url) {
    if (ready.exitCode === null) {
      console.error(
        `✖ The dev server did not answer on port ${PORT} within ${STARTUP_TIMEOUT_MS / 1000} s.`
      );
      stop();
    } else {
      console.error(`✖ The dev server failed (exit code ${ready.exitCode}).`);
    }
    await finished;
    clearState(server.pid);
    process.exit(ready.exitCode || 1);
  }

  // The preview is a page of its own: make sure it was built and answers too.
  const previewStatus = await probe(new URL(PREVIEW_PAGE, ready.url).href);
  if (previewStatus !== 200) {
    console.error(`✖ The server answers but ${PREVIEW_PAGE} does not (status ${previewStatus}).`);
    stop();
    await finished;
    clearState(server.pid);
    process.exit(1);
  }
  announce(ready.url);
  if (args.includes("--check")) {
    console.log("✔ check passed: the server answered; stopping it.");
    stop();
  }
  const { code, signal } = await finished;
  clearState(server.pid);
  // Stopped on request (Ctrl+C, npm run stop, --check) is success; anything else is the
  // server's own exit status.
  const requested = stopping || signal === "SIGTERM" || signal === "SIGINT";
  process.exit(requested ? 0 : (code ?? 1));
}

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !args.includes("--serve") && !args.includes("--check")) sideloadDesktop();
else await serveLocally();
