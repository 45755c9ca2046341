import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import boundaries from "eslint-plugin-boundaries";

/*
 * The layering (ARCHITECTURE.md), checked on every import between src/ folders:
 * the engine is pure and reached only through its facade; the host port depends
 * on the engine only; adapters (Excel, the browser host, xlsx and docx files, the CLI)
 * never import a UI; the pane's UI never imports an adapter, except in the two
 * entry files that wire a concrete host. test/architecture/layering.test.ts proves
 * each rule still fires. The first matching element wins: specific files first.
 */
export const LAYER_ELEMENTS = [
  { type: "core", pattern: "src/core" },
  { type: "host", pattern: "src/host" },
  { type: "taskpane", pattern: "src/taskpane" },
  { type: "browser", pattern: "src/browser" },
  { type: "excel", pattern: "src/excel" },
  { type: "xlsx", pattern: "src/xlsx" },
  { type: "docx", pattern: "src/docx" },
  { type: "cli", pattern: "src/cli" },
];

/** Files inside an element, by path relative to its folder. */
const FACADE = { type: "core", fileInternalPath: "index.ts" };
const ENTRY = "index.ts";
/** The browser edition's entry and own UI (they may use the pane's toolkit); every other file there is the browser host. */
const BROWSER_FRONT = "{index,workspace-view,preview-table,sample-data}.ts";

const el = (type, fileInternalPath) => (fileInternalPath === undefined ? { type } : { type, fileInternalPath });
const allow = (from, to) => ({ from: { element: from }, allow: { to: { element: to } } });
const disallow = (from, to) => ({ from: { element: from }, disallow: { to: { element: to } } });

export const LAYER_POLICIES = [
  // The engine: pure, and one-way (it never imports its own facade back).
  allow(el("core"), el("core", `!${ENTRY}`)),
  allow(el("core", ENTRY), el("core")),
  // Everyone else reaches the engine through src/core/index.ts only.
  allow(el("host"), [FACADE, el("host")]),
  allow(el("xlsx"), [FACADE, el("xlsx")]),
  // Word files (.docx: the plan reader, the report writer) are an adapter like the workbook reader: the facade only.
  allow(el("docx"), [FACADE, el("docx")]),
  allow(el("cli"), [FACADE, el("xlsx"), el("docx"), el("cli")]),
  allow(el("excel"), [FACADE, el("host"), el("xlsx"), el("docx"), el("excel")]),
  allow(el("browser"), [FACADE, el("host"), el("xlsx"), el("docx"), el("browser")]),
  allow(el("taskpane"), [FACADE, el("host"), el("xlsx"), el("docx"), el("taskpane")]),
  // UI files of the browser edition and its entry may use the pane's UI toolkit.
  allow(el("browser", BROWSER_FRONT), el("taskpane")),
  // Only the Excel entry wires the Excel adapter.
  allow(el("taskpane", ENTRY), el("excel")),
  // The browser host is an adapter: it never reaches the browser edition's UI or entry.
  disallow(el("browser", `!${BROWSER_FRONT}`), el("browser", BROWSER_FRONT)),
];

export const layeringConfig = {
  files: ["src/**/*.ts"],
  plugins: { boundaries },
  settings: {
    "boundaries/elements": LAYER_ELEMENTS,
    "boundaries/include": ["src/**/*.ts"],
    "import/resolver": { node: { extensions: [".ts", ".js"] } },
  },
  rules: {
    "boundaries/dependencies": ["error", { default: "disallow", checkInternals: true, policies: LAYER_POLICIES }],
  },
};

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-output/**", "test/shims/**", "test-e2e/fixtures/fake-office.js", ".stryker-tmp/**", "reports/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": "off",
    },
  },
  {
    // The engine stays pure: no host, no Node built-ins, no DOM libraries.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "node:*", "path", "os", "child_process", "exceljs", "docx", "**/xlsx/**", "**/docx/**", "**/excel/**", "**/cli/**", "**/taskpane/**", "**/browser/**"], message: "src/core must not depend on a host." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "document", "window", "Office", "Excel", "fetch", "process"],
    },
  },
  layeringConfig,
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/browser/**/*.ts", "src/excel/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
