/**
 * `node read-plan-only.cjs FILE`, bundled by `npm run bench` as the CLI is bundled: the reading that
 * `ptdv check FILE` does (src/cli/read-plan.ts: the file read within its limits, its zip directory,
 * the parts inflated and scanned into grids) and nothing after it, in its own process. It is the
 * like-for-like row against the peer of the 10,000-row check, which only reads the rows (issue #16):
 * `check` then locates the table, applies its rules, builds 8,000 findings in two languages and
 * writes 5.8 MB of JSON, none of which the peer does. Prints the rows and cells read, so the grids
 * are used; exits 2 when the file cannot be read, as `ptdv check` would.
 */
import { readPlanFile } from "../src/cli/read-plan";

async function run(file: string): Promise<number> {
  const read = await readPlanFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.problem.code}\n`);
    return 2;
  }
  let rows = 0;
  let cells = 0;
  for (const grid of read.grids) {
    rows += grid.rows.length;
    for (const row of grid.rows) for (const cell of row) if (cell !== undefined) cells++;
  }
  process.stdout.write(`${rows} rows, ${cells} cells\n`);
  return 0;
}

run(process.argv[2] ?? "").then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
