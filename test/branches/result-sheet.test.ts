/**
 * The progress workbook's "Chi bộ T05-2025" sheet, written by the project's
 * writer and read back by LibreOffice, which recalculates its formulas.
 */
import * as fs from "fs";
import * as path from "path";
import { branchResultSheetName, branchResultSheetSpec, computeBranches, gridFromValues, readBranchList, type CellValue } from "../../src/core";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { sofficeConvert, tempDir } from "./helpers";

const Y = 2025;

function result() {
  const rows: CellValue[][] = [
    ["TCCSĐ", "Tên chi bộ", "Loại", "Số ĐV", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn"],
    ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "", 10, 1, 2024, "Có"],
    ["", "Chi bộ thôn 2", "", 9, "", 2020, "Có"],
    ["", "Chi bộ Cơ quan UBND xã", "", 25, "", 2024, ""],
    ["Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "", 6, "", "", "Không"],
    ["", "Chi bộ thôn Lạc Bình", "", 1950, "", 2024, ""],
    ["", "=SUM(1,2)", "", 12, "", 2021, "có"],
  ];
  const reading = readBranchList(gridFromValues("DS", rows), { file: "ds.xlsx", year: Y });
  return computeBranches({ reports: reading?.reports ?? [], year: Y, expected: [{ name: "Đảng bộ xã Ka Đô" }, { name: "Đảng bộ xã Tu Tra", location: { file: "09 - Tu Tra.xlsx" } }] });
}

function parseCsv(text: string): string[][] {
  // LibreOffice quotes fields with commas; none of ours holds a quote.
  return text
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => (l.match(/("[^"]*"|[^,]*)(,|$)/g) ?? []).map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "")).slice(0, 7));
}

describe("the Chi bộ result sheet", () => {
  const r = result();
  const spec = branchResultSheetSpec(r, { year: Y, month: 5 });

  it("is named for the period", () => {
    expect(branchResultSheetName(Y, 5)).toBe("Chi bộ T05-2025");
    expect(spec.name).toBe("Chi bộ T05-2025");
  });

  it("reads back in LibreOffice with the goal lines, the recalculated shares, the lists and their sources, a formula-like name as text", async () => {
    const dir = tempDir("result");
    const xlsx = path.join(dir, "chi-bo.xlsx");
    // Stale cached results: what LibreOffice shows must come from the formulas themselves.
    const stale = { ...spec, rows: spec.rows.map((row) => row.map((c) => (c?.formula === undefined ? c : { ...c, value: 999 }))) };
    fs.writeFileSync(xlsx, await writeWorkbook({ sheets: [stale] }));
    const csv = sofficeConvert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", path.join(dir, "csv"), [], { recalculate: true });
    const lines = parseCsv(fs.readFileSync(csv, "utf8").replace(/^\uFEFF/, ""));
    const text = lines.map((l) => l.filter((c) => c !== "").join(" | "));
    expect(text).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 2/4 (50,0%)");
    expect(text).toContain("Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2");
    expect(text).toContain("1 | Đảng bộ xã Ka Đô | 3 | 2 | 1 | 50.0 | ds.xlsx › DS › A2");
    expect(text).toContain("2 | Đảng bộ xã Lạc Lâm | 3 | 2 | 1 | 50.0 | ds.xlsx › DS › A5");
    expect(text).toContain("Cộng | 6 | 4 | 2 | 50.0");
    expect(text).toContain("1 | Đảng bộ xã Ka Đô | Chi bộ thôn 2 | thôn/ấp/bản | 9 | ds.xlsx › DS › B3");
    expect(text).toContain("2 | Đảng bộ xã Lạc Lâm | Chi bộ Trường TH Lạc Lâm | trường học | 6 | ds.xlsx › DS › B5");
    const noAdmission = text.filter((l) => /^\d+ \| .* \| (\d{4}|Chưa có\/không rõ) \|/.test(l));
    expect(noAdmission).toEqual([
      "1 | Đảng bộ xã Ka Đô | Chi bộ thôn 2 | thôn/ấp/bản | 2020 | Có | ds.xlsx › DS › B3",
      "2 | Đảng bộ xã Lạc Lâm | =SUM(1,2) | khác | 2021 | Có | ds.xlsx › DS › B7",
      "3 | Đảng bộ xã Lạc Lâm | Chi bộ Trường TH Lạc Lâm | trường học | Chưa có/không rõ | Không | ds.xlsx › DS › B5",
    ]);
    expect(text).toContain("1 | Đảng bộ xã Tu Tra | 09 - Tu Tra.xlsx");
  });
});
