// `npm run validate`: offline validation of both manifests (see manifest-check.mjs and
// unified-manifest-check.mjs for the WHY).
//   node scripts/validate-manifest.mjs            checks manifest.xml and manifest.json against
//                                                 assets/, and that the two agree
//   node scripts/validate-manifest.mjs --dist     also checks dist/manifest.xml, dist/manifest.json
//                                                 and the built functions (after `npm run build`)
//   node scripts/validate-manifest.mjs path/to/manifest.xml --root dir
//                                                 (manifest.json is read beside the given XML)
// Exits 1 and lists every problem when anything is wrong.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkFunctionsBundle, checkManifest, checkManifestInfo } from "./manifest-check.mjs";
import { checkUnifiedManifest, compareManifests } from "./unified-manifest-check.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--root");

/** Validates one manifest file; returns the number of problems. */
function validate(manifestPath, rootDir) {
  const label = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (!fs.existsSync(manifestPath)) {
    console.error(`✖ ${label}: file not found`);
    return 1;
  }
  const result = checkManifest(fs.readFileSync(manifestPath, "utf8"), { rootDir });
  const errors = [...result.errors, ...checkManifestInfo(manifestPath, result.id)];
  report(label, errors, `id ${result.id}, namespace ${result.namespace}, base ${result.baseUrl}`);
  return errors.length;
}

/**
 * Validates the manifest.json beside `xmlPath` and compares it with that manifest.xml; a built
 * one (`functionsJson` given) must list exactly those functions. Returns the number of problems.
 */
async function validateUnified(xmlPath, rootDir, functionsJson) {
  const jsonPath = path.join(path.dirname(xmlPath), "manifest.json");
  const label = path.relative(process.cwd(), jsonPath) || jsonPath;
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  } catch (err) {
    console.error(`✖ ${label}: ${err.code === "ENOENT" ? "file not found" : err.message}`);
    return 1;
  }
  const result = await checkUnifiedManifest(manifest, { rootDir, functionsJson });
  // Microsoft's own reader of both manifest kinds must parse it too (offline, like the XML's).
  const errors = [...result.errors, ...checkManifestInfo(jsonPath, manifest.id)];
  if (fs.existsSync(xmlPath)) {
    const differences = compareManifests(fs.readFileSync(xmlPath, "utf8"), manifest);
    errors.push(...differences.map((d) => `disagrees with manifest.xml on ${d}`));
  }
  report(
    label,
    errors,
    `schema ${manifest.manifestVersion}, namespace ${result.namespace}, base ${result.baseUrl}, agrees with manifest.xml`
  );
  return errors.length;
}

function report(label, errors, summary) {
  if (errors.length === 0) console.log(`✔ ${label}: valid (${summary})`);
  else for (const e of errors) console.error(`✖ ${label}: ${e}`);
}

const xmlPath = path.resolve(positional[0] ?? path.join(repo, "manifest.xml"));
const rootDir = path.resolve(option("--root") ?? repo);
let problems = validate(xmlPath, rootDir);
problems += await validateUnified(xmlPath, rootDir);
if (flag("--dist")) {
  const dist = path.join(repo, "dist");
  problems += validate(path.join(dist, "manifest.xml"), dist);
  const functionsJsonPath = path.join(dist, "functions.json");
  const functionsJson = fs.existsSync(functionsJsonPath)
    ? JSON.parse(fs.readFileSync(functionsJsonPath, "utf8"))
    : { functions: [] };
  problems += await validateUnified(path.join(dist, "manifest.xml"), dist, functionsJson);
  const bundle = checkFunctionsBundle(dist);
  report("dist/functions.js", bundle.errors, `associates ${bundle.associatedIds.join(", ")}`);
  problems += bundle.errors.length;
}
process.exitCode = problems === 0 ? 0 : 1;
