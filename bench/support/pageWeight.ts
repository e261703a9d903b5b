/** Bytes a built page costs to start: the HTML plus the local scripts it loads, raw and gzipped. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "../../test/foundation/paths";

export interface Weight {
  readonly raw: number;
  readonly gzip: number;
}

/** The local script files a page in dist/ loads (office.js from the CDN is not ours to count). */
export function pageScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => src !== "" && !/^https?:/.test(src));
}

export function fileWeight(files: readonly string[]): Weight {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(DIST, file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function pageWeight(page: string, extra: readonly string[] = []): Weight {
  return fileWeight([page, ...pageScripts(page), ...extra]);
}
