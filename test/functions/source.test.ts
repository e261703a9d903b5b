/**
 * What is generated from the records (src/functions/specs.ts) is up to date: functions.ts
 * (source.ts) and the table of names in src/functions/README.md (docs.ts). After editing a
 * record: UPDATE_FUNCTIONS=1 npx vitest run test/functions/source.test.ts
 */
import fs from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { namesTable } from "../../src/functions/docs";
import { functionsSource } from "../../src/functions/source";
import { SPECS } from "../../src/functions/specs";

const FUNCTIONS_TS = path.resolve(__dirname, "../../src/functions/functions.ts");
const README = path.resolve(__dirname, "../../src/functions/README.md");
const UPDATE = process.env.UPDATE_FUNCTIONS === "1";
const TABLE_START = "<!-- names: generated from specs.ts by docs.ts namesTable -->";
const TABLE_END = "<!-- end of names -->";

async function printed(text: string, file: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

describe("generated from the records", () => {
  it("functions.ts is what specs.ts generates: regenerating it changes nothing", async () => {
    const generated = await printed(functionsSource(SPECS), FUNCTIONS_TS);
    if (UPDATE) fs.writeFileSync(FUNCTIONS_TS, generated);
    expect(fs.readFileSync(FUNCTIONS_TS, "utf8")).toBe(generated);
  });

  it("src/functions/README.md holds the table of names", async () => {
    const readme = fs.readFileSync(README, "utf8");
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start >= 0 && end > start, "README.md lacks the table's markers").toBe(true);
    const table = `${TABLE_START}\n\n${namesTable(SPECS)}\n\n`;
    if (UPDATE) fs.writeFileSync(README, readme.slice(0, start) + table + readme.slice(end));
    const current = fs.readFileSync(README, "utf8");
    expect(await printed(current, README)).toBe(
      await printed(
        current.slice(0, start) + table + current.slice(current.indexOf(TABLE_END)),
        README
      )
    );
  });
});
