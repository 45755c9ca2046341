/**
 * Issue #17 item 12: a report whose organisation name carries a Cyrillic
 * look-alike letter or a right-to-left override is flagged (warning), once per
 * source and spelling, and is never matched to the real organisation silently.
 */
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import type { ConsolidationJson } from "../../src/core/reports/json";
import { captureIo, tempDir } from "./cli-helpers";
import { FIXTURES } from "./helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");

describe("report names that only look like an organisation's", () => {
  it("are flagged at their cells, once per spelling, and a genuine name is not", async () => {
    const dir = tempDir("lookalike-log");
    const csv = [
      "TCCSĐ,Tháng,Năm,Kết nạp",
      "Đảng bộ xã Tu Tra,4,2025,1",
      "Đảng bộ xã Tu Tr\u0430,5,2025,2",
      "Đảng bộ xã Tu Tr\u0430,4,2025,1",
      "Đảng bộ xã \u202EKa Đô\u202C,5,2025,3",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "log.csv"), csv + "\n", "utf8");
    const c = captureIo(dir);
    await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", "log.csv"], c.io);
    const json = JSON.parse(c.out()) as ConsolidationJson;
    const flagged = json.findings.filter((f) => f.code === "NAME_LOOKALIKE");
    expect(flagged.map((f) => [f.severity, f.source])).toEqual([
      ["warning", "log.csv › log › A3"],
      ["warning", "log.csv › log › A5"],
    ]);
    expect(flagged[0]!.message).toContain("Latin, Cyrillic");
    expect(flagged[1]!.message).toContain("U+202E");
  });
});
