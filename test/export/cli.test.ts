// `npm run export -- <file.xlsx>` as an analyst runs it: a real process (tsx running
// scripts/export.ts), its exit code, what it prints, and the file it leaves.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PLAN } from "./support/exportedBook";
import { openXlsx, readSheets } from "./support/xlsxXml";

const REPO = path.resolve(__dirname, "..", "..");
const TSX = path.join(REPO, "node_modules", "tsx", "dist", "cli.mjs");
const SCRIPT = path.join(REPO, "scripts", "export.ts");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "aicost-cli-"));

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function exportCli(args: readonly string[], cwd = REPO) {
  const run = spawnSync(process.execPath, [TSX, SCRIPT, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: cwd },
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run export", () => {
  it("writes the whole workbook as an .xlsx and says where", () => {
    const file = path.join(work, "model.xlsx");
    const run = exportCli([file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${file}`);
    const sheets = readSheets(openXlsx(new Uint8Array(fs.readFileSync(file))));
    expect(sheets.map((s) => s.name)).toEqual(PLAN.sheets.map((s) => s.name));
    const model = sheets.find((s) => s.name === "Model");
    expect([...(model?.cells.values() ?? [])].filter((c) => c.formula).length).toBeGreaterThan(15);
  });

  it("through npm, a relative path is taken from the folder the command was typed in", () => {
    const run = spawnSync(
      "npm",
      ["--prefix", REPO, "run", "--silent", "export", "--", "here.xlsx"],
      {
        cwd: work,
        encoding: "utf8",
        timeout: 120_000,
      }
    );
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(work, "here.xlsx"))).toBe(true);
    expect(fs.existsSync(path.join(REPO, "here.xlsx"))).toBe(false);
  });

  it("without a file name, prints the usage and exits with 2", () => {
    const run = exportCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: npm run export -- <file.xlsx>");
    expect(run.stdout).toBe("");
  });

  it("refuses a file name that does not end in .xlsx (exit 2)", () => {
    const run = exportCli([path.join(work, "model.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("must end in .xlsx");
    expect(fs.existsSync(path.join(work, "model.csv"))).toBe(false);
  });

  it("says why when the file cannot be written, and exits with 1", () => {
    const file = path.join(work, "no-such-folder", "model.xlsx");
    const run = exportCli([file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not write ${file}`);
    expect(run.stderr).toMatch(/ENOENT|no such file/);
  });
});
