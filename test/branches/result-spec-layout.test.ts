/**
 * The "Chi bộ T05-2025" progress sheet, every row, merge and print setting,
 * each subject built inside its test so the mutation suite attributes the
 * spec builder's work to it (result-sheet-cells.test.ts builds at collection time).
 */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { computeBranches } from "../../src/core/branches/compute";
import { readBranchList } from "../../src/core/branches/read-list";
import { branchResultSheetSpec } from "../../src/core/branches/result-spec";

const Y = 2025;
const FONT = "Times New Roman";

function seededSpec(): SheetSpec {
  const rows: CellValue[][] = [
    ["TCCSĐ", "Tên chi bộ", "Loại", "Số ĐV", "Kết nạp trong năm", "Năm KN gần nhất", "Nguồn"],
    ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", "", 10, 1, 2024, "Có"],
    ["", "Chi bộ thôn 2", "", 9, "", 2020, "Có"],
    ["Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "", 6, "", "", "Không"],
    ["", "Chi bộ thôn Lạc Hòa", "", 11, "", 2019, ""],
  ];
  const reading = readBranchList(gridFromValues("DS", rows), { file: "ds.xlsx", year: Y });
  const r = computeBranches({ reports: reading?.reports ?? [], year: Y, expected: [{ name: "Đảng bộ xã Ka Đô" }, { name: "Đảng bộ xã Tu Tra", location: { file: "09 - Tu Tra.xlsx" } }] });
  return branchResultSheetSpec(r, { year: Y, month: 5 });
}

/** "·" for a padding cell, `=formula → value` for a computed one. */
function shown(spec: SheetSpec): string[][] {
  return spec.rows.map((row) => row.map((c: SpecCell | null) => (c === null ? "·" : c.formula !== undefined ? `=${c.formula} → ${String(c.value)}` : String(c.value))));
}

const pad = (first: string): string[] => [first, "·", "·", "·", "·", "·", "·"];
const blank = pad("·");

describe("the Chi bộ progress sheet, row by row", () => {
  it("writes the title block, the per-TCCSĐ table, the three lists and blank lines between, each row seven cells wide", () => {
    expect(shown(seededSpec())).toEqual([
      pad("CHI BỘ TRỰC THUỘC: MỤC TIÊU TỪ 10 ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN NĂM 2025"),
      pad("(Theo báo cáo đến hết tháng 5/2025)"),
      pad("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 2/4 (50,0%)"),
      pad("Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 1"),
      blank,
      pad("1. Chi bộ trực thuộc theo tổ chức cơ sở đảng"),
      ["STT", "Tổ chức cơ sở đảng", "Số chi bộ báo cáo", "Chi bộ thôn, tổ dân phố, trường học", "Trong đó từ 10 đảng viên trở lên", "Tỷ lệ (%)", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "2", "2", "1", '=IF(D8>0,ROUND(E8/D8*100,1),"") → 50', "ds.xlsx › DS › A2"],
      ["2", "Đảng bộ xã Lạc Lâm", "2", "2", "1", '=IF(D9>0,ROUND(E9/D9*100,1),"") → 50', "ds.xlsx › DS › A4"],
      ["null", "Cộng", "=SUM(C8:C9) → 4", "=SUM(D8:D9) → 4", "=SUM(E8:E9) → 2", '=IF(D10>0,ROUND(E10/D10*100,1),"") → 50', "null"],
      blank,
      pad("2. Chi bộ thôn, tổ dân phố, trường học dưới 10 đảng viên (2)"),
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Số đảng viên", "", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "Chi bộ thôn 2", "thôn/ấp/bản", "9", "null", "ds.xlsx › DS › B3"],
      ["2", "Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "trường học", "6", "null", "ds.xlsx › DS › B4"],
      blank,
      pad("3. Chi bộ 3 năm trở lên chưa kết nạp đảng viên (3; còn nguồn: 1)"),
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Năm kết nạp gần nhất", "Còn nguồn", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "Chi bộ thôn 2", "thôn/ấp/bản", "2020", "Có", "ds.xlsx › DS › B3"],
      ["2", "Đảng bộ xã Lạc Lâm", "Chi bộ thôn Lạc Hòa", "thôn/ấp/bản", "2019", "", "ds.xlsx › DS › B5"],
      ["3", "Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "trường học", "Chưa có/không rõ", "Không", "ds.xlsx › DS › B4"],
      blank,
      pad("4. Tổ chức cơ sở đảng chưa gửi danh sách chi bộ (1)"),
      ["1", "Đảng bộ xã Tu Tra", "null", "null", "null", "null", "09 - Tu Tra.xlsx"],
    ]);
  });

  it("merges each title and heading across the seven columns and a missing TCCSĐ's name over the empty ones", () => {
    const across = (row: number) => ({ top: row, left: 0, bottom: row, right: 6 });
    expect(seededSpec().merges).toEqual([across(0), across(1), across(2), across(3), across(5), across(11), across(16), across(22), { top: 23, left: 1, bottom: 23, right: 5 }]);
  });

  it("styles the headings bold and the headers filled, as the printed form", () => {
    const spec = seededSpec();
    const at = (r: number, c: number) => spec.rows[r]?.[c]?.style;
    const header = { font: { name: FONT, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true };
    const section = { font: { name: FONT, size: 12, bold: true } };
    expect(at(0, 0)).toEqual({ font: { name: FONT, size: 14, bold: true }, horizontal: "center" });
    expect(at(1, 0)).toEqual({ font: { name: FONT, size: 12, italic: true }, horizontal: "center" });
    for (const r of [2, 3, 5, 11, 16, 22]) expect(at(r, 0)).toEqual(section);
    for (const r of [6, 12, 17]) for (let c = 0; c < 7; c++) expect(at(r, c)).toEqual(header);
    expect(at(23, 1)).toEqual({ font: { name: FONT, size: 12 }, border: true, vertical: "middle", wrap: true });
    expect(at(23, 6)).toEqual({ font: { name: FONT, size: 10, italic: true }, border: true, vertical: "middle", wrap: true });
  });

  it("is a landscape A4 progress sheet with the form's widths, heights, margins and tab colour", () => {
    const spec = seededSpec();
    expect(spec.name).toBe("Chi bộ T05-2025");
    expect(spec.role).toBe("progress");
    expect(spec.columns).toEqual([{ width: 6 }, { width: 34 }, { width: 30 }, { width: 18 }, { width: 14 }, { width: 11 }, { width: 34 }]);
    expect(spec.rowHeights).toEqual({ 0: 24, 6: 48 });
    expect(spec.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, centerHorizontally: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } });
    expect(spec.tabColor).toBe("#375623");
    expect(spec.dataValidations).toBeUndefined();
  });
});

describe("the Chi bộ progress sheet with nothing reported", () => {
  it("writes plain zero totals rather than sums over no rows, and only the headings", () => {
    const empty = computeBranches({ reports: [], year: 2026, expected: [], thresholds: { minMembers: 15, years: 5 } });
    const spec = branchResultSheetSpec(empty, { year: 2026, month: 11 });
    expect(shown(spec)).toEqual([
      pad("CHI BỘ TRỰC THUỘC: MỤC TIÊU TỪ 15 ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN NĂM 2026"),
      pad("(Theo báo cáo đến hết tháng 11/2026)"),
      pad("Chi bộ thôn, tổ dân phố, trường học có từ 15 đảng viên trở lên: 0/0 (–)"),
      pad("Chi bộ 5 năm trở lên chưa kết nạp đảng viên, còn nguồn: 0"),
      blank,
      pad("1. Chi bộ trực thuộc theo tổ chức cơ sở đảng"),
      ["STT", "Tổ chức cơ sở đảng", "Số chi bộ báo cáo", "Chi bộ thôn, tổ dân phố, trường học", "Trong đó từ 15 đảng viên trở lên", "Tỷ lệ (%)", "Nguồn số liệu"],
      ["null", "Cộng", "0", "0", "0", '=IF(D8>0,ROUND(E8/D8*100,1),"") → ', "null"],
      blank,
      pad("2. Chi bộ thôn, tổ dân phố, trường học dưới 15 đảng viên (0)"),
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Số đảng viên", "", "Nguồn số liệu"],
      blank,
      pad("3. Chi bộ 5 năm trở lên chưa kết nạp đảng viên (0; còn nguồn: 0)"),
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Năm kết nạp gần nhất", "Còn nguồn", "Nguồn số liệu"],
      blank,
      pad("4. Tổ chức cơ sở đảng chưa gửi danh sách chi bộ (0)"),
    ]);
    expect(spec.rows[7]?.[2]).toEqual({ value: 0, style: { font: { name: FONT, size: 12, bold: true }, border: true, horizontal: "center", numFmt: "0", fill: "#F2F2F2" } });
  });
});
