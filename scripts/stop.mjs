// `npm run stop`: mirrors `npm start`.
// - Windows / macOS: office-addin-debugging stop (unregisters the sideloaded add-in, stops its server).
// - Linux: ends the dev server that `npm start` recorded (by pid, and only if that pid is still
//   a webpack process: a recycled pid belonging to something else is never killed).
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { REPO, clearState, readState } from "./dev-server.mjs";

const require = createRequire(import.meta.url);

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** On Linux /proc tells what a pid runs; elsewhere we trust the state file. */
function looksLikeOurServer(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("webpack");
  } catch {
    return process.platform !== "linux";
  }
}

async function stopLocalServer() {
  const state = readState();
  if (!state || !isAlive(state.pid) || !looksLikeOurServer(state.pid)) {
    clearState();
    console.log("No dev server started by `npm start` is running.");
    return 0;
  }
  process.kill(state.pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(state.pid); waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (isAlive(state.pid)) {
    console.error(`✖ The dev server (pid ${state.pid}) did not stop.`);
    return 1;
  }
  clearState();
  console.log(`Stopped the dev server on port ${state.port}.`);
  return 0;
}

if (process.platform === "win32" || process.platform === "darwin") {
  const cli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json")),
    "cli.js"
  );
  const child = spawn(process.execPath, [cli, "stop", "manifest.xml"], {
    cwd: REPO,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  process.exit(await stopLocalServer());
}
