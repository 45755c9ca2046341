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
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/**
 * The engine's facade (src/core/index.ts) seen by each importer as only the names it imports, each
 * straight from the module that defines it. esbuild puts a module in every chunk group from which
 * an import path reaches it, used or not: through the one facade, `ptdv check` loaded and ran the
 * whole engine (report templates, the register, the documents: a 380 KB chunk, ~20 ms of start-up).
 * The modules are the same files, so each class and table still exists once. An importer whose use
 * of the facade this cannot read (a namespace import, a re-export) gets the facade itself.
 */
const facadePath = path.join(root, "src", "core", "index.ts");
const FACADE_EXPORT = /export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g;
const NAMED_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)"/g;
let facadeExports;
function facadeMap() {
  if (facadeExports) return facadeExports;
  facadeExports = new Map();
  for (const [, list, from] of readFileSync(facadePath, "utf8").matchAll(FACADE_EXPORT)) {
    for (const item of list.split(",").map((x) => x.trim()).filter((x) => x !== "" && !x.startsWith("type "))) {
      const [orig, as = orig] = item.split(/\s+as\s+/);
      facadeExports.set(as, { orig, file: path.join(path.dirname(facadePath), `${from}.ts`) });
    }
  }
  return facadeExports;
}
const facadeByImporter = {
  name: "facade-by-importer",
  setup(b) {
    b.onResolve({ filter: /\/core$/ }, async (args) => {
      if (args.pluginData?.viaFacade || args.kind !== "import-statement") return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { viaFacade: true } });
      if (r.errors.length > 0 || r.path !== facadePath) return undefined;
      const source = readFileSync(args.importer, "utf8");
      const statements = [...source.matchAll(NAMED_IMPORT)].filter((m) => m[3] === args.path);
      const mentions = source.split(`"${args.path}"`).length - 1;
      if (statements.length !== mentions) return r;
      const lines = [];
      for (const [, typeOnly, list] of statements) {
        if (typeOnly) continue;
        for (const item of list.split(",").map((x) => x.trim()).filter((x) => x !== "" && !x.startsWith("type "))) {
          const [name] = item.split(/\s+as\s+/);
          const at = facadeMap().get(name);
          if (at === undefined) return r;
          lines.push(`export { ${at.orig} as ${name} } from ${JSON.stringify(at.file)};`);
        }
      }
      return { path: args.importer, namespace: "facade", pluginData: { contents: lines.join("\n") } };
    });
    b.onLoad({ filter: /.*/, namespace: "facade" }, (args) => ({ contents: args.pluginData.contents, loader: "js", resolveDir: path.dirname(facadePath) }));
  },
};

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
  plugins: [facadeByImporter],
  write: false,
});
/**
 * Each chunk keeps only the banner lines it uses: making `require` and `__dirname` costs every
 * chunk that declares them a module-loader call and the import.meta object at start-up, and
 * `ptdv check` loads about fifteen chunks, of which one needs `__dirname` and few `require`.
 */
function withBannerAsUsed(f) {
  if (!f.path.endsWith(".js")) return f;
  const text = f.text;
  if (!text.startsWith(banner)) return f;
  const body = text.slice(banner.length);
  const uses = (name) => new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(body);
  const dirname = uses("__dirname");
  const filename = dirname || uses("__filename");
  const lines = [];
  if (uses("require")) lines.push('import { createRequire as __ptdvCreateRequire } from "node:module";', "const require = __ptdvCreateRequire(import.meta.url);");
  if (filename) lines.push('import { fileURLToPath as __ptdvFileURLToPath } from "node:url";', "const __filename = __ptdvFileURLToPath(import.meta.url);");
  if (dirname) lines.push('import { dirname as __ptdvDirname } from "node:path";', "const __dirname = __ptdvDirname(__filename);");
  return { path: f.path, contents: lines.join("\n") + body };
}

// .js files in build/cli are ES modules (the package itself is CommonJS).
const files = [...result.outputFiles.map(withBannerAsUsed), { path: path.join(out, "package.json"), contents: '{ "type": "module" }\n' }];
if (result.metafile) files.push({ path: path.join(out, "meta.json"), contents: JSON.stringify(result.metafile) });
publish(files);
