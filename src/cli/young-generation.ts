/**
 * Bounds on V8's young generation, which doubles (up to 2 × 16 MiB in Node 20) as objects survive
 * its collections. Node's flag is read at each growth, so setting it later is safe; the CLI cannot
 * pass --max-semi-space-size itself (`node bin/ptdv.js` starts V8 before any of our code runs).
 *
 * A V8 flag belongs to the whole process, so only the process that runs `ptdv` sets it: bin/ptdv.js
 * hands these to the commands as `io.heap`. The build's training run, which makes the code cache,
 * and the tests that run commands in their own process do not: V8 stamps a code cache with the flags
 * it was made under and rejects it under others, so a flag set while training would have cost every
 * later `ptdv` its cache.
 */
import type { HeapTuning } from "./io";

/** Loaded at the first call: `ptdv --help` and the commands that tune nothing never load node:v8. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const v8 = (): typeof import("v8") => require("v8") as typeof import("v8");

const YOUNG_BOUND = 8 * 1024 * 1024;
let bounded = false;

/**
 * For commands that read file after file: a long consolidation always reaches 2 × 16 MiB, and the
 * empty half it keeps is resident memory (issue #16: 1,000 reports peaked at 112 MiB). Once the young
 * generation reaches 2 × 4 MiB it stops growing: measured at 1,000 reports, 2 × 8 MiB peaked at
 * 106–108 MB, 2 × 4 MiB at 102–103 MB, 2 × 2 MiB at 101–102 MB with a few per cent more CPU; stopping
 * it at 1 MiB from the start saved more but cost 5–15 %. Cheap enough to call once per file read.
 */
export function boundYoungGeneration(): void {
  if (bounded) return;
  const size = v8().getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size;
  if (size === undefined || size < YOUNG_BOUND) return;
  v8().setFlagsFromString("--semi-space-growth-factor=1");
  bounded = true;
}

/**
 * Keeps the young generation at the size it starts with (1 MiB), for `check`: its grid, rows and
 * findings all live to the end, so a larger young generation frees no more and every scavenge copies
 * the same survivors; growing it only spreads the young objects over more memory, each new page a
 * fault and a cache miss. A consolidation is the opposite case (most of what it reads is garbage
 * after each file) and keeps boundYoungGeneration's larger bound.
 */
export function keepYoungGenerationSmall(): void {
  v8().setFlagsFromString("--semi-space-growth-factor=1");
}

export const heapTuning: HeapTuning = { boundYoungGeneration, keepYoungGenerationSmall };
