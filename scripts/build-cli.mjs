#!/usr/bin/env node
/**
 * `npm run build:cli` (also run by `npm install` through "prepare"): bundles the command line into
 * build/cli/cli.js with esbuild, one CommonJS script, and leaves beside it V8's code cache for that
 * script (cli.js.cache). `bin/ptdv.js` runs the script, with the cache when it matches.
 *
 * Why one script and a code cache (issue #16): the CLI compiled file by file made Node resolve,
 * stat and wrap a few hundred module files on every run (about 0.1 s of CPU before any work); ES
 * module chunks split at each command and lazily loaded reader or writer still cost `ptdv check`
 * about 0.05 s to resolve, read, compile and evaluate its 18 chunks and then compile each function
 * on its first call, and merging them into fewer chunks saved only ~5 ms. Node 20 gives ES modules
 * no code cache (module.enableCompileCache is Node 22), but `vm.Script` takes V8's: with it, a run
 * deserialises bytecode instead of parsing and compiling, and `ptdv check` of the seed's table
 * fell from 0.13 to 0.10 s of CPU, `ptdv --help` from 0.08 to 0.075 s (Node alone: 0.06 s).
 * Nothing is evaluated before it is used: each command, reader and writer the CLI loads with
 * `import()` is bundled behind an init function that runs at that `import()`, so `--help` runs no
 * command's code and `check` neither the Word reader nor a writer.
 *
 * ExcelJS, docx and SheetJS stay outside the bundle: they are loaded from node_modules, and only by
 * the commands that write a workbook or a Word file, or read a legacy workbook.
 *
 * Type checking is not done here (esbuild strips types): `npm run typecheck` runs tsc on
 * tsconfig.json and tsconfig.cli.json.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { cliBundleOptions } from "./cli-bundle.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "build", "cli");

// The former tsc build wrote build/{core,xlsx,docx} and build/cli/commands: none of it is used any more.
for (const old of ["core", "xlsx", "docx", path.join("cli", "commands")]) rmSync(path.join(root, "build", old), { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * Each file is written beside its place and renamed into it, so a `ptdv` already running (a test, a
 * second build) never reads half a file; anything else in build/cli (the chunks of former builds,
 * the previous code cache) is removed. Until training has written the new cache, a `ptdv` finds none
 * that matches the script and compiles it from source.
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

// How it is bundled (each importer sees only the facade names it imports, fflate loads at its first call): scripts/cli-bundle.mjs.
const result = await build({
  ...cliBundleOptions(root),
  entryPoints: { cli: "src/cli/cli.ts" },
  outdir: out,
  metafile: process.argv.includes("--meta"),
  write: false,
});

// build/cli/cli.js is CommonJS (bin/ptdv.js runs it as such), whatever a package.json above says.
const files = [...result.outputFiles, { path: path.join(out, "package.json"), contents: '{ "type": "commonjs" }\n' }];
if (result.metafile) files.push({ path: path.join(out, "meta.json"), contents: JSON.stringify(result.metafile) });
publish(files);

/**
 * V8's code cache for build/cli/cli.js, made by a training run in a fresh Node process (same
 * version, no flags: a cache made under other flags would be rejected): bin/ptdv.js loads the
 * script, runs `ptdv check` (text and JSON) on the seed's table and `ptdv --help` with their output
 * discarded, and asks V8 for the cache, which then holds the bytecode of every function those runs
 * compiled. Training writes nothing but the cache (check only reads). Without the fixture, or if
 * training fails, the cache holds what loading compiled; without a cache, `ptdv` compiles from
 * source: the cache saves time, it is never needed.
 */
const cacheFile = path.join(out, "cli.js.cache");
const seed = path.join(root, "test", "fixtures", "allocation", "seed-from-csv-libreoffice.xlsx");
const trainer = `
  const fs = require("fs");
  const { loadCli } = require(${JSON.stringify(path.join(root, "bin", "ptdv.js"))});
  const cli = loadCli(${JSON.stringify(path.join(out, "cli.js"))}, { noCache: true });
  const io = { stdout: () => true, stderr: () => true, cwd: process.cwd() };
  const runs = fs.existsSync(${JSON.stringify(seed)}) ? [["check", ${JSON.stringify(seed)}], ["check", "--json", ${JSON.stringify(seed)}], ["--help"]] : [["--help"]];
  (async () => {
    for (const argv of runs) await cli.exports.main(argv, io).catch(() => 2);
    const tmp = ${JSON.stringify(cacheFile)} + "." + process.pid + ".tmp";
    fs.writeFileSync(tmp, cli.cacheFile(cli.script.createCachedData()));
    fs.renameSync(tmp, ${JSON.stringify(cacheFile)});
  })();
`;
// No NODE_OPTIONS: V8 flags given there (a coverage or inspector run) would stamp the cache, and a plain `ptdv` would reject it.
const trained = spawnSync(process.execPath, ["-e", trainer], { cwd: root, encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } });
if (trained.status !== 0) {
  rmSync(cacheFile, { force: true });
  process.stderr.write(`build-cli: no code cache (${(trained.stderr || "").trim().split("\n")[0]}); ptdv compiles from source\n`);
}
