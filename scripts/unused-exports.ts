// `npx tsx scripts/unused-exports.ts`: every export of src/ that no other module of the add-in
// uses (src/ and scripts/), with who does: tests, its own module, or nobody. Code only tests
// use belongs in test/, an export only its module uses is a local, and one nobody uses is dead. Read with TypeScript's checker, so re-exports
// (index.ts, `export *`) are followed to what they name. A module fetched with import() counts
// as used whole, and the webpack entries' exports are not counted (nothing imports an entry).
import path from "node:path";
import ts from "typescript";

const REPO = path.resolve(__dirname, "..");
const ENTRIES = ["src/taskpane/index.tsx", "src/preview/index.tsx", "src/functions/functions.ts"];

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(REPO, "tsconfig.json"),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
);
if (!config) throw new Error("tsconfig.json could not be read");
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();

const relative = (file: ts.SourceFile): string => path.relative(REPO, file.fileName);
const inRepo = program.getSourceFiles().filter((f) => !f.fileName.includes("node_modules"));
const isSrc = (f: ts.SourceFile): boolean => relative(f).startsWith("src/");
const isAddin = (f: ts.SourceFile): boolean => isSrc(f) || relative(f).startsWith("scripts/");

/** The declaration a symbol stands for, through any chain of imports and re-exports. */
function original(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Whether `node` is the name in one of the symbol's own declarations. */
function isDeclaredBy(node: ts.Identifier, symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (d) => (d as ts.NamedDeclaration).name === node || d === node.parent
  );
}

/** Symbols each consumer file uses, by whether the file is the add-in's or a test's. */
const usedBy = { addin: new Set<ts.Symbol>(), tests: new Set<ts.Symbol>() };
/** Symbols their own module uses beside declaring them. */
const usedAtHome = new Set<ts.Symbol>();
const wholeModules = new Set<string>();
for (const file of inRepo) {
  const users = isAddin(file) ? usedBy.addin : usedBy.tests;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      const target = specifier && checker.getSymbolAtLocation(specifier);
      if (target?.valueDeclaration && isAddin(file))
        wholeModules.add(target.valueDeclaration.getSourceFile().fileName);
    }
    if (ts.isIdentifier(node) && !ts.isExportSpecifier(node.parent)) {
      const found = checker.getSymbolAtLocation(node);
      const symbol = found && original(found);
      const declaration = symbol?.declarations?.[0];
      if (symbol && declaration && declaration.getSourceFile() !== file) users.add(symbol);
      else if (symbol && declaration && !isDeclaredBy(node, symbol)) usedAtHome.add(symbol);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const unused: { file: string; name: string; tests: boolean; home: boolean }[] = [];
for (const file of inRepo.filter(isSrc)) {
  if (ENTRIES.includes(relative(file)) || wholeModules.has(file.fileName)) continue;
  const module = checker.getSymbolAtLocation(file);
  if (!module) continue;
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = original(exported);
    // A re-export is its origin's: judged where it is declared.
    if (symbol.declarations?.[0]?.getSourceFile() !== file) continue;
    if (usedBy.addin.has(symbol)) continue;
    unused.push({
      file: relative(file),
      name: exported.name,
      tests: usedBy.tests.has(symbol),
      home: usedAtHome.has(symbol),
    });
  }
}

// "tests only" and unused at home: code only tests use. "not outside": a local, exported for
// nothing (or for tests, to reach it). "unused": dead.
for (const { file, name, tests, home } of unused.sort((a, b) => a.file.localeCompare(b.file))) {
  const where = tests
    ? home
      ? "tests, and at home"
      : "tests only"
    : home
      ? "at home only"
      : "unused";
  console.log(`${file}\t${name}\t${where}`);
}
