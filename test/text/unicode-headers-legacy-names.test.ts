/**
 * A report log whose headers are typed in Unicode and whose names are TCVN3 (.VnTime) text is read:
 * the names column is decoded, the headers are kept (issue #3: never decode text that is already
 * Unicode Vietnamese). Files written by openpyxl and as CSV.
 */
import * as fs from "fs";
import * as path from "path";
import { runConsolidate } from "../../src/cli/commands/consolidate";
import { decodeWholeGrid } from "../../src/core/text/decode-grid";
import type { Grid } from "../../src/core/grid";
import { captureIo, python, tempDir } from "../reports/cli-helpers";
import { FIXTURES } from "../reports/helpers";

const ALLOCATION = path.join(FIXTURES, "allocation-2025.xlsx");
/** "Đảng bộ xã Lạc Lâm" as .VnTime stores it. */
const TCVN3_NAME = "§¶ng bé x· L¹c L©m";

async function admittedByName(file: string, cwd: string): Promise<{ admitted: Record<string, number>; codes: string[] }> {
  const c = captureIo(cwd);
  await runConsolidate(["--allocation", ALLOCATION, "--month", "2025-05", "--json", file], c.io);
  const json = JSON.parse(c.out()) as { organizations: Array<{ name: string; admittedToDate: number }>; findings: Array<{ code: string }> };
  const admitted: Record<string, number> = {};
  for (const o of json.organizations) if (o.admittedToDate > 0) admitted[o.name] = o.admittedToDate;
  return { admitted, codes: json.findings.map((f) => f.code) };
}

describe("a log with Unicode headers and TCVN3 names", () => {
  const dir = tempDir("uni-head");

  it("is read from a CSV file", async () => {
    const file = path.join(dir, "log.csv");
    fs.writeFileSync(file, `TCCSĐ,Tháng,Kết nạp\n${TCVN3_NAME},5/2025,2\n`);
    const r = await admittedByName(file, dir);
    expect(r.admitted).toEqual({ "Đảng bộ xã Lạc Lâm": 2 });
    expect(r.codes).not.toContain("SUBMISSION_UNRECOGNISED");
  });

  it("is read from a workbook written by openpyxl", async () => {
    const file = path.join(dir, "log.xlsx");
    python(
      `
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Nhật ký"
ws.append(["TCCSĐ", "Tháng", "Kết nạp"])
ws.append([sys.argv[2], "5/2025", 2])
ws.append(["Đảng bộ xã Ka Đô", "5/2025", 1])
wb.save(sys.argv[1])
`,
      [file, TCVN3_NAME],
    );
    const r = await admittedByName(file, dir);
    expect(r.admitted).toEqual({ "Đảng bộ xã Lạc Lâm": 2, "Đảng bộ xã Ka Đô": 1 });
    expect(r.codes).not.toContain("SUBMISSION_UNRECOGNISED");
  });

  it("keeps a Unicode header that would also read as a TCVN3 syllable, and decodes the names below", () => {
    const grid: Grid = {
      name: "s",
      origin: { row: 0, col: 0 },
      merges: [],
      rows: [
        [{ value: "TCCSĐ" }, { value: "Tháng" }, { value: "Kết nạp" }],
        [{ value: TCVN3_NAME }, { value: "5/2025" }, { value: 2 }],
      ],
    };
    const decoded = decodeWholeGrid(grid);
    expect(decoded.rows[0]?.map((c) => c?.value)).toEqual(["TCCSĐ", "Tháng", "Kết nạp"]);
    expect(decoded.rows[1]?.[0]?.value).toBe("Đảng bộ xã Lạc Lâm");
  });

  it("still decodes a lone TCVN3 header in a column of its own by the sheet's encoding", () => {
    const grid: Grid = {
      name: "s",
      origin: { row: 0, col: 0 },
      merges: [],
      rows: [
        [{ value: "TCCS§" }, { value: "Th¸ng" }],
        [{ value: TCVN3_NAME }, { value: "5/2025" }],
      ],
    };
    const decoded = decodeWholeGrid(grid);
    expect(decoded.rows[0]?.[0]?.value).toBe("TCCSĐ");
    expect(decoded.rows[1]?.[0]?.value).toBe("Đảng bộ xã Lạc Lâm");
  });
});
