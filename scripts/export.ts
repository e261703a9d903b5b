// `npm run export -- <file.xlsx>`: the add-in's whole workbook, built from the article's
// figures on IronCalc in Node (the same plan and engine applier as the preview), written as a
// real .xlsx: the sheets, tables, named inputs, native formulas with their computed values,
// the starter scenarios and the LAMBDA twins. Run by tsx (a devDependency), no build needed.
//
// Exit codes: 0 written; 1 the file could not be written (the reason is printed); 2 usage.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { initSync, Model } from "@ironcalc/wasm";
import { applyPlanToEngine } from "../src/preview/engine/applyPlan";
import { exportWorkbook } from "../src/preview/export";
import { buildPlan } from "../src/workbook/buildPlan";

const USAGE = `Usage: npm run export -- <file.xlsx>

Writes the add-in's workbook (the article's figures, inputs, model, scenarios, comparison,
checks and the LAMBDA twins) as an .xlsx file that Excel opens and recalculates.`;

function fail(code: 1 | 2, message: string): never {
  console.error(message);
  process.exit(code);
}

function main(args: readonly string[]): void {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  if (args.length !== 1) fail(2, USAGE);
  const [file = ""] = args;
  if (!/\.xlsx$/i.test(file)) fail(2, `The file name must end in .xlsx: ${file}\n\n${USAGE}`);
  // npm runs scripts from the project's folder; INIT_CWD is where the analyst typed the command.
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

  const require = createRequire(__filename);
  initSync({ module: readFileSync(require.resolve("@ironcalc/wasm/wasm_bg.wasm")) });
  const model = new Model("AI cost scenarios", "en", "UTC", "en");
  const plan = buildPlan();
  applyPlanToEngine(model, plan);
  const bytes = exportWorkbook(model, plan);

  try {
    writeFileSync(target, bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(1, `Could not write ${target}: ${reason}`);
  }
  const kb = Math.round(bytes.length / 1024);
  console.log(
    `Wrote ${target} (${kb} KB): ${plan.sheets.length} sheets, ${plan.tables.length} tables, ` +
      `${plan.names.length} names.`
  );
}

main(process.argv.slice(2));
