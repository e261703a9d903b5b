/**
 * LibreOffice Calc, headless, as a second spreadsheet engine that opens the exported .xlsx
 * (docs/HOSTS.md: Debian's libreoffice-calc-nogui, installed by .ci/run). By default Calc keeps
 * the values cached in an .xlsx; a throwaway profile whose registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode to 0 ("always") makes it
 * recalculate every formula on load, and saving the file again writes what it computed.
 * Tests call `describe.skipIf(!HAS_SOFFICE)`; without soffice they are skipped with a hint.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** SOFFICE_PATH overrides the lookup on PATH. */
export const SOFFICE =
  process.env.SOFFICE_PATH ||
  (process.env.PATH ?? "")
    .split(path.delimiter)
    .map((dir) => path.join(dir, "soffice"))
    .find((candidate) => fs.existsSync(candidate)) ||
  "";
export const HAS_SOFFICE = SOFFICE !== "";
export const SOFFICE_HINT =
  "No soffice on PATH: the LibreOffice recalculation tests are skipped. Install it with " +
  "`apt-get install --no-install-recommends libreoffice-calc-nogui` (.ci/run does), or set SOFFICE_PATH.";

export function noteWhenSkipped(): void {
  if (!HAS_SOFFICE) console.warn(`[export] ${SOFFICE_HINT}`);
}

/** OOXMLRecalcMode: 0 recalculates every formula on load, 1 never does (keeps cached values). */
export type RecalcOnLoad = "always" | "never";
const RECALC_MODE: Record<RecalcOnLoad, number> = { always: 0, never: 1 };

function profile(recalc: RecalcOnLoad): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-soffice-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${RECALC_MODE[recalc]}</value></prop></item>
</oor:items>
`
  );
  return dir;
}

/**
 * Opens each .xlsx in LibreOffice (recalculating on load or not) and saves it again as .xlsx;
 * returns the saved files' bytes, in the same order. One soffice run for all the files.
 */
export async function resaveWithLibreOffice(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  recalc: RecalcOnLoad
): Promise<Uint8Array[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-export-"));
  const home = profile(recalc);
  try {
    const inputs = files.map((file) => {
      const at = path.join(work, "in", file.name);
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.writeFileSync(at, file.bytes);
      return at;
    });
    const out = path.join(work, "out");
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(home).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        out,
        ...inputs,
      ],
      { timeout: 180_000 }
    );
    return files.map((file) => {
      const saved = path.join(out, file.name);
      if (!fs.existsSync(saved)) throw new Error(`LibreOffice did not save ${file.name}`);
      return new Uint8Array(fs.readFileSync(saved));
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  }
}
