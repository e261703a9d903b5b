// `npm run validate`: offline manifest validation (see manifest-check.mjs for the WHY).
//   node scripts/validate-manifest.mjs            checks manifest.xml against assets/
//   node scripts/validate-manifest.mjs --dist     also checks dist/manifest.xml and the built
//                                                 functions bundle (after `npm run build`)
//   node scripts/validate-manifest.mjs path/to/manifest.xml --root dir
// Exits 1 and lists every problem when anything is wrong.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkFunctionsBundle, checkManifest, checkManifestInfo } from "./manifest-check.mjs";

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

function report(label, errors, summary) {
  if (errors.length === 0) console.log(`✔ ${label}: valid (${summary})`);
  else for (const e of errors) console.error(`✖ ${label}: ${e}`);
}

let problems = validate(
  path.resolve(positional[0] ?? path.join(repo, "manifest.xml")),
  path.resolve(option("--root") ?? repo)
);
if (flag("--dist")) {
  const dist = path.join(repo, "dist");
  problems += validate(path.join(dist, "manifest.xml"), dist);
  const bundle = checkFunctionsBundle(dist);
  report("dist/functions.js", bundle.errors, `associates ${bundle.associatedIds.join(", ")}`);
  problems += bundle.errors.length;
}
process.exitCode = problems === 0 ? 0 : 1;
