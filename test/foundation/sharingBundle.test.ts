// "Prepare for sharing" loads on demand (src/workbook/onDemand.ts): the built pages' initial
// scripts carry neither the swap-out code nor its formula tokenizer; chunks of their own do.
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ensurePreviewBuilt, initialScripts, readDist } from "../preview/support/serveDist";

/** Only the record's live references (src/workbook/sharing/references.ts) write this. */
const SWAP_OUT = /CHOOSE\(1,/;
/** A token type only @borgar/fx's tokenizer names. */
const TOKENIZER = /operator-trim/;

describe("the sharing code's bundle", () => {
  beforeAll(() => ensurePreviewBuilt());

  it.each(["taskpane.html", "preview.html"])("%s loads no swap-out code at first", (page) => {
    const scripts = initialScripts(page);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(readDist(script), script).not.toMatch(SWAP_OUT);
      expect(readDist(script), script).not.toMatch(TOKENIZER);
    }
  });

  it("is in chunks fetched on first use", () => {
    const chunks = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
    expect(chunks.filter((f) => SWAP_OUT.test(readDist(f)))).toHaveLength(1);
    expect(chunks.some((f) => TOKENIZER.test(readDist(f)))).toBe(true);
  });
});
