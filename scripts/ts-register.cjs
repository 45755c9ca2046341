/**
 * Lets plain Node require the project's .ts files without a build step (the
 * bench imports src/ and test/excel/fake-excel.ts directly). Each file is
 * transpiled alone with typescript.transpileModule: no type checking — that
 * is `npm run typecheck`'s job — so loading stays fast. Output is cached on
 * disk by path, size and mtime, because the bench starts several child
 * processes that would otherwise transpile the same modules again.
 *
 *   node -r ./scripts/ts-register.cjs some-file.ts
 *   require("./scripts/ts-register.cjs"); require("../src/core/grid.ts");
 */
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const ts = require("typescript");

const CACHE_DIR = path.resolve(__dirname, "..", "node_modules", ".cache", "ptdv-ts-register");

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
  inlineSources: false,
};

function cachePath(filename, stat) {
  const key = crypto.createHash("sha1").update(`${ts.version}\0${filename}\0${stat.size}\0${stat.mtimeMs}`).digest("hex");
  return path.join(CACHE_DIR, `${key}.js`);
}

function transpile(filename) {
  const stat = fs.statSync(filename);
  const cached = cachePath(filename, stat);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // not cached yet
  }
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, { compilerOptions: COMPILER_OPTIONS, fileName: filename, reportDiagnostics: false });
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename so a parallel child never reads half a file.
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out.outputText);
    fs.renameSync(tmp, cached);
  } catch {
    // A read-only tree only loses the cache.
  }
  return out.outputText;
}

function register() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = function loadTs(module, filename) {
    module._compile(transpile(filename), filename);
  };
  // Stack traces point at .ts lines through the inline source maps.
  if (typeof process.setSourceMapsEnabled === "function") process.setSourceMapsEnabled(true);
}

register();

module.exports = { register, transpile };
