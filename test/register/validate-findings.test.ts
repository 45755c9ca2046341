/**
 * validateRegister's findings with exact codes, cells and arguments: dates
 * that cannot be read (typed or blank), under-18s, repeats, other years, and
 * rows without a name, which are never merged as repeats.
 */
import { gridFromValues, readRegister, validateRegister } from "../../src/core";
import type { CellValue } from "../../src/core";

const KA_DO = "Đảng bộ xã Ka Đô";

function validate(rows: CellValue[][]) {
  const read = readRegister(gridFromValues("DS", [["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp"], ...rows]), { file: "ds.xlsx" });
  if (!read) throw new Error("not read as a register");
  return validateRegister(read.entries, 2025);
}

describe("register validation findings", () => {
  const v = validate([
    [KA_DO, "An", "xx", "05/06/2025"],
    [KA_DO, "Bình", null, "  "],
    [KA_DO, "", "06/06/2008", "05/06/2025"],
    [KA_DO, "", "01/01/1990", "05/06/2025"],
    [KA_DO, "", "01/01/1990", "06/06/2025"],
    [KA_DO, "Nguyễn Văn Dũng", "02/02/1992", "05/06/2025"],
    [KA_DO, "nguyen van dung", "02/02/1992", "07/06/2025"],
    [KA_DO, "", "03/03/1993", "05/06/2024"],
  ]);

  it("reports each finding at its cell with its arguments", () => {
    expect(v.findings.map((f) => [f.code, f.cell, f.args])).toStrictEqual([
      ["MEMBER_DATE_INVALID", "C2", { field: "Ngày sinh", fieldEn: "Date of birth", value: "xx" }],
      ["MEMBER_DATE_INVALID", "C3", { field: "Ngày sinh", fieldEn: "Date of birth", value: "" }],
      ["MEMBER_DATE_INVALID", "D3", { field: "Ngày kết nạp", fieldEn: "Admission date", value: "" }],
      ["MEMBER_UNDER_18", "B4", { name: "(?)", age: 16, birth: "06/06/2008", admitted: "05/06/2025" }],
      ["MEMBER_DUPLICATE", "B8", { name: "nguyen van dung", birth: "02/02/1992", first: "ds.xlsx › DS › B7" }],
      ["MEMBER_OTHER_YEAR", "B9", { name: "(?)", admitted: "05/06/2024", year: 2025 }],
    ]);
  });

  it("renders the messages in both languages with their arguments", () => {
    expect(v.findings[1]?.message).toStrictEqual({
      vi: 'Ngày sinh "" không đọc được (nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/06/2025): dòng này không được tính.',
      en: 'Date of birth "" cannot be read (enter the date day first, e.g. 05/06/2025): the row is not counted.',
    });
    expect(v.findings[5]?.message).toStrictEqual({
      vi: "(?) kết nạp ngày 05/06/2024, không thuộc năm 2025: không tính vào biểu năm 2025.",
      en: "(?) was admitted on 05/06/2024, outside 2025: not counted in the 2025 form.",
    });
  });

  it("counts two nameless rows with the same birth date as two persons, and a repeat once", () => {
    expect(v.persons.map((p) => [p.name, p.age, p.location.cell])).toStrictEqual([
      ["", 35, "B5"],
      ["", 35, "B6"],
      ["Nguyễn Văn Dũng", 33, "B7"],
    ]);
    expect(v.otherYears.map((p) => p.location.cell)).toStrictEqual(["B9"]);
    expect(Object.keys(v.persons[0] ?? {})).not.toContain("dateLocations");
  });
});
