/**
 * Issue #17 item 12: a look-alike letter or a bidi control in an organisation's
 * name is flagged, in a workbook written by openpyxl (not by this project).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkAllocation } from "../../src/core/allocation/check";
import { readWorkbookFile } from "../../src/xlsx/read-file";

const PYTHON = `
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phân bổ"
ws.append(["STT", "TCCSĐ", "CHỈ TIÊU"])
ws.append([1, "Đảng bộ xã K\\u0430 Đô", 3])
ws.append([2, "Đảng bộ xã Ka Đô", 2])
ws.append([3, "Chi bộ thôn \\u202eMoc\\u202c", 1])
ws.append([4, "Chi bộ Trường THPT Pró", "03 (01 HS)"])
wb.save(sys.argv[1])
`;

describe("names that only look like the organisation they claim to be", () => {
  it("are flagged at their cells, while the genuine names are not", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-lookalike-"));
    const file = path.join(dir, "phan-bo.xlsx");
    const py = spawnSync("/usr/bin/python3", ["-c", PYTHON, file], { encoding: "utf8" });
    expect(py.stderr).toBe("");
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problem.message.en);
    const r = checkAllocation(read.grids, { file: "phan-bo.xlsx", target: 5 });
    const flagged = r.findings.filter((f) => f.code === "NAME_LOOKALIKE");
    expect(flagged.map((f) => [f.cell, f.severity])).toEqual([
      ["B2", "warning"],
      ["B4", "warning"],
    ]);
    expect(flagged[0]?.message.vi).toContain("Latin, Cyrillic");
    expect(flagged[0]?.message.en).toContain("Kа");
    expect(flagged[1]?.message.vi).toContain("U+202E");
    // The Cyrillic twin is not taken for a duplicate of the real name: it is a different organisation as far as SUM is concerned.
    expect(r.totals.quota).toBe(9);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
