/**
 * Each option refuses a value with the rule it broke: 9999-12-31 is a real date
 * outside the years dates are read in, 9999-12 has the form YYYY-MM, and
 * --branch-years -1 and 0 break one rule, "1 or more". The years tie to the
 * engine's date reader, so an accepted --as-of is always a date it can use.
 */
import fc from "fast-check";
import { main } from "../../src/cli/cli";
import { parseIsoDate } from "../../src/core";
import { captureIo, tempDir } from "../reports/cli-helpers";

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  const c = captureIo(tempDir("opts"));
  const code = await main(argv, c.io);
  return { code, err: c.err() };
}

const ALLOC = ["--allocation", "a.xlsx"];

describe("option values refused with the rule they break", () => {
  it.each([
    [["probation", ...ALLOC, "--as-of", "9999-12-31", "x"], "--as-of phải là một ngày từ năm 1900 đến năm 2200 (nhận \"9999-12-31\")"],
    [["probation", ...ALLOC, "--as-of", "1899-12-31", "x"], "--as-of phải là một ngày từ năm 1900 đến năm 2200"],
    [["probation", ...ALLOC, "--as-of", "2025-02-29", "x"], "--as-of 2025-02-29 không phải ngày có thật"],
    [["probation", ...ALLOC, "--as-of", "2025-13-01", "x"], "--as-of 2025-13-01 không phải ngày có thật"],
    [["probation", ...ALLOC, "--as-of", "2025-2-3", "x"], "--as-of phải có dạng YYYY-MM-DD"],
    [["consolidate", ...ALLOC, "--month", "9999-12", "x"], "--month phải là một tháng từ năm 1900 đến năm 2200 (nhận \"9999-12\")"],
    [["consolidate", ...ALLOC, "--month", "2025-13", "x"], "--month 2025-13: tháng phải từ 01 đến 12"],
    [["consolidate", ...ALLOC, "--month", "2025-05", "--date", "9999-01-01", "x"], "--date phải là một ngày từ năm 1900 đến năm 2200"],
    [["consolidate", ...ALLOC, "--month", "2025-05", "--branch-years", "-1", "x"], "--branch-years phải là số nguyên từ 1 trở lên (nhận \"-1\")"],
    [["consolidate", ...ALLOC, "--month", "2025-05", "--branch-years", "0", "x"], "--branch-years phải là số nguyên từ 1 trở lên (nhận \"0\")"],
  ])("%p", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toContain("phải có dạng YYYY-MM,");
  });

  it("says the English rule too", async () => {
    expect((await run("probation", ...ALLOC, "--as-of", "9999-12-31", "--lang", "en", "x")).err).toContain("--as-of must be a date in the years 1900 to 2200");
    expect((await run("consolidate", ...ALLOC, "--month", "2025-05", "--branch-years", "0", "--lang", "en", "x")).err).toContain("--branch-years must be a whole number, 1 or more");
  });

  it("passes --month forms the command reads (5/2025) on to it", async () => {
    // The allocation is missing: the run got past option parsing.
    expect((await run("consolidate", ...ALLOC, "--month", "5/2025", "x")).err).toMatch(/^ptdv consolidate: không tìm thấy/u);
  });

  it("accepts an --as-of exactly when the engine can read it as a date (property)", async () => {
    const seed = Date.now() ^ 0xa5;
    console.info(`--as-of property seed: ${seed}`);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), async (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const r = await run("probation", ...ALLOC, "--as-of", text, "x");
        expect(r.err.startsWith("ptdv probation: --as-of")).toBe(parseIsoDate(text) === null);
      }),
      { seed, numRuns: 60 },
    );
  });
});
