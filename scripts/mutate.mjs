/**
 * `npm run mutate`: StrykerJS over src/core, configured by stryker.config.json.
 *
 * Stryker 10's command line refuses Node.js older than 22 as soon as it loads,
 * yet its engine runs on the Node.js 20 this project supports (package.json
 * "engines"); so this starts the engine itself, resolved from node_modules
 * like any dependency (no absolute path), and exits non-zero when the run fails.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const core = path.dirname(require.resolve("@stryker-mutator/core/package.json"));
const { Stryker } = await import(pathToFileURL(path.join(core, "dist", "src", "stryker.js")).href);

// Tests read ../shared beside the project; in a sandbox under .stryker-tmp/ that path is .stryker-tmp/shared.
const tmp = path.resolve(".stryker-tmp");
fs.mkdirSync(tmp, { recursive: true });
if (!fs.existsSync(path.join(tmp, "shared"))) fs.symlinkSync(path.join("..", "..", "shared"), path.join(tmp, "shared"));

// Each mutant reruns the property tests: fewer runs each (test/properties/seed.ts) keep the whole run affordable.
process.env.FC_NUM_RUNS ??= "40";

// `npm run mutate -- --mutate "src/core/text/**/*.ts,src/core/names/identity.ts"` narrows the run to some files.
const at = process.argv.indexOf("--mutate");
const only = at >= 0 ? { mutate: (process.argv[at + 1] ?? "").split(",") } : {};

const results = await new Stryker({ configFile: "stryker.config.json", ...only }).runMutationTest();
const killed = results.filter((r) => r.status === "Killed" || r.status === "Timeout").length;
const valid = results.filter((r) => r.status !== "CompileError" && r.status !== "RuntimeError" && r.status !== "Ignored").length;
console.log(`Mutation score on src/core: ${valid === 0 ? "n/a" : ((100 * killed) / valid).toFixed(2)}% (${killed} of ${valid} mutants killed or timed out)`);
