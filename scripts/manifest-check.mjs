// Offline validation of the add-in manifest and the built functions bundle.
//
// WHY: `office-addin-manifest validate` posts the manifest to an online service (fails offline
// and in CI), and Excel reports a broken shared runtime only by silently not loading it. So the
// rules that matter to THIS add-in are checked here with a real XML parser:
//   - element order (the XSD is a sequence: a misplaced element invalidates the manifest);
//   - the shared runtime: <Runtimes> first in <Host>, one resid for Runtime, Page, FunctionFile,
//     and lifetime="long" (the runtime, with the functions and the change handler, outlives the pane);
//   - auto-open: the ShowTaskpane action's TaskpaneId is Office.AutoShowTaskpaneWithDocument, the
//     id the document setting of that name opens (src/excel/autoOpen.ts);
//   - the custom-functions namespace (<= 32 characters), every URL https;
//   - every referenced icon exists in the repo (or dist) at the pixel size the manifest states;
//   - office-addin-manifest's own parser accepts the file;
//   - dist/functions.json lists exactly the ids the built dist/functions.js associates.
// Every check returns messages instead of throwing, so a broken copy lists all its problems.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { imageSize } from "image-size";

const require = createRequire(import.meta.url);

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> (Microsoft's "manifest element ordering"). */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
/** Orders inside VersionOverrides that matter for this add-in (same source). */
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "EquivalentAddins",
];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const DESKTOP_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const CUSTOM_FUNCTIONS_ORDER = ["Script", "Page", "Metadata", "Namespace"];

export const MAX_NAMESPACE_LENGTH = 32; // Excel's limit for <Namespace>
/** The TaskpaneId a workbook's Office.AutoShowTaskpaneWithDocument setting opens (Office docs). */
export const AUTO_OPEN_TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";
export const MAX_RESID_LENGTH = 32; // the schema's limit for resid / resource ids
/** Pixel size each top-level icon element states (Office docs: IconUrl 32, high-res 64). */
const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** Store listing icon that is not referenced in the manifest but must ship in assets/. */
export const STORE_ICON = { file: "assets/icon-128.png", size: 128 };

// ---- a tiny element tree over fast-xml-parser's order-preserving output ----

/** @typedef {{ name: string, attrs: Record<string, string>, children: El[], text: string }} El */

/** Parses XML into an element tree with namespace prefixes removed; throws on malformed XML. */
export function parseXml(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const toEl = (node) => {
    const name = Object.keys(node).find((k) => k !== ":@");
    const rawChildren = node[name] ?? [];
    const attrs = node[":@"] ?? {};
    const children = rawChildren.filter((c) => !("#text" in c)).map(toEl);
    const text = rawChildren
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("");
    return { name: localName(name), attrs, children, text };
  };
  const roots = parser.parse(xml).filter((n) => !("?xml" in n) && !("#text" in n));
  if (roots.length !== 1) throw new Error("expected exactly one root element");
  return toEl(roots[0]);
}

const localName = (qname) => qname.slice(qname.indexOf(":") + 1);
const kids = (el, name) => (el ? el.children.filter((c) => c.name === name) : []);
const kid = (el, name) => kids(el, name)[0];
const xsiType = (el) => el?.attrs["xsi:type"];

/** Checks that the children of `el` appear in the order given (unknown names are errors too). */
function checkOrder(el, order, where, errors) {
  let last = -1;
  for (const child of el.children) {
    const index = order.indexOf(child.name);
    if (index === -1) {
      errors.push(
        `${where}: <${child.name}> is not allowed here (expected one of ${order.join(", ")})`
      );
    } else if (index < last) {
      errors.push(
        `${where}: <${child.name}> is out of order (the schema order is ${order.join(" > ")})`
      );
    } else {
      last = index;
    }
  }
}

/** All elements below `el` (depth first). */
function* walk(el) {
  yield el;
  for (const child of el.children) yield* walk(child);
}

// ---- the manifest rules ----

/**
 * Checks manifest XML text against this add-in's rules.
 * @param {string} xml manifest text
 * @param {{ rootDir: string }} options directory the manifest's base URL maps to (repo root or dist/)
 * @returns {{ errors: string[], id: string | null, namespace: string | null, baseUrl: string | null }}
 */
export function checkManifest(xml, { rootDir }) {
  const errors = [];
  let root;
  try {
    root = parseXml(xml);
  } catch (err) {
    return { errors: [err.message], id: null, namespace: null, baseUrl: null };
  }
  if (root.name !== "OfficeApp" || xsiType(root) !== "TaskPaneApp") {
    errors.push('root must be <OfficeApp xsi:type="TaskPaneApp">');
  }

  // Top level: order and presence.
  checkOrder(root, OFFICE_APP_ORDER, "OfficeApp", errors);
  for (const name of OFFICE_APP_REQUIRED) {
    if (!kid(root, name)) errors.push(`OfficeApp: <${name}> is missing`);
  }
  const id = kid(root, "Id")?.text ?? null;
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    errors.push(`Id must be a GUID, got "${id}"`);
  }
  const version = kid(root, "Version")?.text;
  if (version && !/^\d+(\.\d+){0,3}$/.test(version))
    errors.push(`Version "${version}" is not n.n.n.n`);
  const sets = kids(kid(kid(root, "Requirements"), "Sets"), "Set");
  const sharedRuntime = sets.find((s) => s.attrs.Name === "SharedRuntime");
  if (!sharedRuntime || sharedRuntime.attrs.MinVersion !== "1.1") {
    errors.push('Requirements: <Set Name="SharedRuntime" MinVersion="1.1"/> is missing');
  }

  // Resources by id, and every resid must resolve and fit the schema's length.
  const versionOverrides = kid(root, "VersionOverrides");
  const resources = kid(versionOverrides, "Resources");
  const resourceValues = new Map();
  for (const group of resources?.children ?? []) {
    for (const item of group.children) resourceValues.set(item.attrs.id, item.attrs.DefaultValue);
  }
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    if (!resourceValues.has(resid)) errors.push(`resid "${resid}" on <${el.name}> has no resource`);
    if (resid.length > MAX_RESID_LENGTH)
      errors.push(`resid "${resid}" is longer than ${MAX_RESID_LENGTH}`);
  }

  // VersionOverrides > Hosts > Host(Workbook): the shared runtime.
  if (versionOverrides)
    checkOrder(versionOverrides, VERSION_OVERRIDES_ORDER, "VersionOverrides", errors);
  const host = kids(kid(versionOverrides, "Hosts"), "Host").find((h) => xsiType(h) === "Workbook");
  let namespace = null;
  if (!host) {
    errors.push('VersionOverrides: <Host xsi:type="Workbook"> is missing');
  } else {
    checkOrder(host, HOST_ORDER, "Host", errors);
    const runtimes = kid(host, "Runtimes");
    if (!runtimes) errors.push("Host: <Runtimes> is missing (no shared runtime)");
    else if (host.children[0] !== runtimes)
      errors.push("Host: <Runtimes> must come right after <Host>");
    const runtimeList = kids(runtimes, "Runtime");
    if (runtimes && runtimeList.length !== 1)
      errors.push("Runtimes: expected exactly one <Runtime>");
    const runtime = runtimeList[0];
    if (runtime && runtime.attrs.lifetime !== "long")
      errors.push(
        `Runtime: lifetime must be "long", not "${runtime.attrs.lifetime ?? "(missing)"}" (the functions and the change handler would stop when the pane closes)`
      );

    const desktop = kid(host, "DesktopFormFactor");
    if (desktop) checkOrder(desktop, DESKTOP_ORDER, "DesktopFormFactor", errors);
    if (!kid(desktop, "GetStarted")) errors.push("DesktopFormFactor: <GetStarted> is missing");
    const functionFile = kid(desktop, "FunctionFile");
    const customFunctions = kids(kid(host, "AllFormFactors"), "ExtensionPoint").find(
      (e) => xsiType(e) === "CustomFunctions"
    );
    if (!customFunctions) {
      errors.push('AllFormFactors: <ExtensionPoint xsi:type="CustomFunctions"> is missing');
    } else {
      checkOrder(customFunctions, CUSTOM_FUNCTIONS_ORDER, "CustomFunctions", errors);
      for (const name of CUSTOM_FUNCTIONS_ORDER) {
        if (!kid(customFunctions, name)) errors.push(`CustomFunctions: <${name}> is missing`);
      }
      const nsResid = kid(customFunctions, "Namespace")?.attrs.resid;
      namespace = resourceValues.get(nsResid) ?? null;
      if (!namespace) errors.push("CustomFunctions: the namespace is empty or missing");
      else if (namespace.length > MAX_NAMESPACE_LENGTH) {
        errors.push(`namespace "${namespace}" is longer than ${MAX_NAMESPACE_LENGTH} characters`);
      } else if (!/^[A-Za-z][A-Za-z0-9.]*$/.test(namespace)) {
        errors.push(`namespace "${namespace}" must be letters, digits and periods`);
      }
    }
    // One resid for the runtime, the functions' Page, FunctionFile and the task pane button:
    // different resids make Excel start separate runtimes (or none).
    const showTaskpane = [...walk(desktop ?? host)].find(
      (e) => e.name === "Action" && xsiType(e) === "ShowTaskpane"
    );
    const shared = {
      Runtime: runtime?.attrs.resid,
      "CustomFunctions Page": kid(kid(customFunctions, "Page"), "SourceLocation")?.attrs.resid,
      FunctionFile: functionFile?.attrs.resid,
      "ShowTaskpane SourceLocation": kid(showTaskpane, "SourceLocation")?.attrs.resid,
    };
    // Auto-open: Office opens the ShowTaskpane action with this TaskpaneId (the first one, if
    // several had it) when a workbook carries the setting of the same name.
    const taskpaneIds = kids(showTaskpane, "TaskpaneId").map((e) => e.text);
    if (!showTaskpane) {
      errors.push(
        'DesktopFormFactor: no <Action xsi:type="ShowTaskpane"> (nothing opens the pane)'
      );
    } else if (taskpaneIds[0] !== AUTO_OPEN_TASKPANE_ID) {
      errors.push(
        `ShowTaskpane: <TaskpaneId> must be ${AUTO_OPEN_TASKPANE_ID}, not ${taskpaneIds[0] ?? "(missing)"} (the workbook setting could not open the pane for colleagues)`
      );
    }
    const distinct = new Set(Object.values(shared));
    if (distinct.size !== 1 || distinct.has(undefined)) {
      const list = Object.entries(shared).map(([k, v]) => `${k}=${v ?? "(missing)"}`);
      errors.push(`shared runtime needs one resid for all of: ${list.join(", ")}`);
    }
  }

  // Every URL https (attribute values and element text that look like URLs).
  for (const el of walk(root)) {
    if (el.name === "OfficeApp" || el.name === "VersionOverrides") continue; // xmlns are identifiers
    const values = [
      ...Object.entries(el.attrs).filter(([k]) => !k.startsWith("xmlns")),
      ["#text", el.text],
    ];
    for (const [key, value] of values) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value ?? "") && !value.startsWith("https://")) {
        errors.push(`<${el.name}> ${key === "#text" ? "text" : key}: URL must be https: ${value}`);
      }
    }
  }

  // Icons at their stated size, resolved against the task pane's base URL.
  const sourceUrl = kid(kid(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue ?? "";
  const baseUrl = sourceUrl ? sourceUrl.slice(0, sourceUrl.lastIndexOf("/") + 1) : null;
  const icons = [];
  for (const [name, size] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const url = kid(root, name)?.attrs.DefaultValue;
    if (url) icons.push({ where: `<${name}>`, url, size });
  }
  for (const el of walk(versionOverrides ?? root)) {
    if (el.name === "Image" && el.attrs.size && el.attrs.resid) {
      const url = resourceValues.get(el.attrs.resid);
      if (url) icons.push({ where: `Image ${el.attrs.resid}`, url, size: Number(el.attrs.size) });
    }
  }
  const seen = new Set();
  for (const icon of icons) {
    const key = `${icon.url}@${icon.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!baseUrl || !icon.url.startsWith(baseUrl)) {
      errors.push(`${icon.where}: ${icon.url} is not served by the add-in (${baseUrl})`);
      continue;
    }
    errors.push(
      ...checkIcon(path.join(rootDir, icon.url.slice(baseUrl.length)), icon.size, icon.where)
    );
  }
  errors.push(...checkIcon(path.join(rootDir, STORE_ICON.file), STORE_ICON.size, "store icon"));

  return { errors, id, namespace, baseUrl };
}

/** Checks one PNG exists at `size`x`size` pixels. */
export function checkIcon(file, size, where) {
  if (!fs.existsSync(file)) return [`${where}: icon file ${file} does not exist`];
  try {
    const { width, height, type } = imageSize(fs.readFileSync(file));
    if (type !== "png") return [`${where}: ${file} is ${type}, not png`];
    if (width !== size || height !== size) {
      return [`${where}: ${file} is ${width}x${height}, the manifest states ${size}x${size}`];
    }
  } catch (err) {
    return [`${where}: ${file} is not a readable image (${err.message})`];
  }
  return [];
}

/** Runs `office-addin-manifest info` (offline) and checks it prints the manifest's id. */
export function checkManifestInfo(manifestPath, expectedId) {
  // The package's own bin, run with this node: no npx lookup, same result as the CLI.
  const cli = path.join(
    path.dirname(require.resolve("office-addin-manifest/package.json")),
    "cli.js"
  );
  const run = spawnSync(process.execPath, [cli, "info", manifestPath], { encoding: "utf8" });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim();
  if (run.status !== 0) return [`office-addin-manifest info exited ${run.status}: ${output}`];
  if (expectedId && !run.stdout.includes(`Id: ${expectedId}`)) {
    return [`office-addin-manifest info did not print Id ${expectedId}:\n${output}`];
  }
  return [];
}

// ---- the built bundle ----

/**
 * Loads dist/functions.js in a sandbox with a stand-in CustomFunctions that records associate()
 * and compares the ids with dist/functions.json. Also requires a description on every function
 * and parameter (Excel shows them in formula autocomplete).
 * @returns {{ errors: string[], jsonIds: string[], associatedIds: string[] }}
 */
export function checkFunctionsBundle(distDir) {
  const errors = [];
  const jsonPath = path.join(distDir, "functions.json");
  const jsPath = path.join(distDir, "functions.js");
  for (const file of [jsonPath, jsPath]) {
    if (!fs.existsSync(file)) errors.push(`${file} is missing: run npm run build`);
  }
  if (errors.length) return { errors, jsonIds: [], associatedIds: [] };

  const metadata = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  const functions = Array.isArray(metadata.functions) ? metadata.functions : [];
  const jsonIds = functions.map((f) => f.id);
  if (jsonIds.length === 0) errors.push("functions.json declares no functions");
  for (const f of functions) {
    if (!f.description) errors.push(`functions.json: ${f.id} has no description`);
    for (const p of f.parameters ?? []) {
      if (!p.description) errors.push(`functions.json: ${f.id}(${p.name}) has no description`);
    }
  }

  const associations = [];
  const CustomFunctions = {
    associate: (id, fn) => associations.push({ id, isFunction: typeof fn === "function" }),
    Error: class CustomFunctionsError extends Error {
      constructor(code, message) {
        super(message);
        this.code = code;
      }
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  const sandbox = { CustomFunctions, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  try {
    vm.runInNewContext(fs.readFileSync(jsPath, "utf8"), sandbox, {
      filename: jsPath,
      timeout: 5000,
    });
  } catch (err) {
    errors.push(`functions.js threw when loaded: ${err.message}`);
  }
  const associatedIds = associations.map((a) => a.id);
  for (const a of associations) {
    if (!a.isFunction)
      errors.push(`functions.js associates "${a.id}" with something that is not a function`);
  }
  const dupes = associatedIds.filter((id, i) => associatedIds.indexOf(id) !== i);
  if (dupes.length) errors.push(`functions.js associates ${dupes.join(", ")} more than once`);
  const missing = jsonIds.filter((id) => !associatedIds.includes(id));
  const extra = associatedIds.filter((id) => !jsonIds.includes(id));
  if (missing.length)
    errors.push(`functions.json ids not associated by functions.js: ${missing.join(", ")}`);
  if (extra.length)
    errors.push(`functions.js associates ids absent from functions.json: ${extra.join(", ")}`);
  return { errors, jsonIds, associatedIds };
}
