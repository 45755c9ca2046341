/**
 * Issue #14's privacy rule: the progress workbook holds counts, not people,
 * unless the user asks for the list. A register finding that names a person
 * (under 18, listed twice…) keeps its cell and code in the findings sheet but
 * not the name or the date of birth.
 */
import { checkAllocation, consolidate, consolidationExtras, DEFAULT_REPORT_SETTINGS, gridFromValues, progressWorkbookSpec, type SheetSpec } from "../../src/core";

const allocation = checkAllocation([gridFromValues("Phân bổ", [["STT", "TCCSĐ", "CHỈ TIÊU"], [1, "Đảng bộ xã Ka Đô", 3]])], { target: 3 });
const register = gridFromValues("Danh sách đảng viên mới kết nạp", [
  ["Tổ chức cơ sở đảng", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Ngày kết nạp"],
  ["Đảng bộ xã Ka Đô", "Nguyễn Thị Bí Mật", "12/3/2009", "Nữ", "Kinh", "Không", "05/4/2025"],
  ["Đảng bộ xã Ka Đô", "Trần Văn An", "01/2/1990", "Nam", "Kinh", "Không", "10/4/2025"],
]);
const result = consolidate([{ file: "dskn.xlsx", grids: [register] }], { allocation, year: 2025, month: 5 });

const texts = (sheet: SheetSpec | undefined): string =>
  (sheet?.rows ?? []).flatMap((r) => r.map((c) => (c === null ? "" : String(c.value ?? "")))).join("\n");
const findingsSheet = (withList: boolean): SheetSpec | undefined =>
  progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS, consolidationExtras(result, DEFAULT_REPORT_SETTINGS, { withPersonList: withList })).sheets.find((s) => s.role === "findings");

describe("register findings in the progress workbook", () => {
  it("the engine itself names the person (the pane shows it on screen)", () => {
    const under18 = result.findings.find((f) => f.code === "MEMBER_UNDER_18");
    expect(under18?.message.vi).toContain("Nguyễn Thị Bí Mật");
  });

  it("are written without names or dates of birth by default, with their cell and what is wrong", () => {
    const text = texts(findingsSheet(false));
    expect(text).not.toContain("Bí Mật");
    expect(text).not.toContain("2009");
    expect(text).toContain("chưa đủ 18 tuổi");
    expect(text).toContain("MEMBER_UNDER_18");
  });

  it("name the person when the user asked for the list", () => {
    expect(texts(findingsSheet(true))).toContain("Nguyễn Thị Bí Mật");
  });
});
