/**
 * The README's "Custom functions" section is generated (src/functions/docs.ts) and its
 * examples run here: every custom function on its example as Excel calls it, every twin on
 * IronCalc, and README.md must hold exactly the generated text. To update README.md after a
 * change: UPDATE_README=1 npx vitest run test/functions/readme.test.ts
 */
import fs from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import {
  currentFunctionsSection,
  exampleFormula,
  fullName,
  functionsSection,
  headingAnchor,
  twinOfFunction,
  withFunctionsSection,
} from "../../src/functions/docs";
import { Example, SPECS_BY_ID } from "../../src/functions/specs";
import { newEngineWorkbook, sameNumber } from "../support/ironcalc";
import { installStandIn } from "./support/customFunctions";
import { callById } from "./support/excelCalls";
import { Metadata, sourceMetadata } from "./support/metadata";

/** Every record's worked example, by the function's id. */
const EXAMPLES = Object.entries(SPECS_BY_ID).map(([id, spec]) => [id, spec.example] as const);

const README = path.resolve(__dirname, "../../README.md");
/** Where the help links of functions.json point: the README on the project's GitHub page. */
const README_URL = "https://github.com/ai-cost-scenarios/ai-cost-scenarios";

let metadata: Metadata;
beforeAll(async () => {
  installStandIn();
  metadata = await sourceMetadata();
});

/** A result equals the documented one: numbers to 12 digits, text exactly, a column cell by cell. */
function expectShown(got: unknown, expected: Example["expected"], label: string): void {
  if (typeof expected === "string") {
    expect(got, label).toBe(expected);
    return;
  }
  const cells = Array.isArray(expected) ? expected : [expected];
  const values = Array.isArray(got) ? got.flat() : [got];
  expect(values.length, label).toBe(cells.length);
  cells.forEach((want: number, i) => {
    const value = values[i];
    expect(
      typeof value === "number" && sameNumber(value, want),
      `${label}: ${String(value)} ≠ ${want}`
    ).toBe(true);
  });
}

describe("the README's examples", () => {
  it("cover every function of functions.json, once each", () => {
    expect(EXAMPLES.map(([id]) => id).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(EXAMPLES)("AICOST.%s gives its documented result", (id, example) => {
    const result = callById(metadata, id, example.args);
    if (!("value" in result))
      throw new Error(`${id} threw ${result.error.code}: ${result.error.message}`);
    expectShown(result.value, example.expected, exampleFormula(fullName(id), example));
  });

  it("give the same results through the portable twins on IronCalc", () => {
    const model = newEngineWorkbook();
    const withTwins = EXAMPLES.flatMap(([id, example]) => {
      const twin = twinOfFunction(id);
      return twin ? [{ example, twin }] : [];
    });
    expect(withTwins.length).toBeGreaterThanOrEqual(8);
    for (const { twin } of withTwins) model.newDefinedName(twin.name, null, twin.formula);
    // A column result is read cell by cell with INDEX, as a spilled range would show it.
    const cells = withTwins.flatMap(({ example, twin }) => {
      const formula = exampleFormula(twin.name, example).slice(1);
      const expected = Array.isArray(example.expected) ? example.expected : [example.expected];
      return expected.map((want, i) => ({
        formula: Array.isArray(example.expected) ? `=INDEX(${formula},${i + 1})` : `=${formula}`,
        want,
      }));
    });
    cells.forEach((c, i) => model.setUserInput(0, i + 1, 1, c.formula));
    model.evaluate();
    cells.forEach((c, i) => {
      model.updateRangeStyle(
        { sheet: 0, row: i + 1, column: 1, width: 1, height: 1 },
        "num_fmt",
        "0.00000000000000E+000"
      );
      const got = Number(model.getFormattedCellValue(0, i + 1, 1));
      expect(
        typeof c.want === "number" && sameNumber(got, c.want),
        `${c.formula} gave ${got}, not ${String(c.want)}`
      ).toBe(true);
    });
  });
});

describe("README.md", () => {
  it('holds the generated "Custom functions" section', async () => {
    const readme = fs.readFileSync(README, "utf8");
    const section = functionsSection(SPECS_BY_ID);
    if (process.env.UPDATE_README === "1")
      fs.writeFileSync(README, withFunctionsSection(readme, section));
    // Compared as prettier prints markdown, so that `npm run prettier` on README.md changes nothing here.
    const asPrettierPrints = (markdown: string) =>
      prettier.format(markdown, { parser: "markdown" });
    expect(await asPrettierPrints(currentFunctionsSection(fs.readFileSync(README, "utf8")))).toBe(
      await asPrettierPrints(section)
    );
  });

  it("has the heading every help link of functions.json points to", () => {
    const headings = new Set(
      functionsSection(SPECS_BY_ID)
        .split("\n")
        .filter((line) => line.startsWith("### "))
        .map((line) => headingAnchor(line.slice(4)))
    );
    for (const f of metadata.functions) {
      expect(f.helpUrl, f.id).toBe(`${README_URL}#${headingAnchor(fullName(f.name))}`);
      expect(headings.has(headingAnchor(fullName(f.name))), f.id).toBe(true);
    }
  });
});
