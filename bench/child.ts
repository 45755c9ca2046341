/**
 * Runs one case alone in this process, so its peak memory is its own, and
 * prints the result as one JSON line. Usage (from scripts/bench.mjs):
 *   node -r ./scripts/ts-register.cjs bench/child.ts CASE '{"quick":false,"dir":"/tmp/…"}'
 */
import { CASES } from "./cases";
import { sizesFor } from "./sizes";

export const RESULT_PREFIX = "BENCH_RESULT ";

async function main(): Promise<void> {
  const [name, json] = process.argv.slice(2);
  const run = name === undefined ? undefined : CASES[name];
  if (!run) throw new Error(`unknown case ${name ?? "(none)"}; known: ${Object.keys(CASES).join(", ")}`);
  const options = JSON.parse(json ?? "{}") as { quick?: boolean; dir?: string };
  const result = await run({ sizes: sizesFor(options.quick === true), dir: options.dir ?? "" });
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ skipped: message })}\n`);
  process.exitCode = 0;
});
