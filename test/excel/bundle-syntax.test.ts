/**
 * Issue #15 item 5: every script the build emits parses at the ECMAScript level
 * docs/DEPLOYMENT.md claims (ES2018), uses no regular-expression lookbehind
 * (Safari before 16.4 rejects the whole file), and every newer built-in it
 * calls is one the syntax probe checks, so an old Mac webview gets the guard's
 * message rather than a pane that dies half-way.
 *
 * It reads dist/ as `npm run build` leaves it, and builds when dist/ is absent
 * (never skips): a stale dist/ is the caller's to rebuild before running it.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require("acorn") as {
  parse(src: string, o: { ecmaVersion: number; sourceType?: "script" | "module"; onToken?: (t: AcornToken) => void }): unknown;
};
interface AcornToken {
  readonly type: { readonly label: string };
  readonly value: unknown;
  readonly start: number;
}

const REPO = path.resolve(__dirname, "..", "..");
const DIST = path.join(REPO, "dist");
const PROBE = fs.readFileSync(path.join(REPO, "public", "syntax-probe.js"), "utf8");

/** The level docs/DEPLOYMENT.md and the README state for the bundles. */
const CLAIMED_ECMA_VERSION = 2018;

/**
 * Built-ins newer than the claimed syntax level (or DOM methods newer than the
 * webviews it admits) that a bundle must not call unless the probe checks them.
 */
const NEWER_MEMBERS = [
  "replaceChildren",
  "fromEntries",
  "flatMap",
  "flat",
  "matchAll",
  "allSettled",
  "replaceAll",
  "structuredClone",
  "hasOwn",
  "findLast",
  "findLastIndex",
  "toSorted",
  "toReversed",
  "groupBy",
  "at",
] as const;

/**
 * Chunks loaded only after a feature check of their own, with the built-ins it
 * checks: the Word writer (docx package) loads on the Word report's click once
 * src/taskpane/use-cases/word-report.ts has found String.prototype.matchAll.
 */
const GUARDED_CHUNKS: Readonly<Record<string, readonly string[]>> = { docx: ["matchAll"] };

it("the guarded chunks' checks are still in place", () => {
  const guard = fs.readFileSync(path.join(REPO, "src", "taskpane", "use-cases", "word-report.ts"), "utf8");
  expect(guard).toContain('"matchAll" in String.prototype');
});

function emittedScripts(): string[] {
  if (!fs.existsSync(DIST)) execFileSync("npm", ["run", "build"], { cwd: REPO, stdio: "ignore", timeout: 600_000 });
  const files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
  if (files.length === 0) throw new Error("dist/ holds no scripts: run `npm run build`");
  return files;
}

interface Scan {
  readonly lookbehind: string[];
  readonly members: Set<string>;
}

function scan(src: string): Scan {
  const lookbehind: string[] = [];
  const members = new Set<string>();
  let afterDot = false;
  let candidate: string | null = null;
  acorn.parse(src, {
    ecmaVersion: CLAIMED_ECMA_VERSION,
    onToken: (t) => {
      const label = t.type.label;
      // `Object.hasOwn || function…` is a use with its own fallback.
      if (candidate !== null && label !== "||/??" && label !== "||") members.add(candidate);
      candidate = null;
      const text = label === "regexp" ? (t.value as { pattern: string }).pattern : label === "string" ? String(t.value) : null;
      // A lookbehind in a literal, or in a string handed to new RegExp().
      if (text !== null && /\(\?<[=!]/.test(text)) lookbehind.push(src.slice(Math.max(0, t.start - 40), t.start + 80));
      if (label === "name" && afterDot) candidate = String(t.value);
      afterDot = label === ".";
    },
  });
  return { lookbehind, members };
}

describe("the emitted bundles", () => {
  const files = emittedScripts();
  const scans = new Map(files.map((f) => [f, scan(fs.readFileSync(path.join(DIST, f), "utf8"))]));

  it.each(files)("%s parses at the claimed ECMAScript level", (file) => {
    expect(() => acorn.parse(fs.readFileSync(path.join(DIST, file), "utf8"), { ecmaVersion: CLAIMED_ECMA_VERSION })).not.toThrow();
  });

  it.each(files)("%s holds no regular-expression lookbehind", (file) => {
    expect(scans.get(file)?.lookbehind).toEqual([]);
  });

  it("call no newer built-in the syntax probe does not check", () => {
    const used = new Set(
      Array.from(scans.entries()).flatMap(([file, s]) => NEWER_MEMBERS.filter((m) => s.members.has(m) && !(GUARDED_CHUNKS[file.split(".")[0] ?? ""]?.includes(m) ?? false))),
    );
    const unchecked = Array.from(used).filter((m) => !new RegExp(`\\b${m}\\b`).test(PROBE));
    expect(unchecked).toEqual([]);
  });
});

describe("the syntax probe", () => {
  it("needs the claimed level, no more: an engine that parses the bundles parses the probe", () => {
    expect(() => acorn.parse(PROBE, { ecmaVersion: CLAIMED_ECMA_VERSION })).not.toThrow();
    expect(() => acorn.parse(PROBE, { ecmaVersion: CLAIMED_ECMA_VERSION - 1 })).toThrow();
  });
});
