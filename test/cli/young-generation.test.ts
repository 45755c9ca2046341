/**
 * A long consolidation keeps V8's young generation at 2 × 8 MiB instead of letting it double to
 * 2 × 16 MiB (issue #16, peak memory at 1,000 reports). Measured in a child process: the flag it
 * sets lasts for the life of the process.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const REPO = path.resolve(__dirname, "..", "..");

function youngGenerationAfterChurn(bound: boolean): number {
  const script = `
    const v8 = require("v8");
    const { boundYoungGeneration } = require(${JSON.stringify(path.join(REPO, "src", "cli", "young-generation.ts"))});
    let kept = [];
    let largest = 0;
    for (let i = 0; i < 3e6; i++) {
      kept.push({ i, text: "x" + i });
      if (kept.length > 40000) kept = [];
      if (i % 5000 === 0) {
        if (${bound}) boundYoungGeneration();
        const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
        largest = Math.max(largest, young.space_size);
      }
    }
    process.stdout.write(String(largest));`;
  const r = spawnSync(process.execPath, ["-r", path.join(REPO, "scripts", "ts-register.cjs"), "-e", script], { cwd: REPO, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
}

test("objects surviving collections grow the young generation past 16 MiB unless it is bounded", () => {
  expect(youngGenerationAfterChurn(false)).toBeGreaterThan(16 * 1024 * 1024);
  expect(youngGenerationAfterChurn(true)).toBeLessThanOrEqual(16 * 1024 * 1024);
});
