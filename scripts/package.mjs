// `npm run package`: the production build for one host, and the app package to upload.
//   ADDIN_BASE_URL=https://addins.example.com/aicost/ npm run package [-- --dist dir --out file.zip]
// 1. ADDIN_BASE_URL must be an https URL (Office loads add-ins over https only).
// 2. Both manifests, rewritten to that URL, are checked BEFORE building (a broken manifest or a
//    missing icon fails in a second, not after a minute of webpack).
// 3. A production build into dist/ (or --dist), whose manifest.xml and manifest.json name that URL.
// 4. The built manifests are checked again (functions from the built functions.json, icons in
//    dist/), then the app package is zipped (manifest.json and the icons it names, at the root
//    of the zip as the schema's relative paths say) and the zip itself is read back and checked.
// Exits 1 with every problem listed when anything is wrong; the zip is only left when it is valid.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { unzipSync, zipSync } from "fflate";
import { checkManifest } from "./manifest-check.mjs";
import {
  PACKAGE_ICON_SIZES,
  checkUnifiedManifest,
  compareManifests,
} from "./unified-manifest-check.mjs";
import { rebase } from "./unified-manifest.mjs";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const PACKAGE_NAME = "ai-cost-scenarios.zip";
/** A fixed date inside the zip, so the same build gives the same bytes. */
const ZIP_MTIME = new Date("2026-01-01T00:00:00Z");

/** The base URL from ADDIN_BASE_URL ("/"-terminated), or the error an IT admin can act on. */
export function baseUrlFrom(raw) {
  const example = "ADDIN_BASE_URL=https://addins.example.com/aicost/ npm run package";
  if (!raw) {
    return {
      error: `ADDIN_BASE_URL is not set: give the https URL where dist/ will be hosted, e.g. ${example}`,
    };
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    return { error: `ADDIN_BASE_URL is not a URL: ${raw} (e.g. ${example})` };
  }
  if (url.protocol !== "https:") {
    return { error: `ADDIN_BASE_URL must be https (Office loads add-ins over https only): ${raw}` };
  }
  if (url.search || url.hash) {
    return { error: `ADDIN_BASE_URL must not have a query or fragment: ${raw}` };
  }
  return { baseUrl: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

/**
 * Checks both manifests as they will be written for `baseUrl`: each valid, icons present in
 * `rootDir` (the repo's assets/ before the build, dist/ after), the two in agreement, and every
 * URL under `baseUrl`. `functionsJson` is the built functions.json (after the build only).
 */
export async function checkManifestsFor(baseUrl, { xml, json, rootDir, functionsJson }) {
  const errors = [];
  const fromXml = checkManifest(xml, { rootDir });
  errors.push(...fromXml.errors.map((e) => `manifest.xml: ${e}`));
  let manifest;
  try {
    manifest = JSON.parse(json);
  } catch (err) {
    return [...errors, `manifest.json is not JSON: ${err.message}`];
  }
  const fromJson = await checkUnifiedManifest(manifest, { rootDir, functionsJson });
  errors.push(...fromJson.errors.map((e) => `manifest.json: ${e}`));
  errors.push(...compareManifests(xml, manifest).map((d) => `the manifests disagree on ${d}`));
  for (const [name, found] of [
    ["manifest.xml", fromXml.baseUrl],
    ["manifest.json", fromJson.baseUrl],
  ]) {
    if (found !== baseUrl) errors.push(`${name}: base URL is ${found}, not ${baseUrl}`);
  }
  return errors;
}

/** The files of the app package: manifest.json and the icons it names, read from `distDir`. */
export function packageFiles(distDir) {
  const manifestText = fs.readFileSync(path.join(distDir, "manifest.json"), "utf8");
  const manifest = JSON.parse(manifestText);
  const files = { "manifest.json": new Uint8Array(Buffer.from(manifestText, "utf8")) };
  const errors = [];
  for (const name of Object.keys(PACKAGE_ICON_SIZES)) {
    const relative = manifest.icons?.[name];
    if (!relative) continue;
    const file = path.join(distDir, relative);
    if (!fs.existsSync(file)) errors.push(`icons/${name}: ${file} does not exist`);
    else files[relative] = new Uint8Array(fs.readFileSync(file));
  }
  return { files, errors };
}

export function zipPackage(files) {
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: ZIP_MTIME }]])
  );
  return zipSync(entries, { level: 9 });
}

/**
 * Reads an app package back and checks it: a manifest.json at its root that validates (its
 * icons taken from the zip, its hosted URLs from `distDir`, its functions equal to distDir's
 * functions.json, every URL under `baseUrl`), and no file the manifest does not name.
 */
export async function checkPackage(zipBytes, { distDir, baseUrl }) {
  let entries;
  try {
    entries = unzipSync(zipBytes);
  } catch (err) {
    return [`the package is not a readable zip (${err.message})`];
  }
  if (!entries["manifest.json"]) return ["the package has no manifest.json at its root"];
  let manifest;
  try {
    manifest = JSON.parse(Buffer.from(entries["manifest.json"]).toString("utf8"));
  } catch (err) {
    return [`the package's manifest.json is not JSON: ${err.message}`];
  }
  const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-package-"));
  try {
    for (const [name, bytes] of Object.entries(entries)) {
      const file = path.join(unpacked, name);
      if (!file.startsWith(unpacked + path.sep))
        return [`the package holds a path outside it: ${name}`];
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    const functionsJson = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8"));
    const result = await checkUnifiedManifest(manifest, {
      rootDir: distDir,
      packageDir: unpacked,
      functionsJson,
    });
    const errors = result.errors.map((e) => `the package's manifest.json: ${e}`);
    if (result.baseUrl !== baseUrl) {
      errors.push(`the package's manifest.json: base URL is ${result.baseUrl}, not ${baseUrl}`);
    }
    const named = new Set(["manifest.json", ...Object.values(manifest.icons ?? {})]);
    for (const name of Object.keys(entries)) {
      if (!named.has(name))
        errors.push(`the package holds ${name}, which its manifest does not name`);
    }
    return errors;
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true });
  }
}

function fail(title, errors) {
  console.error(`✖ npm run package: ${title}`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) =>
    args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : fallback;
  const distDir = option("--dist", path.join(REPO, "dist"));
  const outFile = option("--out", path.join(REPO, "dist-package", PACKAGE_NAME));

  const { baseUrl, error } = baseUrlFrom(process.env.ADDIN_BASE_URL);
  if (error) fail("no production URL", [error]);

  const read = (name) => fs.readFileSync(path.join(REPO, name), "utf8");
  const before = await checkManifestsFor(baseUrl, {
    xml: rebase(read("manifest.xml"), baseUrl),
    json: rebase(read("manifest.json"), baseUrl),
    rootDir: REPO,
  });
  if (before.length) fail("the manifests do not validate (nothing was built)", before);

  const started = Date.now();
  const webpackCli = path.join(REPO, "node_modules", "webpack-cli", "bin", "cli.js");
  const build = spawnSync(
    process.execPath,
    [webpackCli, "--mode", "production", "--output-path", distDir],
    { cwd: REPO, env: { ...process.env, ADDIN_BASE_URL: baseUrl }, encoding: "utf8" }
  );
  if (build.status !== 0) {
    fail("the production build failed", [`${build.stdout ?? ""}${build.stderr ?? ""}`.trim()]);
  }

  const functionsJson = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8"));
  const after = await checkManifestsFor(baseUrl, {
    xml: fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8"),
    json: fs.readFileSync(path.join(distDir, "manifest.json"), "utf8"),
    rootDir: distDir,
    functionsJson,
  });
  const { files, errors: missing } = packageFiles(distDir);
  if (after.length || missing.length)
    fail("the built manifests do not validate", [...after, ...missing]);

  const zip = zipPackage(files);
  const inZip = await checkPackage(zip, { distDir, baseUrl });
  if (inZip.length) fail("the app package does not validate (no zip written)", inZip);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, zip);

  const rel = (p) => path.relative(process.cwd(), p) || p;
  console.log(
    `✔ built ${rel(distDir)}/ for ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
  console.log(`✔ wrote ${rel(outFile)} (${zip.length} bytes: ${Object.keys(files).join(", ")})`);
  console.log(`  Host the contents of ${rel(distDir)}/ at ${baseUrl}, then upload ${rel(outFile)}`);
  console.log(
    `  (Microsoft 365) or ${rel(distDir)}/manifest.xml (older Office) in the admin center.`
  );
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await main();
