// The message catalogue's texts as its source writes them, and whether a fragment quoted in the
// docs is one of them. Read from the source (TypeScript's parser), not by calling the catalogue,
// so every message counts, whatever arguments it takes: a template's ${…} parts match anything.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Stands for a template's ${…} in a catalogue text: matches any characters, or none. */
const HOLE = "\u0000";
/** A doc's elision ("Update the add-in…"): matches any characters of the catalogue, or none. */
const ELISION = "…";

/** Curly quotes and apostrophes as straight ones, runs of white space as one space. */
export function normalised(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

/** Every string and template literal in the catalogue's modules, templates with HOLEs. */
export function catalogueTexts(folder: string): string[] {
  const texts: string[] = [];
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".ts"))) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(path.join(folder, file), "utf8"),
      ts.ScriptTarget.Latest,
      true
    );
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        texts.push(normalised(node.text));
      } else if (ts.isTemplateExpression(node)) {
        texts.push(
          normalised(
            node.head.text + node.templateSpans.map((span) => HOLE + span.literal.text).join("")
          )
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return texts;
}

/**
 * Whether `fragment` reads as part of `text`: its characters in order, an ELISION standing for
 * any of the text's, the text's HOLEs for any of the fragment's or for one of the `fillers` (the
 * catalogue's plain texts: a step, a reason). Most of the fragment must meet the text's own words
 * or a filler's (three quarters of its characters, and at least 6), or a text such as
 * "${a}: ${b}" would take any fragment at all.
 */
export function quotes(fragment: string, text: string, fillers: readonly string[] = []): boolean {
  const p = normalised(fragment);
  const n = p.length;
  const m = text.length;
  const literal = [...p].filter((c) => c !== ELISION).length;
  const needed = Math.max(Math.min(6, literal), Math.ceil(literal * 0.75));
  const NONE = -1;
  // best[i][j]: most fragment characters met by the text's own or a filler's, reading p from i
  // and the text from j; NONE when p[i..] cannot be read there.
  const best = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = best[i]!;
    const next = best[i + 1]!;
    const c = p[i];
    row[m] = c === ELISION ? next[m]! : NONE;
    for (let j = m - 1; j >= 0; j--) {
      const t = text[j];
      let most = NONE;
      if (c === ELISION) most = Math.max(next[j]!, row[j + 1]!);
      else if (t === HOLE) {
        most = Math.max(row[j + 1]!, next[j]!);
        for (const filler of fillers) {
          const after = best[i + filler.length]?.[j + 1] ?? NONE;
          if (after !== NONE && p.startsWith(filler, i)) {
            most = Math.max(most, filler.length + after);
          }
        }
      } else if (c === t && next[j + 1]! !== NONE) most = next[j + 1]! + 1;
      row[j] = most;
    }
  }
  return best[0]!.some((met) => met >= needed);
}

/** The catalogue's texts without a ${…}, long enough to stand for a value in another's. */
export function fillersOf(texts: readonly string[]): string[] {
  return texts.filter((t) => !t.includes(HOLE) && t.length >= 8);
}

/** The fragments a Markdown file quotes in prose ("…" outside code), white space normalised. */
export function quotedInProse(markdown: string): string[] {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`]*`/g, "")
    .split(/\n\s*\n/); // a quote never runs over a paragraph's end
  return prose.flatMap((paragraph) =>
    [...paragraph.matchAll(/"([^"]+)"/g)].map((m) => normalised(m[1] ?? ""))
  );
}

/**
 * Every whole string the code outside the catalogue writes (string literals, JSX text): the
 * labels and names the docs quote whole ("Reset inputs to the article", a column "Note").
 */
export function wholeStrings(folder: string, skip: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== skip) walk(full);
        continue;
      }
      if (!/\.tsx?$/.test(entry.name)) continue;
      const source = ts.createSourceFile(
        entry.name,
        fs.readFileSync(full, "utf8"),
        ts.ScriptTarget.Latest,
        true,
        entry.name.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS
      );
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          found.add(normalised(node.text));
        } else if (ts.isJsxText(node)) {
          found.add(normalised(node.text.replace(/&apos;/g, "'").replace(/&quot;/g, '"')));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  };
  walk(folder);
  return found;
}
