#!/usr/bin/env node
/**
 * `npm run build:cli` (also run by `npm install` through "prepare"): bundles the command line into
 * build/cli/ with esbuild. `bin/ptdv.js` imports build/cli/cli.js.
 *
 * Why a bundle: the CLI compiled file by file made Node resolve, stat and wrap a few hundred module
 * files on every run (about 0.1 s of CPU before any work). Here each command is one ES module chunk,
 * split at the `import()` of each command and of each lazily loaded reader or writer, so
 * `ptdv --help` loads only the parser and the help, `ptdv check` only what checking needs. Shared
 * code is shared chunks (one copy of each class, so `instanceof` holds across chunks).
 *
 * ExcelJS, docx and SheetJS stay outside the bundle: they are loaded from node_modules, and only by
 * the commands that write a workbook or a Word file, or read a legacy workbook.
 *
 * Type checking is not done here (esbuild strips types): `npm run typecheck` runs tsc on
 * tsconfig.json and tsconfig.cli.json.
 */
import { build } from "esbuild";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "build", "cli");

// The former tsc build wrote build/{core,xlsx,docx} and build/cli/commands: none of it is used any more.
for (const old of ["core", "xlsx", "docx", path.join("cli", "commands")]) rmSync(path.join(root, "build", old), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * Each file is written beside its place and renamed into it, and a file is removed only once the
 * new build is complete: a `ptdv` already running (a test, a second build) never reads half a
 * file, and chunk names carry a hash of their content, so an unchanged chunk keeps its name.
 */
function publish(files) {
  const keep = new Set();
  for (const f of files) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
    keep.add(path.basename(f.path));
  }
  for (const name of readdirSync(out)) {
    if (!keep.has(name)) rmSync(path.join(out, name), { recursive: true, force: true });
  }
}

// CommonJS code inside the bundle (saxes) and src/cli/cli.ts's version lookup use these.
const banner = [
  'import { createRequire as __ptdvCreateRequire } from "node:module";',
  'import { fileURLToPath as __ptdvFileURLToPath } from "node:url";',
  'import { dirname as __ptdvDirname } from "node:path";',
  "const require = __ptdvCreateRequire(import.meta.url);",
  "const __filename = __ptdvFileURLToPath(import.meta.url);",
  "const __dirname = __ptdvDirname(__filename);",
].join("\n");

const result = await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/cli.ts" },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "[name]-[hash]",
  external: ["exceljs", "docx", "@e965/xlsx"],
  banner: { js: banner },
  legalComments: "none",
  logLevel: "warning",
  metafile: process.argv.includes("--meta"),
  write: false,
});
// .js files in build/cli are ES modules (the package itself is CommonJS).
const files = [...result.outputFiles, { path: path.join(out, "package.json"), contents: '{ "type": "module" }\n' }];
if (result.metafile) files.push({ path: path.join(out, "meta.json"), contents: JSON.stringify(result.metafile) });
publish(files);
