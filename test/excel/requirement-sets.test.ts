/**
 * Issue #15 item 9: every Office.js member src/excel uses, with the ExcelApi
 * requirement set @types/office-js documents for it (`[Api set: ExcelApi 1.x]`),
 * and a failure when one above the manifest's minimum is reached without a
 * feature check.
 *
 * What counts as a feature check, for a use of a member above the minimum:
 * 1. it sits in the true branch of an `if`, `?:` or `&&` whose condition reads
 *    an ExcelFeatures flag (`features.pageLayout`), or after an
 *    `if (!features.flag) return` in an enclosing block;
 * 2. or it sits in a named function of src/excel whose every call is itself
 *    feature-checked (applyPrint, called only under `if (features.pageLayout)`);
 * 3. or an enclosing statement carries the comment `feature-checked: <flag>`,
 *    for a use reached only through data the flag decides (a RangeAreas that
 *    exists only when `features.mergedAreas`), or through a function passed as
 *    a value (Excel.createWorkbook).
 * The flag must stand for a requirement set at least as high as the member's
 * (detectFeatures is asked at each level to learn which set each flag means).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { detectFeatures, type ExcelFeatures } from "../../src/excel/capabilities";

const REPO = path.resolve(__dirname, "..", "..");
const SRC = path.join(REPO, "src", "excel");
const MANIFEST_MINIMUM = 7;

function manifestMinimum(): number {
  const xml = fs.readFileSync(path.join(REPO, "manifest.xml"), "utf8");
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="1\.(\d+)"/.exec(xml);
  if (!m) throw new Error("manifest.xml names no ExcelApi MinVersion");
  return Number(m[1]);
}

type Flag = Exclude<keyof ExcelFeatures, "limitations">;

/** The ExcelApi minor version each feature flag stands for: the lowest level at which detectFeatures turns it on. */
function flagVersions(): Map<Flag, number> {
  const out = new Map<Flag, number>();
  for (let v = 1; v <= 30; v++) {
    const f = detectFeatures((name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= v);
    for (const [k, on] of Object.entries(f)) if (on === true && !out.has(k as Flag)) out.set(k as Flag, v);
  }
  return out;
}

interface Use {
  readonly member: string;
  readonly set: number;
  readonly where: string;
  readonly checkedBy: Flag | null;
}

const API_SET = /\[Api set: ExcelApi 1\.(\d+)/;

function requirementOf(symbol: ts.Symbol | undefined): { member: string; set: number } | null {
  for (const decl of symbol?.declarations ?? []) {
    const file = decl.getSourceFile();
    if (!/@types[\\/]office-js[\\/]/.test(file.fileName)) continue;
    const trivia = file.text.slice(decl.getFullStart(), decl.getStart());
    const m = API_SET.exec(trivia);
    if (!m) continue;
    let holder: ts.Node = decl.parent;
    while (ts.isModuleBlock(holder)) holder = holder.parent;
    const owner = (holder as ts.Node & { name?: ts.Node }).name?.getText() ?? "?";
    return { member: `${owner}.${symbol?.getName() ?? "?"}`, set: Number(m[1]) };
  }
  return null;
}

function analyse(): { uses: Use[]; flags: Map<Flag, number> } {
  const config = ts.readConfigFile(path.join(REPO, "tsconfig.json"), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const roots = fs.readdirSync(SRC).filter((f) => f.endsWith(".ts")).map((f) => path.join(SRC, f));
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const files = roots.map((r) => program.getSourceFile(r)).filter((f): f is ts.SourceFile => f !== undefined);
  const flags = flagVersions();
  const flagNames = new Set<string>(flags.keys());

  /** The flag a condition reads when true, e.g. `features.pageLayout` or `features.x && …`. */
  const flagIn = (cond: ts.Node, negated: boolean): Flag | null => {
    let found: Flag | null = null;
    const visit = (n: ts.Node, neg: boolean): void => {
      if (found) return;
      if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) return visit(n.operand, !neg);
      if (ts.isParenthesizedExpression(n)) return visit(n.expression, neg);
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && !neg) {
        visit(n.left, neg);
        visit(n.right, neg);
        return;
      }
      if (ts.isPropertyAccessExpression(n) && flagNames.has(n.name.text) && neg === negated) found = n.name.text as Flag;
    };
    visit(cond, false);
    return found;
  };

  const commentFlag = (n: ts.Node): Flag | null => {
    const text = n.getSourceFile().text;
    for (const r of ts.getLeadingCommentRanges(text, n.getFullStart()) ?? []) {
      const m = /feature-checked:\s*(\w+)/.exec(text.slice(r.pos, r.end));
      if (m && flagNames.has(m[1] ?? "")) return m[1] as Flag;
    }
    return null;
  };

  const functionChecks = new Map<ts.Node, Flag | null>();
  const checkOf = (node: ts.Node, depth = 0): Flag | null => {
    let child: ts.Node = node;
    for (let n: ts.Node | undefined = node.parent; n !== undefined; child = n, n = n.parent) {
      const viaComment = ts.isStatement(child) || ts.isVariableDeclaration(child) || ts.isPropertyAssignment(child) ? commentFlag(child) : null;
      if (viaComment) return viaComment;
      if (ts.isIfStatement(n) && child === n.thenStatement) {
        const f = flagIn(n.expression, false);
        if (f) return f;
      }
      if (ts.isConditionalExpression(n) && child === n.whenTrue) {
        const f = flagIn(n.condition, false);
        if (f) return f;
      }
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === n.right) {
        const f = flagIn(n.left, false);
        if (f) return f;
      }
      if (ts.isBlock(n) || ts.isSourceFile(n)) {
        // An earlier `if (!features.flag) return;` in the same block.
        for (const s of n.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && (ts.isReturnStatement(s.thenStatement) || (ts.isBlock(s.thenStatement) && s.thenStatement.statements.some(ts.isReturnStatement)))) {
            const f = flagIn(s.expression, true);
            if (f) return f;
          }
        }
      }
      if (ts.isFunctionDeclaration(n) && n.name && depth < 5) {
        if (!functionChecks.has(n)) {
          functionChecks.set(n, null);
          const calls: ts.Node[] = [];
          const target = checker.getSymbolAtLocation(n.name);
          for (const f of files) {
            const walk = (x: ts.Node): void => {
              if (ts.isIdentifier(x) && x !== n.name && checker.getSymbolAtLocation(x) === target) calls.push(x);
              ts.forEachChild(x, walk);
            };
            walk(f);
          }
          const perCall = calls.map((c) => checkOf(c, depth + 1));
          functionChecks.set(n, calls.length > 0 && perCall.every((f) => f !== null) ? (perCall[0] ?? null) : null);
        }
        return functionChecks.get(n) ?? null;
      }
    }
    return null;
  };

  const uses: Use[] = [];
  for (const file of files) {
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const req = requirementOf(checker.getSymbolAtLocation(n.name));
        if (req) {
          const { line } = file.getLineAndCharacterOfPosition(n.name.getStart());
          uses.push({ ...req, where: `${path.relative(REPO, file.fileName)}:${line + 1}`, checkedBy: req.set > MANIFEST_MINIMUM ? checkOf(n) : null });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return { uses, flags };
}

describe("Office.js members and their requirement sets", () => {
  const { uses, flags } = analyse();

  it("reads the manifest's minimum, ExcelApi 1.7", () => {
    expect(manifestMinimum()).toBe(MANIFEST_MINIMUM);
  });

  it("finds the members the adapter uses, each with its requirement set", () => {
    const table = new Map(uses.map((u) => [u.member, u.set]));
    // A sample that must be recognised, or the test sees nothing.
    expect(table.get("Range.getMergedAreasOrNullObject")).toBe(13);
    expect(table.get("Worksheet.pageLayout")).toBe(9);
    expect(table.get("Worksheet.names")).toBe(4);
    expect(table.get("Range.values")).toBe(1);
    expect(table.get("Excel.createWorkbook")).toBe(8);
    expect(uses.length).toBeGreaterThan(50);
  });

  it("reaches no member above ExcelApi 1.7 without a feature check for a set at least as high", () => {
    const unchecked = uses
      .filter((u) => u.set > MANIFEST_MINIMUM)
      .filter((u) => u.checkedBy === null || (flags.get(u.checkedBy) ?? 0) < u.set)
      .map((u) => `${u.where} ${u.member} (ExcelApi 1.${u.set}) checked by ${u.checkedBy ?? "nothing"}`);
    expect(unchecked).toEqual([]);
  });
});
