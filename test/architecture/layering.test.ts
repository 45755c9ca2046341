/**
 * The layering lint (eslint.config.mjs, ARCHITECTURE.md) must keep firing: a
 * plugin upgrade or a renamed folder could otherwise turn it into a rule that
 * passes everything. Each snippet is linted as if it were a file at that path,
 * through ESLint's Node API in a child process (ESLint loads its ESM config
 * with import(), which jest's module sandbox does not run).
 */
import { execFileSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

type Case = readonly [file: string, source: string];

const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, source] of cases) {
  const [r] = await eslint.lintText(source + "\\nexport const probe = 1;\\n", { filePath: file });
  out.push(r.messages.filter((m) => (m.ruleId ?? "").startsWith("boundaries/")).map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

function boundaryMessages(cases: readonly Case[]): string[][] {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", LINT, JSON.stringify(cases)], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return JSON.parse(out) as string[][];
}

const refused: Case[] = [
  // Hosts reach the engine through its facade only.
  ["src/taskpane/probe.ts", 'import { gridFromValues } from "../core/grid";'],
  ["src/taskpane/views/probe.ts", 'import { consolidate } from "../../core/reports/consolidate";'],
  ["src/cli/probe.ts", 'import { gridFromValues } from "../core/grid";'],
  ["src/xlsx/probe.ts", 'import { gridFromValues } from "../core/grid";'],
  ["src/excel/probe.ts", 'import { gridFromValues } from "../core/grid";'],
  ["src/browser/browser-host-probe.ts", 'import { gridFromValues } from "../core/grid";'],
  ["src/host/probe.ts", 'import { gridFromValues } from "../core/grid";'],
  // The engine is pure: nothing outside core, not even its own facade (a cycle).
  ["src/core/probe.ts", 'import { SETTING_KEYS } from "../host";'],
  ["src/core/probe.ts", 'import { readWorkbook } from "../xlsx/read-workbook";'],
  ["src/core/reports/probe.ts", 'import { checkAllocation } from "..";'],
  // The port depends on nobody's UI or adapter.
  ["src/host/probe.ts", 'import { loadPaneSettings } from "../taskpane/settings";'],
  ["src/host/probe.ts", 'import { createExcelHost } from "../excel/excel-host";'],
  // Adapters never import a UI.
  ["src/excel/probe.ts", 'import { describeError } from "../taskpane/progress";'],
  ["src/browser/browser-host.ts", 'import { el } from "../taskpane/dom";'],
  ["src/browser/browser-host.ts", 'import { mountWorkspace } from "./workspace-view";'],
  ["src/xlsx/probe.ts", 'import { el } from "../taskpane/dom";'],
  // The UI never imports an adapter outside the entry files.
  ["src/taskpane/app.ts", 'import { createExcelHost } from "../excel/excel-host";'],
  ["src/taskpane/views/probe.ts", 'import { createBrowserHost } from "../../browser/browser-host";'],
];

const allowed: Case[] = [
  ["src/taskpane/views/probe.ts", 'import { consolidate } from "../../core";'],
  ["src/core/reports/probe.ts", 'import { gridFromValues } from "../grid";'],
  ["src/taskpane/index.ts", 'import { createExcelHost } from "../excel/excel-host";'],
  ["src/browser/index.ts", 'import { createBrowserHost } from "./browser-host";\nimport { mountApp } from "../taskpane/app";'],
  ["src/browser/workspace-view.ts", 'import { el } from "../taskpane/dom";'],
  ["src/excel/probe.ts", 'import { SETTING_KEYS } from "../host";'],
];

describe("the layering lint", () => {
  const results = boundaryMessages([...refused, ...allowed]);

  test.each(refused.map((c, i) => [c[0], c[1], i] as const))("refuses %s: %s", (_file, _source, i) => {
    expect(results[i]?.length ?? 0).toBeGreaterThan(0);
  });

  test.each(allowed.map((c, i) => [c[0], c[1], refused.length + i] as const))("allows %s: %s", (_file, _source, i) => {
    expect(results[i]).toEqual([]);
  });
});
