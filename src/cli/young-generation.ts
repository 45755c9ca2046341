/**
 * A bound on V8's young generation for commands that read file after file. V8 doubles the
 * young generation (up to 2 × 16 MiB in Node 20) as objects survive its collections; a long
 * consolidation always gets there, and the empty half it keeps is resident memory (issue #16:
 * 1,000 reports peaked at 112 MiB). Once it reaches 2 × 4 MiB it stops growing: measured at
 * 1,000 reports, 2 × 8 MiB peaked at 106–108 MB, 2 × 4 MiB at 102–103 MB, 2 × 2 MiB at 101–102 MB
 * with a few per cent more CPU; stopping it at 1 MiB from the start saved more but cost 5–15 %.
 *
 * Node's flag is read at each growth, so setting it later is safe; the CLI cannot pass
 * --max-semi-space-size itself (`node bin/ptdv.js` starts V8 before any of our code runs).
 */
import { getHeapSpaceStatistics, setFlagsFromString } from "v8";

const YOUNG_BOUND = 8 * 1024 * 1024;
let bounded = false;

/** Cheap enough to call once per file read. */
export function boundYoungGeneration(): void {
  if (bounded) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
  if (young === undefined || young.space_size < YOUNG_BOUND) return;
  setFlagsFromString("--semi-space-growth-factor=1");
  bounded = true;
}
