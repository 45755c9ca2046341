/**
 * Registers beside reports: consolidation inputs are sorted by what their
 * sheets are, so a register must not read as a report and a report must not
 * read as a register. And a plain table written by openpyxl, with the mix of
 * date cells staff produce, reads as staff meant it.
 */
import * as fs from "fs";
import * as path from "path";
import { encodeLegacy, gridFromValues, isRegisterSheet, isReportSheet, readRegister, registerSheetSpec, templateWorkbookSpecs, DEFAULT_REPORT_SETTINGS, validateRegister } from "../../src/core";
import type { CellValue, Grid, SheetSpec } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { python, tempDir } from "../reports/cli-helpers";
import { seedAllocation } from "../reports/helpers";

function specGrid(spec: SheetSpec): Grid {
  const rows: CellValue[][] = spec.rows.map((r) => r.map((c) => c?.value ?? null));
  return { ...gridFromValues(spec.name, rows), ...(spec.definedNames ? { definedNames: spec.definedNames } : {}) };
}

describe("telling registers and reports apart", () => {
  const register = specGrid(registerSheetSpec({ organization: "Đảng bộ xã Ka Đô", year: 2025 }));
  const monthly = specGrid(templateWorkbookSpecs(seedAllocation(), 2025, DEFAULT_REPORT_SETTINGS)[0]?.sheets[0] as SheetSpec);
  const log = gridFromValues("Nhật ký", [
    ["TCCSĐ", "Tháng", "Kết nạp", "Nữ"],
    ["Đảng bộ xã Ka Đô", "5/2025", 2, 1],
  ]);
  const table = gridFromValues("DS", [
    ["STT", "Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Kết nạp lại"],
    [1, "Đảng bộ xã Ka Đô", "A", "01/01/1990", "05/05/2025", ""],
  ]);

  it("a register (template sheet or plain table) is a register and not a report", () => {
    expect([isRegisterSheet(register), isReportSheet(register)]).toEqual([true, false]);
    expect([isRegisterSheet(table), isReportSheet(table)]).toEqual([true, false]);
  });

  it("a monthly template and a report log are reports and not registers", () => {
    expect([isRegisterSheet(monthly), isReportSheet(monthly)]).toEqual([false, true]);
    expect([isRegisterSheet(log), isReportSheet(log)]).toEqual([false, true]);
  });
});

const MAKE = String.raw`
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DS kết nạp"
ws["A1"] = "DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025"
ws.merge_cells("A1:H1")
ws.append([])
ws.append(["TT", "Tên TCCSĐ", "Họ và tên", "Sinh ngày", "Giới", "Dân tộc", "Ngày vào Đảng", "Nghề nghiệp"])
ws.append([1, "Đảng bộ xã Ka Đô", "=Không phải công thức", datetime.date(1990, 1, 2), "Nữ", "Kinh", datetime.date(2025, 5, 5), "Nông dân"])
ws.append([2, "Đảng bộ xã Ka Đô", "Ka Brơi", "02/01/1990", "Nam", "K'Ho", 45782, "Công nhân"])
ws.append([3, "Chi bộ Trường THPT Pró", "Lê Văn Ba", "2.1.1990", "nam", "kinh", "5-5-2025", "Học sinh"])
ws["G6"].number_format = "General"
ws["C4"].data_type = "s"
ws.append([])
ws.append(["", "", "Người lập biểu"])
wb.save(sys.argv[1])
`;

describe("a plain register table written by openpyxl", () => {
  it("reads real dates, General-formatted serials and day-first text, several organisations, a name that looks like a formula", async () => {
    const dir = tempDir("register-plain");
    const file = path.join(dir, "ds.xlsx");
    python(MAKE, [file]);
    expect(fs.existsSync(file)).toBe(true);
    const r = await readWorkbookFile(file);
    if (!r.ok) throw new Error(r.problem.message.en);
    const read = readRegister(r.grids[0] as Grid, { file: "ds.xlsx" });
    expect(read?.findings).toEqual([]);
    const v = validateRegister(read?.entries ?? [], 2025);
    expect(v.findings).toEqual([]);
    expect(v.persons.map((p) => [p.organization, p.name, p.birth.day, p.birth.month, p.admitted.day, p.admitted.month, p.ethnicMinority, p.female])).toEqual([
      ["Đảng bộ xã Ka Đô", "=Không phải công thức", 2, 1, 5, 5, false, true],
      ["Đảng bộ xã Ka Đô", "Ka Brơi", 2, 1, 5, 5, true, false],
      ["Chi bộ Trường THPT Pró", "Lê Văn Ba", 2, 1, 5, 5, false, false],
    ]);
  });
});

describe("a register typed in TCVN3 (.VnTime)", () => {
  it("is decoded before its headers and values are read", () => {
    const tcvn = (t: string) => encodeLegacy(t, "tcvn3");
    const grid = gridFromValues("DS", [
      ["STT", tcvn("Tổ chức cơ sở đảng"), tcvn("Họ và tên"), tcvn("Ngày sinh"), tcvn("Giới tính"), tcvn("Dân tộc"), tcvn("Ngày kết nạp")],
      [1, tcvn("Đảng bộ xã Ka Đô"), tcvn("Nguyễn Thị Hương"), "01/01/1990", tcvn("Nữ"), tcvn("Tày"), "05/05/2025"],
      [2, tcvn("Đảng bộ xã Ka Đô"), tcvn("Trần Văn Đức"), "01/01/1991", "Nam", "Kinh", "06/05/2025"],
    ]);
    expect(isRegisterSheet(grid)).toBe(true);
    const read = readRegister(grid);
    expect(read?.findings).toEqual([]);
    expect(read?.entries.map((e) => [e.organization, e.name, e.female, e.ethnicMinority])).toEqual([
      ["Đảng bộ xã Ka Đô", "Nguyễn Thị Hương", true, true],
      ["Đảng bộ xã Ka Đô", "Trần Văn Đức", false, false],
    ]);
  });
});
