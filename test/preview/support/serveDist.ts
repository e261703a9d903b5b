/**
 * dist/ served over plain http on a free localhost port, as `npm start` serves the preview on
 * Linux: the tests load the same built page a newcomer opens. A tiny static server (no
 * webpack): the build is already there (`npm test` builds before vitest; ensurePreviewBuilt
 * builds once when a test file runs alone).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..", "..");
export const DIST = path.join(REPO, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/** Builds the production bundle when dist/ has no preview page yet. */
export function ensurePreviewBuilt(): void {
  if (fs.existsSync(path.join(DIST, "preview.html"))) return;
  const webpackCli = path.join(REPO, "node_modules", "webpack-cli", "bin", "cli.js");
  execFileSync(process.execPath, [webpackCli, "--mode", "production"], {
    cwd: REPO,
    stdio: "pipe",
  });
}

export interface Served {
  /** "http://localhost:PORT" */
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveDist(root = DIST): Promise<Served> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A built file of dist/, as text. */
export function readDist(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

/** The local scripts a built page loads at start, in order (office.js and other URLs left out). */
export function initialScripts(page: string): string[] {
  return [...readDist(page).matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}
