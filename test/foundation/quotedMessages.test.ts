// README.md and docs/MANUAL-CHECKLIST.md quote the pane's messages as the catalogue
// (src/workbook/messages/) writes them, so the docs cannot drift from what the analyst reads.
// Every fragment they quote in prose ("…" outside code) is one of: part of a catalogue message
// (an elision "…" stands for any words, a message's ${…} for any value), a label or name the
// code writes whole (a button, a sheet, a column), a section of the docs named by its heading, a
// value typed as an argument, or one of the few texts below that are not the add-in's messages.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  catalogueTexts,
  fillersOf,
  normalised,
  quotedInProse,
  quotes,
  wholeStrings,
} from "./support/catalogueText";
import { REPO } from "./paths";

const CATALOGUE = path.join(REPO, "src", "workbook", "messages");
const DOCS = ["README.md", "docs/MANUAL-CHECKLIST.md"];

/** Quoted, but not the add-in's messages: what each is. */
const NOT_MESSAGES: Readonly<Record<string, string>> = {
  "add-in could not be loaded": "Excel's own message, for a colleague without the add-in",
  "We found a problem with some content": "Excel's own prompt for a file it must repair",
  "Inputs (2)": "the free sheet name a load chooses beside the analyst's Inputs",
  "Workbook layout … 2": "the layout stamp's cells on Checks (src/workbook/layoutStamp.ts)",
};

/** A bare id or word typed as a function's argument ("openai_funding_round", "mid"). */
const TYPED_ARGUMENT = /^[a-z_]+$/;

const texts = catalogueTexts(CATALOGUE);
const fillers = fillersOf(texts);
const labels = wholeStrings(path.join(REPO, "src"), CATALOGUE);
const markdown = DOCS.map((doc) => fs.readFileSync(path.join(REPO, doc), "utf8"));
/**
 * The docs' headings (docs/HOSTS.md's too), without their #s: a quote that begins one names that
 * section.
 */
const hosts = fs.readFileSync(path.join(REPO, "docs", "HOSTS.md"), "utf8");
const headings = [...markdown, hosts].flatMap((text) =>
  text
    .split("\n")
    .filter((line) => line.startsWith("#"))
    .map((line) => normalised(line.replace(/^#+/, "")))
);
const quoted = DOCS.flatMap((doc) =>
  quotedInProse(fs.readFileSync(path.join(REPO, doc), "utf8")).map((fragment) => ({
    doc,
    fragment,
  }))
);

describe("messages quoted in the docs", () => {
  it("finds the quotes and the catalogue's texts", () => {
    expect(quoted.length).toBeGreaterThan(10);
    expect(texts.length).toBeGreaterThan(50);
  });

  it("are the catalogue's text, word for word", () => {
    const astray = quoted.filter(
      ({ fragment }) =>
        !TYPED_ARGUMENT.test(fragment) &&
        !(fragment in NOT_MESSAGES) &&
        !labels.has(fragment) &&
        !headings.some((heading) => heading.startsWith(fragment)) &&
        !texts.some((text) => quotes(fragment, text, fillers))
    );
    expect(astray).toEqual([]);
  });

  it("lists as not messages only texts the docs still quote", () => {
    const stale = Object.keys(NOT_MESSAGES).filter(
      (text) => !quoted.some(({ fragment }) => fragment === normalised(text))
    );
    expect(stale).toEqual([]);
  });
});

describe("a quote and a catalogue text", () => {
  const text = "\u0000: edited since it was prepared (it holds \u0000), so it was not put back.";

  it("match word for word, with an elision or a value in place of a ${…}", () => {
    expect(quotes("edited since it was prepared", text)).toBe(true);
    expect(quotes("Sheet1!B4: edited since it was prepared (it holds 5), so it", text)).toBe(true);
    expect(quotes("edited since … not put back.", text)).toBe(true);
    expect(quotes("“Add-in formulas” can", 'the sheet "Add-in formulas" can')).toBe(true);
  });

  it("match with another catalogue text in place of a ${…}", () => {
    const kept = "The sheet was kept: \u0000. Delete it yourself.";
    const reason = "it holds charts or shapes";
    expect(quotes("was kept: it holds charts or shapes. Delete", kept, [reason])).toBe(true);
    expect(quotes("was kept: it holds charts or shapes. Delete", kept)).toBe(false);
  });

  it("differ by a word changed, or by a fragment only a ${…} could hold", () => {
    expect(quotes("edited after it was prepared", text)).toBe(false);
    expect(quotes("the load left it", "\u0000: \u0000")).toBe(false);
    expect(quotes("edited since it was prepared … put back again", text)).toBe(false);
  });
});
