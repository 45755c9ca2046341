/**
 * The "Chi bộ T05-2025" sheet's cells, formulas and layout as the engine
 * describes them; result-sheet.test.ts proves the same through LibreOffice,
 * which is too slow for the mutation suite.
 */
import { gridFromValues, type CellValue } from "../../src/core/grid";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import { computeBranches } from "../../src/core/branches/compute";
import { readBranchList } from "../../src/core/branches/read-list";
import { branchResultSheetName, branchResultSheetSpec } from "../../src/core/branches/result-spec";

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
    ["", "Chi bộ thôn Lạc Hòa", "", 11, "", 2019, ""],
  ];
  const reading = readBranchList(gridFromValues("DS", rows), { file: "ds.xlsx", year: Y });
  return computeBranches({
    reports: reading?.reports ?? [],
    year: Y,
    expected: [{ name: "Đảng bộ xã Ka Đô" }, { name: "Đảng bộ xã Tu Tra", location: { file: "09 - Tu Tra.xlsx" } }, { name: "Đảng bộ xã Đạ Đờn" }],
  });
}

/** A row as a person reads it: values, with `=formula` where a cell computes. */
function shown(spec: SheetSpec): string[][] {
  return spec.rows.map((row) => row.map((c: SpecCell | null) => (c === null ? "·" : c.formula !== undefined ? `=${c.formula} → ${String(c.value)}` : String(c.value))));
}

describe("the Chi bộ result sheet as the engine describes it", () => {
  const spec = branchResultSheetSpec(result(), { year: Y, month: 5 });
  const rows = shown(spec);

  it("is named for the period with a two-digit month", () => {
    expect(spec.name).toBe("Chi bộ T05-2025");
    expect(branchResultSheetName(2026, 12)).toBe("Chi bộ T12-2026");
    expect(branchResultSheetName(2026, 1)).toBe("Chi bộ T01-2026");
    expect(spec.role).toBe("progress");
  });

  it("opens with the title, the period and both goal lines, each across the sheet", () => {
    expect(rows.slice(0, 6).map((r) => r[0])).toEqual([
      "CHI BỘ TRỰC THUỘC: MỤC TIÊU TỪ 10 ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN NĂM 2025",
      "(Theo báo cáo đến hết tháng 5/2025)",
      "Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/5 (60,0%)",
      "Chi bộ 3 năm trở lên chưa kết nạp đảng viên, còn nguồn: 2",
      "·",
      "1. Chi bộ trực thuộc theo tổ chức cơ sở đảng",
    ]);
    for (const r of rows) expect(r).toHaveLength(7);
  });

  it("gives per TCCSĐ the chi bộ reported, of goal kinds, at the minimum and the share as a formula, with a total row of sums", () => {
    expect(rows.slice(6, 10)).toEqual([
      ["STT", "Tổ chức cơ sở đảng", "Số chi bộ báo cáo", "Chi bộ thôn, tổ dân phố, trường học", "Trong đó từ 10 đảng viên trở lên", "Tỷ lệ (%)", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "3", "2", "1", '=IF(D8>0,ROUND(E8/D8*100,1),"") → 50', "ds.xlsx › DS › A2"],
      ["2", "Đảng bộ xã Lạc Lâm", "4", "3", "2", '=IF(D9>0,ROUND(E9/D9*100,1),"") → 66.7', "ds.xlsx › DS › A5"],
      ["null", "Cộng", "=SUM(C8:C9) → 7", "=SUM(D8:D9) → 5", "=SUM(E8:E9) → 3", '=IF(D10>0,ROUND(E10/D10*100,1),"") → 60', "null"],
    ]);
  });

  it("lists the chi bộ under the minimum with their kind, members and source", () => {
    expect(rows.slice(10, 15)).toEqual([
      ["·", "·", "·", "·", "·", "·", "·"],
      ["2. Chi bộ thôn, tổ dân phố, trường học dưới 10 đảng viên (2)", "·", "·", "·", "·", "·", "·"],
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Số đảng viên", "", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "Chi bộ thôn 2", "thôn/ấp/bản", "9", "null", "ds.xlsx › DS › B3"],
      ["2", "Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "trường học", "6", "null", "ds.xlsx › DS › B5"],
    ]);
  });

  it("lists the chi bộ without admission for 3 years, còn nguồn first, an unknown year and unknown sources in words", () => {
    expect(rows.slice(15, 22)).toEqual([
      ["·", "·", "·", "·", "·", "·", "·"],
      ["3. Chi bộ 3 năm trở lên chưa kết nạp đảng viên (4; còn nguồn: 2)", "·", "·", "·", "·", "·", "·"],
      ["STT", "Tổ chức cơ sở đảng", "Chi bộ", "Loại", "Năm kết nạp gần nhất", "Còn nguồn", "Nguồn số liệu"],
      ["1", "Đảng bộ xã Ka Đô", "Chi bộ thôn 2", "thôn/ấp/bản", "2020", "Có", "ds.xlsx › DS › B3"],
      ["2", "Đảng bộ xã Lạc Lâm", "=SUM(1,2)", "khác", "2021", "Có", "ds.xlsx › DS › B7"],
      ["3", "Đảng bộ xã Lạc Lâm", "Chi bộ thôn Lạc Hòa", "thôn/ấp/bản", "2019", "", "ds.xlsx › DS › B8"],
      ["4", "Đảng bộ xã Lạc Lâm", "Chi bộ Trường TH Lạc Lâm", "trường học", "Chưa có/không rõ", "Không", "ds.xlsx › DS › B5"],
    ]);
  });

  it("lists the TCCSĐ that sent no list, with where they were expected from", () => {
    expect(rows.slice(22)).toEqual([
      ["·", "·", "·", "·", "·", "·", "·"],
      ["4. Tổ chức cơ sở đảng chưa gửi danh sách chi bộ (2)", "·", "·", "·", "·", "·", "·"],
      ["1", "Đảng bộ xã Tu Tra", "null", "null", "null", "null", "09 - Tu Tra.xlsx"],
      ["2", "Đảng bộ xã Đạ Đờn", "null", "null", "null", "null", ""],
    ]);
  });

  it("merges titles across the sheet and a missing TCCSĐ's name over the empty columns", () => {
    const across = (row: number) => ({ top: row, left: 0, bottom: row, right: 6 });
    expect(spec.merges).toEqual([
      across(0),
      across(1),
      across(2),
      across(3),
      across(5),
      across(11),
      across(16),
      across(23),
      { top: 24, left: 1, bottom: 24, right: 5 },
      { top: 25, left: 1, bottom: 25, right: 5 },
    ]);
  });

  it("prints landscape on A4 with the widths, heights and tab colour of the form", () => {
    expect(spec.columns).toEqual([{ width: 6 }, { width: 34 }, { width: 30 }, { width: 18 }, { width: 14 }, { width: 11 }, { width: 34 }]);
    expect(spec.rowHeights).toEqual({ 0: 24, 6: 48 });
    expect(spec.print).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true, centerHorizontally: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } });
    expect(spec.tabColor).toBe("#375623");
  });

  it("styles titles, headers, numbers, shares and totals as the printed form does", () => {
    const at = (r: number, c: number) => spec.rows[r]?.[c]?.style;
    const font = { name: "Times New Roman" };
    expect(at(0, 0)).toEqual({ font: { ...font, size: 14, bold: true }, horizontal: "center" });
    expect(at(1, 0)).toEqual({ font: { ...font, size: 12, italic: true }, horizontal: "center" });
    expect(at(2, 0)).toEqual({ font: { ...font, size: 12, bold: true } });
    expect(at(6, 0)).toEqual({ font: { ...font, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true });
    expect(at(7, 0)).toEqual({ font: { ...font, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0" });
    expect(at(7, 1)).toEqual({ font: { ...font, size: 12 }, border: true, vertical: "middle", wrap: true });
    expect(at(7, 5)).toEqual({ font: { ...font, size: 12 }, border: true, horizontal: "center", vertical: "middle", numFmt: "0.0" });
    expect(at(7, 6)).toEqual({ font: { ...font, size: 10, italic: true }, border: true, vertical: "middle", wrap: true });
    expect(at(9, 1)).toEqual({ font: { ...font, size: 12, bold: true }, border: true, horizontal: "center", fill: "#F2F2F2" });
    expect(at(9, 2)).toEqual({ font: { ...font, size: 12, bold: true }, border: true, horizontal: "center", numFmt: "0", fill: "#F2F2F2" });
    expect(at(9, 5)).toEqual({ font: { ...font, size: 12, bold: true }, border: true, horizontal: "center", numFmt: "0.0", fill: "#F2F2F2" });
    // A known year is a number, the unknown one words; "Còn nguồn" is centred text.
    expect(at(18, 4)?.numFmt).toBe("0");
    expect(at(21, 4)).toEqual({ font: { ...font, size: 12 }, border: true, vertical: "middle", wrap: true });
    expect(at(18, 5)).toEqual({ font: { ...font, size: 12 }, border: true, vertical: "middle", wrap: true, horizontal: "center" });
  });
});

describe("the Chi bộ result sheet with nothing reported", () => {
  const empty = computeBranches({ reports: [], year: 2026, expected: [], thresholds: { minMembers: 15, years: 5 } });
  const spec = branchResultSheetSpec(empty, { year: 2026, month: 11 });
  const rows = shown(spec);

  it("writes plain zero totals instead of sums over no rows, and an empty share", () => {
    expect(rows[7]).toEqual(["null", "Cộng", "0", "0", "0", '=IF(D8>0,ROUND(E8/D8*100,1),"") → ', "null"]);
  });

  it("names the plan's own thresholds in the title and section headings", () => {
    expect(spec.name).toBe("Chi bộ T11-2026");
    expect(rows[0]?.[0]).toBe("CHI BỘ TRỰC THUỘC: MỤC TIÊU TỪ 15 ĐẢNG VIÊN VÀ KẾT NẠP ĐẢNG VIÊN NĂM 2026");
    expect(rows[1]?.[0]).toBe("(Theo báo cáo đến hết tháng 11/2026)");
    expect(rows[6]?.[4]).toBe("Trong đó từ 15 đảng viên trở lên");
    expect(rows.map((r) => r[0]).filter((t) => /^\d\. /.test(t ?? ""))).toEqual([
      "1. Chi bộ trực thuộc theo tổ chức cơ sở đảng",
      "2. Chi bộ thôn, tổ dân phố, trường học dưới 15 đảng viên (0)",
      "3. Chi bộ 5 năm trở lên chưa kết nạp đảng viên (0; còn nguồn: 0)",
      "4. Tổ chức cơ sở đảng chưa gửi danh sách chi bộ (0)",
    ]);
    expect(rows).toHaveLength(16);
    expect(rows[2]?.[0]).toBe("Chi bộ thôn, tổ dân phố, trường học có từ 15 đảng viên trở lên: 0/0 (–)");
  });
});

describe("the Chi bộ result sheet with one TCCSĐ", () => {
  it("still sums its one row in the total, so an edited figure carries through", () => {
    const reading = readBranchList(
      gridFromValues("DS", [
        ["TCCSĐ", "Tên chi bộ", "Số ĐV"],
        ["Đảng bộ xã Ka Đô", "Chi bộ thôn 1", 12],
      ]),
      { year: Y },
    );
    const spec = branchResultSheetSpec(computeBranches({ reports: reading?.reports ?? [], year: Y }), { year: Y, month: 6 });
    expect(shown(spec)[8]).toEqual(["null", "Cộng", "=SUM(C8:C8) → 1", "=SUM(D8:D8) → 1", "=SUM(E8:E8) → 1", '=IF(D9>0,ROUND(E9/D9*100,1),"") → 100', "null"]);
  });
});

describe("a TCCSĐ without chi bộ of a goal kind on the result sheet", () => {
  it("leaves its share empty rather than zero", () => {
    const reading = readBranchList(
      gridFromValues("DS", [
        ["TCCSĐ", "Tên chi bộ", "Số ĐV"],
        ["Đảng bộ Công ty Chè", "Chi bộ Phân xưởng 1", 12],
      ]),
      { year: Y },
    );
    const spec = branchResultSheetSpec(computeBranches({ reports: reading?.reports ?? [], year: Y }), { year: Y, month: 6 });
    expect(shown(spec)[7]).toEqual(["1", "Đảng bộ Công ty Chè", "1", "0", "0", '=IF(D8>0,ROUND(E8/D8*100,1),"") → ', "DS › A2"]);
    expect(shown(spec)[8]?.[5]).toBe('=IF(D9>0,ROUND(E9/D9*100,1),"") → ');
  });
});
