// Offline validation of the unified manifest (manifest.json), and the check that it declares
// what manifest.xml declares.
//
// WHY: Microsoft 365 reads manifest.json and older Office reads manifest.xml (docs/HOSTS.md,
// "Manifests"); an add-in whose two manifests disagree works on one client and not the other,
// and neither says why. So:
//   - the JSON Schema that @microsoft/app-manifest ships for the manifest's $schema (never
//     fetched: a $schema the package does not bundle is an error, not a download);
//   - this add-in's rules: one shared runtime, long lifetime, the AICOST namespace and metadata
//     URL, the ribbon button opening that runtime's page, every URL https under one base URL,
//     every icon present at its size (the package's colour 192 px and white outline 32 px too);
//   - the built manifest's functions are exactly those of the built functions.json;
//   - compareManifests: id, version, namespace, URLs, icons, requirements, permission, ribbon
//     and get-started text agree with manifest.xml.
// Every check returns messages instead of throwing, so a broken copy lists all its problems.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PNG } from "pngjs";
import { checkIcon, parseXml } from "./manifest-check.mjs";
import { manifestFunctions } from "./unified-manifest.mjs";

const require = createRequire(import.meta.url);
const APP_MANIFEST_DIR = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/i;

/** Pixel sizes of the app package's icons (the schema's descriptions of `icons`). */
export const PACKAGE_ICON_SIZES = { color: 192, outline: 32, color32x32: 32 };
/** The id of the task pane container that a workbook's auto-open setting opens. */
export const AUTO_OPEN_VIEW = "Office.AutoShowTaskpaneWithDocument";
/** XML <Permissions> and the unified manifest's resource-specific permission of the same right. */
export const PERMISSIONS = {
  Restricted: "Document.Restricted.User",
  ReadDocument: "Document.Read.User",
  ReadWriteDocument: "Document.ReadWrite.User",
  WriteDocument: "Document.Write.User",
};

/**
 * The schema @microsoft/app-manifest bundles for a manifest's $schema URL, or an error saying
 * why there is none. Never fetches.
 */
export function bundledSchema(schemaUrl) {
  const match = SCHEMA_URL.exec(schemaUrl ?? "");
  const file = match
    ? path.join(
        APP_MANIFEST_DIR,
        "build",
        "json-schemas",
        "teams",
        match[1],
        "MicrosoftTeams.schema.json"
      )
    : null;
  if (!file || !fs.existsSync(file)) {
    return {
      error: `$schema ${schemaUrl ?? "(missing)"} is not a schema that @microsoft/app-manifest bundles (use https://developer.microsoft.com/json-schemas/teams/v1.NN/MicrosoftTeams.schema.json with a version in node_modules/@microsoft/app-manifest/build/json-schemas/teams)`,
    };
  }
  // The package reads its own files the same way (escapes JSON.parse rejects).
  const raw = fs.readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return { schema: JSON.parse(raw) };
}

/** JSON Schema validation with the bundled schema; messages name the path in the manifest. */
export async function schemaErrors(manifest) {
  const { schema, error } = bundledSchema(manifest?.$schema);
  if (error) return [error];
  const { AppManifestUtils } = require("@microsoft/app-manifest");
  // The schema is passed in, so validateAgainstSchema has nothing to fetch.
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  // Each message starts with the JSON path of the value ("" for the top level).
  return errors.map((e) => `schema: ${e.startsWith(" ") ? `(top level)${e}` : e}`);
}

/** Every string value in the manifest that looks like a URL, with its JSON path. */
function* urls(value, where = "") {
  if (typeof value === "string") {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) yield { where, url: value };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* urls(item, `${where}/${i}`);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key !== "$schema") yield* urls(item, `${where}/${key}`);
    }
  }
}

/** Every `{ size, url }` icon in the extension (ribbon groups, controls, alternates). */
function* urlIcons(value, where = "") {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* urlIcons(item, `${where}/${i}`);
  } else if (value && typeof value === "object") {
    if (typeof value.url === "string" && typeof value.size === "number") {
      yield { where, url: value.url, size: value.size };
    }
    for (const [key, item] of Object.entries(value)) yield* urlIcons(item, `${where}/${key}`);
  }
}

/** The parts of the manifest this add-in relies on, or undefined where they are missing. */
export function unifiedParts(manifest) {
  const extension = manifest?.extensions?.[0];
  const runtimes = extension?.runtimes ?? [];
  const runtime = runtimes.find((r) => r.customFunctions) ?? runtimes[0];
  const controls = (extension?.ribbons ?? []).flatMap((ribbon) =>
    (ribbon.tabs ?? []).flatMap((tab) =>
      (tab.groups ?? []).flatMap((group) =>
        (group.controls ?? []).map((control) => ({ tab, group, control }))
      )
    )
  );
  const button = controls.find((c) => c.control.type === "button");
  const action = runtime?.actions?.find((a) => a.id === button?.control.actionId);
  return { extension, runtimes, runtime, button, action };
}

/** Checks a 32 px outline icon is white on transparent, as the schema's description asks. */
function checkOutline(file, where) {
  try {
    const png = PNG.sync.read(fs.readFileSync(file));
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
        return [`${where}: ${file} must be white on a transparent background`];
      }
    }
  } catch (err) {
    return [`${where}: ${file} is not a readable PNG (${err.message})`];
  }
  return [];
}

/**
 * Checks a unified manifest object against the bundled schema and this add-in's rules.
 * @param {object} manifest the parsed manifest.json
 * @param {{ rootDir: string, packageDir?: string, functionsJson?: object }} options
 *   rootDir: the directory the base URL serves (repo root or dist/); packageDir: where the
 *   package's relative icon paths are (default rootDir); functionsJson: the built functions.json
 *   (a built manifest must list exactly its functions; without it, the manifest must list none,
 *   since the build copies them)
 * @returns {Promise<{ errors: string[], namespace: string | null, baseUrl: string | null }>}
 */
export async function checkUnifiedManifest(manifest, { rootDir, packageDir, functionsJson }) {
  const errors = await schemaErrors(manifest);
  const { extension, runtimes, runtime, button, action } = unifiedParts(manifest);
  if (!extension) {
    errors.push("extensions: the add-in's extension is missing");
    return { errors, namespace: null, baseUrl: null };
  }
  if (!(extension.requirements?.scopes ?? []).includes("workbook")) {
    errors.push('extensions/0/requirements/scopes must include "workbook" (an Excel add-in)');
  }

  // One shared runtime: the task pane page and the functions in one long-lived runtime.
  if (runtimes.length !== 1) errors.push(`expected exactly one runtime, found ${runtimes.length}`);
  if (runtime && runtime.lifetime !== "long") {
    errors.push(
      `runtime ${runtime.id}: lifetime must be "long", not "${runtime.lifetime ?? "(missing)"}" (the functions and the change handler would stop when the pane closes)`
    );
  }
  const customFunctions = runtime?.customFunctions;
  const namespace = customFunctions?.namespace?.id ?? null;
  if (!customFunctions) errors.push("the runtime declares no customFunctions");
  else {
    if (!namespace) errors.push("customFunctions: the namespace is missing");
    if (!customFunctions.metadataUrl) errors.push("customFunctions: metadataUrl is missing");
  }
  if (!button) errors.push("ribbons: no button (nothing opens the pane)");
  else if (!action || action.type !== "openPage") {
    errors.push(
      `ribbon button ${button.control.id}: actionId "${button.control.actionId}" is not an openPage action of runtime ${runtime?.id}`
    );
  } else if (action.view !== AUTO_OPEN_VIEW) {
    errors.push(
      `action ${action.id}: view must be ${AUTO_OPEN_VIEW}, not ${action.view ?? "(missing)"} (the workbook setting could not open the pane for colleagues)`
    );
  }

  // Functions: a built manifest lists exactly the built functions.json's.
  const listed = customFunctions?.functions;
  if (functionsJson) {
    const expected = manifestFunctions(functionsJson);
    if (JSON.stringify(listed ?? []) !== JSON.stringify(expected)) {
      const ids = (list) => (list ?? []).map((f) => f.id).join(", ") || "(none)";
      errors.push(
        `customFunctions.functions differ from functions.json (manifest: ${ids(listed)}; functions.json: ${ids(expected)})`
      );
    }
  } else if (listed) {
    errors.push(
      "customFunctions.functions: leave them out of manifest.json; the build copies them from functions.json"
    );
  }

  // URLs: https, all under the task pane page's base URL.
  const page = runtime?.code?.page ?? "";
  const baseUrl = page ? page.slice(0, page.lastIndexOf("/") + 1) : null;
  for (const { where, url } of urls(manifest)) {
    if (!url.startsWith("https://")) errors.push(`${where}: URL must be https: ${url}`);
    else if (baseUrl && !url.startsWith(baseUrl) && !where.endsWith("/helpUrl")) {
      errors.push(`${where}: ${url} is not served by the add-in (${baseUrl})`);
    }
  }

  // Icons: the ribbon's and alternates' at the size stated, the package's at the schema's.
  const seen = new Set();
  for (const icon of urlIcons(extension, "/extensions/0")) {
    if (!baseUrl || !icon.url.startsWith(baseUrl) || seen.has(`${icon.url}@${icon.size}`)) continue;
    seen.add(`${icon.url}@${icon.size}`);
    const file = path.join(rootDir, icon.url.slice(baseUrl.length));
    errors.push(...checkIcon(file, icon.size, icon.where));
  }
  for (const [name, size] of Object.entries(PACKAGE_ICON_SIZES)) {
    const relative = manifest.icons?.[name];
    if (!relative) continue;
    const file = path.join(packageDir ?? rootDir, relative);
    const iconErrors = checkIcon(file, size, `icons/${name}`);
    errors.push(...iconErrors);
    if (name === "outline" && iconErrors.length === 0) {
      errors.push(...checkOutline(file, `icons/${name}`));
    }
  }
  return { errors, namespace, baseUrl };
}

// ---- the two manifests agree ----

const kids = (el, name) => (el ? el.children.filter((c) => c.name === name) : []);
const kid = (el, name) => kids(el, name)[0];
function* walk(el) {
  yield el;
  for (const child of el.children) yield* walk(child);
}

/** What manifest.xml declares, in the terms compareManifests uses. */
function xmlDeclares(xml) {
  const root = parseXml(xml);
  const resources = new Map();
  const versionOverrides = kid(root, "VersionOverrides");
  for (const group of kid(versionOverrides, "Resources")?.children ?? []) {
    for (const item of group.children) resources.set(item.attrs.id, item.attrs.DefaultValue);
  }
  const res = (el) => resources.get(el?.attrs.resid);
  const all = [...walk(root)];
  const customFunctions = all.find(
    (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions"
  );
  const group = all.find((e) => e.name === "Group");
  const control = kid(group, "Control");
  const action = kid(control, "Action");
  const getStarted = all.find((e) => e.name === "GetStarted");
  const icons = (el) => kids(kid(el, "Icon"), "Image").map((i) => `${i.attrs.size} ${res(i)}`);
  return {
    id: kid(root, "Id")?.text,
    version: kid(root, "Version")?.text.split(".").slice(0, 3).join("."),
    "display name": kid(root, "DisplayName")?.attrs.DefaultValue,
    namespace: res(kid(customFunctions, "Namespace")),
    "functions metadata URL": res(kid(kid(customFunctions, "Metadata"), "SourceLocation")),
    "functions script URL": res(kid(kid(customFunctions, "Script"), "SourceLocation")),
    "shared runtime page": res(all.find((e) => e.name === "Runtime")),
    "runtime lifetime": all.find((e) => e.name === "Runtime")?.attrs.lifetime,
    "task pane page": res(kid(action, "SourceLocation")),
    "auto-open task pane id": kid(action, "TaskpaneId")?.text,
    requirements: kids(kid(kid(root, "Requirements"), "Sets"), "Set")
      .map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`)
      .sort(),
    permission: PERMISSIONS[kid(root, "Permissions")?.text] ?? kid(root, "Permissions")?.text,
    "ribbon tab": all.find((e) => e.name === "OfficeTab")?.attrs.id,
    "ribbon group": `${group?.attrs.id} "${res(kid(group, "Label"))}"`,
    "ribbon group icons": icons(group),
    "ribbon button": `${control?.attrs.id} "${res(kid(control, "Label"))}"`,
    "ribbon button icons": icons(control),
    "ribbon button tooltip": res(kid(kid(control, "Supertip"), "Description")),
    "add-in icons": [
      `32 ${kid(root, "IconUrl")?.attrs.DefaultValue}`,
      `64 ${kid(root, "HighResolutionIconUrl")?.attrs.DefaultValue}`,
    ],
    "support URL": kid(root, "SupportUrl")?.attrs.DefaultValue,
    "get-started message": [
      res(kid(getStarted, "Title")),
      res(kid(getStarted, "Description")),
      res(kid(getStarted, "LearnMoreUrl")),
    ],
  };
}

/** What manifest.json declares, in the same terms. */
function jsonDeclares(manifest) {
  const { extension, runtime, button, action } = unifiedParts(manifest);
  const icons = (list) => (list ?? []).map((i) => `${i.size} ${i.url}`);
  const alternate = extension?.alternates?.find((a) => a.alternateIcons)?.alternateIcons;
  const getStarted = extension?.getStartedMessages?.[0];
  const permissions = manifest?.authorization?.permissions?.resourceSpecific ?? [];
  return {
    id: manifest?.id,
    version: manifest?.version,
    "display name": manifest?.name?.short,
    namespace: runtime?.customFunctions?.namespace?.id,
    "functions metadata URL": runtime?.customFunctions?.metadataUrl,
    "functions script URL": runtime?.code?.script,
    "shared runtime page": runtime?.code?.page,
    "runtime lifetime": runtime?.lifetime,
    "task pane page": runtime?.code?.page,
    "auto-open task pane id": action?.view,
    requirements: (extension?.requirements?.capabilities ?? [])
      .map((c) => `${c.name} ${c.minVersion}`)
      .sort(),
    permission: permissions.map((p) => p.name).join(", "),
    "ribbon tab": button?.tab.builtInTabId ?? button?.tab.id,
    "ribbon group": `${button?.group.id} "${button?.group.label}"`,
    "ribbon group icons": icons(button?.group.icons),
    "ribbon button": `${button?.control.id} "${button?.control.label}"`,
    "ribbon button icons": icons(button?.control.icons),
    "ribbon button tooltip": button?.control.supertip?.description,
    "add-in icons": [`32 ${alternate?.icon?.url}`, `64 ${alternate?.highResolutionIcon?.url}`],
    "support URL": manifest?.developer?.websiteUrl,
    "get-started message": [getStarted?.title, getStarted?.description, getStarted?.learnMoreUrl],
  };
}

/**
 * Lists every declaration on which manifest.xml (text) and manifest.json (object) disagree,
 * one message each naming both values. The functions themselves are compared by
 * checkUnifiedManifest against functions.json, which both manifests' metadata URL names.
 */
export function compareManifests(xml, manifest) {
  let fromXml;
  try {
    fromXml = xmlDeclares(xml);
  } catch (err) {
    return [`manifest.xml: ${err.message}`];
  }
  const fromJson = jsonDeclares(manifest);
  const show = (v) => (v === undefined ? "(missing)" : JSON.stringify(v));
  return Object.keys(fromXml)
    .filter((key) => JSON.stringify(fromXml[key]) !== JSON.stringify(fromJson[key]))
    .map(
      (key) =>
        `${key}: manifest.xml says ${show(fromXml[key])}, manifest.json says ${show(fromJson[key])}`
    );
}
