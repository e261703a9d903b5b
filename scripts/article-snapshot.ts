// `tsx scripts/article-snapshot.ts <file>`: writes the stored article workbook the preview opens
// for a load into a blank workbook (src/preview/engine/articleSnapshot.ts): the plan of this
// checkout (buildPlan) loaded on IronCalc in Node by the preview host's own load, evaluated.
// Run by webpack's ArticleSnapshotPlugin (webpack.config.js), which emits the file into dist/
// as article-workbook.bin and keeps it while src/ and the engine are unchanged. Offline.
//
// Exit codes: 0 written; 1 it could not be made or written (the reason is printed); 2 usage.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initSync } from "@ironcalc/wasm";
import { makeArticleSnapshot } from "../src/preview/engine/articleSnapshot";
import { buildPlan } from "../src/workbook/buildPlan";

function main(args: readonly string[]): void {
  const [file] = args;
  if (args.length !== 1 || file === undefined) {
    console.error("Usage: tsx scripts/article-snapshot.ts <file>");
    process.exit(2);
  }
  try {
    const require = createRequire(__filename);
    initSync({ module: readFileSync(require.resolve("@ironcalc/wasm/wasm_bg.wasm")) });
    writeFileSync(file, makeArticleSnapshot(buildPlan()));
  } catch (error) {
    console.error(`Could not write the article workbook ${file}: ${String(error)}`);
    process.exit(1);
  }
}

main(process.argv.slice(2));
