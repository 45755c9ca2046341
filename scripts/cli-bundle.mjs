/**
 * How the CLI is bundled (scripts/build-cli.mjs), in its own module so that `npm run bench` bundles
 * the reader it measures alone (bench/read-plan-only.ts) exactly as the CLI bundles it: one CommonJS
 * script, the same modules initialised at load, fflate loaded at its first call, the same packages
 * left to node_modules.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";

/**
 * The engine's facade (src/core/index.ts) seen by each importer as only the names it imports, each
 * straight from the module that defines it. Initialising the facade initialises every module behind
 * it: through the one facade, `ptdv check` ran the top level of the whole engine (report templates,
 * the register, the documents). The modules are the same files, so each class and table still
 * exists once. An importer whose use
 * of the facade this cannot read (a namespace import, a re-export) gets the facade itself.
 */
const FACADE_EXPORT = /export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g;
const NAMED_IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*"([^"]+)"/g;

function facadeByImporter(root) {
  const facadePath = path.join(root, "src", "core", "index.ts");
  let facadeExports;
  const facadeMap = () => {
    if (facadeExports) return facadeExports;
    facadeExports = new Map();
    for (const [, list, from] of readFileSync(facadePath, "utf8").matchAll(FACADE_EXPORT)) {
      for (const item of list.split(",").map((x) => x.trim()).filter((x) => x !== "" && !x.startsWith("type "))) {
        const [orig, as = orig] = item.split(/\s+as\s+/);
        facadeExports.set(as, { orig, file: path.join(path.dirname(facadePath), `${from}.ts`) });
      }
    }
    return facadeExports;
  };
  return {
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
}

/**
 * fflate initialised at its first use, not when the CLI loads: its module builds its Huffman tables
 * at load (about 5 ms of CPU, 5 % of `ptdv check` of the seed's table), and in Node the reader
 * inflates with zlib, so only a Word file, a chart or a part that lies about its size needs it.
 * Every `import … from "fflate"` gets this stand-in, which `require`s the real module (the same
 * file an import would load, bundled) at the first call. A name not listed here fails the build.
 */
const FFLATE_FUNCTIONS = ["inflateSync", "unzipSync", "zipSync", "strFromU8", "strToU8"];
const fflateOnFirstUse = (root) => ({
  name: "fflate-on-first-use",
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      if (args.namespace === "fflate-stand-in") {
        return b.resolve("fflate", { kind: "import-statement", resolveDir: args.resolveDir, pluginData: { real: true } });
      }
      return { path: "fflate", namespace: "fflate-stand-in" };
    });
    b.onLoad({ filter: /.*/, namespace: "fflate-stand-in" }, () => ({
      contents: [
        "let real;",
        'const fflate = () => (real ??= require("fflate"));',
        ...FFLATE_FUNCTIONS.map((name) => `export function ${name}(...args) { return fflate().${name}(...args); }`),
        // A constructor returning an object makes `new Inflate(…)` the real instance.
        "export class Inflate { constructor(...args) { return new (fflate().Inflate)(...args); } }",
      ].join("\n"),
      loader: "js",
      resolveDir: root,
    }));
  },
});

/** esbuild's options for a bundle of the project at `root` run by Node as the CLI is; the caller adds entry and output. */
export function cliBundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // Loaded from node_modules, and only by what writes a workbook or a Word file or reads a legacy workbook.
    external: ["exceljs", "docx", "@e965/xlsx"],
    legalComments: "none",
    logLevel: "warning",
    plugins: [facadeByImporter(root), fflateOnFirstUse(root)],
  };
}
