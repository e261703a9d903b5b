/**
 * Finds every Excel JavaScript API member that the code in a folder touches, with the
 * requirement set its declaration names, using the TypeScript checker: property reads and
 * writes, method calls, and each segment of the paths inside load("…") strings (resolved
 * against the type load() is called on, so a misspelled path is found too).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

export interface ApiMember {
  /** "Range.values", "WorksheetCollection.add", … (the class in namespace Excel, then the member). */
  readonly member: string;
  /** "1.7" from "[Api set: ExcelApi 1.7]", or null when the declaration names no ExcelApi set. */
  readonly set: string | null;
  /** Where it is used first, "applyPlan.ts:42". */
  readonly at: string;
}

export interface ScanResult {
  readonly members: readonly ApiMember[];
  /** load() paths whose segments are not members of the type they are loaded on. */
  readonly badLoadPaths: readonly string[];
}

const REPO = resolve(__dirname, "../../..");

export function scanExcelApi(folder: string): ScanResult {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => join(folder, f));
  const configPath = join(REPO, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, (p) => readFileSync(p, "utf8")).config,
    ts.sys,
    dirname(configPath)
  );
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, ApiMember>();
  const badLoadPaths: string[] = [];

  const record = (symbol: ts.Symbol | undefined, node: ts.Node): void => {
    const member = excelMember(symbol);
    if (!member || found.has(member.member)) return;
    const source = node.getSourceFile();
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.set(member.member, { ...member, at: `${source.fileName.split("/").pop()}:${line}` });
  };

  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        record(checker.getSymbolAtLocation(node.name), node.name);
        const call = node.parent;
        if (node.name.text === "load" && ts.isCallExpression(call) && call.expression === node) {
          const [arg] = call.arguments;
          if (arg && ts.isStringLiteralLike(arg)) {
            const receiver = checker.getTypeAtLocation(node.expression);
            for (const path of arg.text.split(",").map((p) => p.trim())) {
              let type: ts.Type | undefined = receiver;
              for (const segment of path.split("/")) {
                const property: ts.Symbol | undefined =
                  type && checker.getPropertyOfType(type, segment);
                if (!property) {
                  badLoadPaths.push(`${path} (on ${checker.typeToString(receiver)})`);
                  break;
                }
                record(property, arg);
                type = checker.getTypeOfSymbolAtLocation(property, arg);
                const element = type && checker.getIndexTypeOfType(type, ts.IndexKind.Number);
                if (element) type = element; // items: T[] → T
              }
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return {
    members: [...found.values()].sort((a, b) => (a.member < b.member ? -1 : 1)),
    badLoadPaths,
  };
}

/** "Class.member" and its set, when the symbol is a member of a class in namespace Excel. */
function excelMember(symbol: ts.Symbol | undefined): Omit<ApiMember, "at"> | undefined {
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const file = declaration.getSourceFile().fileName;
  if (!file.includes("@types/office-js")) return undefined;
  const owner = declaration.parent;
  if (
    !owner ||
    !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ||
    !owner.name
  ) {
    return undefined;
  }
  const namespace = owner.parent?.parent;
  if (!namespace || !ts.isModuleDeclaration(namespace) || namespace.name.getText() !== "Excel") {
    return undefined;
  }
  const text = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
  const doc = comments.map((c) => text.slice(c.pos, c.end)).join("\n");
  const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc)?.[1] ?? null;
  return { member: `${owner.name.text}.${symbol.name}`, set };
}
