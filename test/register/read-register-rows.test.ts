/**
 * readRegister on in-process sheets: which layout it finds (PTDV_REGISTER,
 * the template's labels, a plain table), which rows are persons, every field
 * of an entry, and the exact findings (code, args, cell) for unreadable values.
 */
import { gridFromValues, readRegister } from "../../src/core";
import type { CellValue, Grid, RegisterEntry } from "../../src/core";
import { TEMPLATE_LABELS } from "./template-labels";

const TEMPLATE_HEAD: CellValue[] = [...TEMPLATE_LABELS];
/** A template row: name, birth, admitted, chi bộ; the rest blank. */
const templateRow = (name: string, admitted: string): CellValue[] => [name, "01/02/1990", "Nam", "Kinh", "", "", "", "", "", "", "", "", admitted, "Chi bộ 1", "", ""];

const blankFlags = { youthUnion: false, businessOwner: false, readmitted: false };

describe("finding the register's layout", () => {
  it("reads a template by its labels, taking the organisation from the 'Tổ chức cơ sở đảng:' line", () => {
    const label: CellValue[] = [null, "Tổ chức cơ sở đảng:", ...Array<CellValue>(13).fill(null), "Đảng bộ xã Ka Đô"];
    const read = readRegister(gridFromValues("Danh sách kết nạp", [["DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP"], label, TEMPLATE_HEAD, templateRow("Nguyễn Văn An", "05/06/2025")]));
    expect(read?.kind).toBe("template");
    expect(read?.entries.map((e) => [e.organization, e.name, e.chiBo])).toStrictEqual([["Đảng bộ xã Ka Đô", "Nguyễn Văn An", "Chi bộ 1"]]);
    expect(read?.findings).toStrictEqual([]);
    expect(read?.has).toStrictEqual({ recognized: true, familyPlanning: false, foreignMarriage: false });
  });

  it("reads only the rows inside PTDV_REGISTER, with the context's organisation", () => {
    const rows = [["DANH SÁCH"], [], TEMPLATE_HEAD, templateRow("A", "05/06/2025"), templateRow("B", "06/06/2025"), templateRow("Outside", "07/06/2025")];
    const grid: Grid = { ...gridFromValues("Danh sách kết nạp", rows), definedNames: { PTDV_REGISTER: { top: 3, left: 0, bottom: 4, right: 15 } } };
    const read = readRegister(grid, { organization: "Đảng bộ xã Ka Đô" });
    expect(read?.kind).toBe("template");
    expect(read?.entries.map((e) => [e.organization, e.name])).toStrictEqual([
      ["Đảng bộ xã Ka Đô", "A"],
      ["Đảng bộ xã Ka Đô", "B"],
    ]);
  });

  it("uses PTDV_REGISTER whose header is the sheet's first row", () => {
    const grid: Grid = { ...gridFromValues("DS", [TEMPLATE_HEAD, templateRow("A", "05/06/2025"), templateRow("Outside", "07/06/2025")]), definedNames: { PTDV_REGISTER: { top: 1, left: 0, bottom: 1, right: 15 } } };
    expect(readRegister(grid)?.entries.map((e) => e.name)).toStrictEqual(["A"]);
  });

  it("falls back to the labels when PTDV_REGISTER no longer sits under the header", () => {
    const rows = [["DANH SÁCH"], [], TEMPLATE_HEAD, templateRow("A", "05/06/2025"), templateRow("B", "06/06/2025"), templateRow("C", "07/06/2025")];
    const stale: Grid = { ...gridFromValues("DS", rows), definedNames: { PTDV_REGISTER: { top: 4, left: 0, bottom: 4, right: 15 } } };
    const read = readRegister(stale, { organization: "Đảng bộ xã Ka Đô" });
    expect(read?.kind).toBe("table");
    expect(read?.entries.map((e) => e.name)).toStrictEqual(["A", "B", "C"]);
    const atTop: Grid = { ...gridFromValues("DS", rows), definedNames: { PTDV_REGISTER: { top: 0, left: 0, bottom: 3, right: 15 } } };
    expect(readRegister(atTop)?.entries.map((e) => e.name)).toStrictEqual(["A", "B", "C"]);
  });

  it("finds no register in a sheet without the header, or with it below the first 40 rows", () => {
    expect(readRegister(gridFromValues("Khác", [["Báo cáo tháng"], ["STT", "TCCSĐ", "Chỉ tiêu"]]))).toBeNull();
    const deep = [...Array.from({ length: 45 }, (): CellValue[] => []), TEMPLATE_HEAD, templateRow("A", "05/06/2025")];
    expect(readRegister(gridFromValues("DS", deep))).toBeNull();
    const shallow = [...Array.from({ length: 39 }, (): CellValue[] => []), TEMPLATE_HEAD, templateRow("A", "05/06/2025")];
    expect(readRegister(gridFromValues("DS", shallow))?.entries).toHaveLength(1);
  });

  it("looks for the organisation label only above the header, not among the persons", () => {
    const row = templateRow("A", "05/06/2025");
    row[14] = "Đơn vị";
    row[15] = "05/06/2026";
    const read = readRegister(gridFromValues("DS", [TEMPLATE_HEAD, row]), { organization: "Đảng bộ xã Ka Đô" });
    expect(read?.kind).toBe("table");
    expect(read?.entries.map((e) => [e.organization, e.note])).toStrictEqual([["Đảng bộ xã Ka Đô", "Đơn vị"]]);
  });

  it("reports a row without organisation at its name cell when neither the sheet nor the context names one", () => {
    const read = readRegister(gridFromValues("DS", [TEMPLATE_HEAD, templateRow("A", "05/06/2025")]));
    expect(read?.kind).toBe("table");
    expect(read?.entries[0]?.organization).toBe("");
    expect(read?.findings.map((f) => [f.code, f.sheet, f.cell, f.file])).toStrictEqual([["MEMBER_ORGANIZATION_MISSING", "DS", "A2", undefined]]);
  });
});

const KA_DO = "Đảng bộ xã Ka Đô";
/**
 * A plain table with every column, column by column (letters A to T): its
 * header, then what rows 4 (every field filled), 5 (the optional fields blank)
 * and 6 (a value no one can read in each column that judges one) hold there.
 */
const TABLE_COLUMNS: ReadonlyArray<readonly [header: string, filled: CellValue, blanks: CellValue, unreadable: CellValue]> = [
  ["STT", 1, 2, 3],
  ["TCCSĐ", KA_DO, KA_DO, ""],
  ["Họ và tên", "Nguyễn Thị An", "Trần Văn Bình", ""],
  ["Ngày sinh", "01/02/1990", "01/02/1990", "01/02/1990"],
  ["Giới tính", "Nữ", "Nam", "X"],
  ["Dân tộc", "Tày", "Kinh", "Kinh"],
  ["Tôn giáo", "Phật giáo", "", ""],
  ["Đoàn viên", "Có", "", "Hmm"],
  ["Nghề nghiệp", "Sinh viên", "", "Phi hành gia"],
  ["Trình độ GDPT", "Trung học phổ thông", "", "lớp zz"],
  ["Chuyên môn", "Đại học", "", "zz"],
  ["Học hàm", "Giáo sư", "", "zz"],
  ["Chủ DN tư nhân", "Có", "", "Maybe"],
  ["Kết nạp lại", "Có", "", "Maybe"],
  ["Vi phạm KHHGĐ", "Có", "", "Maybe"],
  ["Kết hôn với người nước ngoài", "Không", "", "Maybe"],
  ["Ngày kết nạp", "05/06/2025", "05/06/2025", "05/06/2025"],
  ["Chi bộ", "Chi bộ 1", "", ""],
  ["Ghi chú", "chuyển đến", "", ""],
  ["Ngày công nhận chính thức", "05/06/2026", "", "hôm qua"],
];
const tableRow = (which: 1 | 2 | 3): CellValue[] => TABLE_COLUMNS.map((column) => column[which]);
const where = (cell: string) => ({ file: "ds.xlsx", sheet: "Danh sách", cell });
const ok = (year: number, month: number, day: number) => ({ status: "ok", date: { year, month, day } });

describe("a plain table with every column", () => {
  const read = readRegister(
    gridFromValues("Danh sách", [
      ["DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025"],
      [],
      TABLE_COLUMNS.map(([header]) => header),
      tableRow(1),
      tableRow(2),
      tableRow(3),
      [null, null, "Tổng cộng"],
      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "06/06/2025"],
      [],
    ]),
    { file: "ds.xlsx" },
  );

  it("reads every field of a filled row", () => {
    const expected: RegisterEntry = {
      organization: KA_DO,
      name: "Nguyễn Thị An",
      birth: ok(1990, 2, 1) as RegisterEntry["birth"],
      admitted: ok(2025, 6, 5) as RegisterEntry["admitted"],
      recognized: { year: 2026, month: 6, day: 5 },
      female: true,
      ethnicity: "Tày",
      ethnicMinority: true,
      religion: "Phật giáo",
      religious: true,
      youthUnion: true,
      businessOwner: true,
      readmitted: true,
      familyPlanningViolation: true,
      foreignMarriage: false,
      occupation: "universityStudent",
      education: "upperSecondary",
      qualification: "university",
      academicTitle: "professor",
      chiBo: "Chi bộ 1",
      note: "chuyển đến",
      location: where("C4"),
      dateLocations: { birth: where("D4"), admitted: where("Q4") },
    };
    expect(read?.kind).toBe("table");
    expect(read?.entries[0]).toStrictEqual(expected);
  });

  it("reads blank flags as no, blank categories as none, and keeps the optional columns' no", () => {
    expect(read?.entries[1]).toStrictEqual({
      organization: KA_DO,
      name: "Trần Văn Bình",
      birth: ok(1990, 2, 1),
      admitted: ok(2025, 6, 5),
      recognized: null,
      female: false,
      ethnicity: "Kinh",
      ethnicMinority: false,
      religion: "",
      religious: false,
      ...blankFlags,
      familyPlanningViolation: false,
      foreignMarriage: false,
      occupation: null,
      education: null,
      qualification: null,
      academicTitle: null,
      chiBo: "",
      note: "",
      location: where("C5"),
      dateLocations: { birth: where("D5"), admitted: where("Q5") },
    });
  });

  it("keeps a row of unreadable values as blanks, with one finding per value at its own cell", () => {
    const e = read?.entries[2];
    expect(e && [e.name, e.organization, e.female, e.youthUnion, e.businessOwner, e.readmitted, e.familyPlanningViolation, e.foreignMarriage, e.occupation, e.education, e.qualification, e.academicTitle, e.recognized]).toStrictEqual([
      "",
      "",
      null,
      false,
      false,
      false,
      false,
      false,
      null,
      null,
      null,
      null,
      null,
    ]);
    const row6 = read?.findings.filter((f) => /6$/.test(f.cell ?? "")).map((f) => [f.code, f.cell, f.args]);
    expect(row6).toStrictEqual([
      ["MEMBER_NAME_MISSING", "C6", {}],
      ["MEMBER_ORGANIZATION_MISSING", "B6", {}],
      ["MEMBER_VALUE_UNKNOWN", "T6", { column: "Ngày công nhận chính thức", columnEn: "Date recognised as full member", value: "hôm qua" }],
      ["MEMBER_VALUE_UNKNOWN", "E6", { column: "Giới tính", columnEn: "Sex", value: "X" }],
      ["MEMBER_VALUE_UNKNOWN", "H6", { column: "Đoàn viên (Có/Không)", columnEn: "Youth Union member", value: "Hmm" }],
      ["MEMBER_VALUE_UNKNOWN", "M6", { column: "Chủ DN tư nhân (Có/Không)", columnEn: "Private business owner", value: "Maybe" }],
      ["MEMBER_VALUE_UNKNOWN", "N6", { column: "Kết nạp lại (Có/Không)", columnEn: "Re-admitted", value: "Maybe" }],
      ["MEMBER_VALUE_UNKNOWN", "O6", { column: "Vi phạm chính sách KHHGĐ", columnEn: "Family-planning violation", value: "Maybe" }],
      ["MEMBER_VALUE_UNKNOWN", "P6", { column: "Kết hôn với người nước ngoài", columnEn: "Married to a foreigner", value: "Maybe" }],
      ["MEMBER_VALUE_UNKNOWN", "I6", { column: "Nghề nghiệp", columnEn: "Occupation", value: "Phi hành gia" }],
      ["MEMBER_VALUE_UNKNOWN", "J6", { column: "Trình độ GDPT", columnEn: "General education", value: "lớp zz" }],
      ["MEMBER_VALUE_UNKNOWN", "K6", { column: "Chuyên môn", columnEn: "Professional qualification", value: "zz" }],
      ["MEMBER_VALUE_UNKNOWN", "L6", { column: "Học hàm", columnEn: "Academic title", value: "zz" }],
    ]);
    expect(read?.findings.find((f) => f.cell === "C6")?.message).toStrictEqual({ vi: "Dòng có số liệu nhưng thiếu họ và tên (vẫn được tính).", en: "A row with data but no name (still counted)." });
  });

  it("skips a totals line and blank rows but keeps a row holding only a date", () => {
    expect(read?.entries.map((e) => e.name)).toStrictEqual(["Nguyễn Thị An", "Trần Văn Bình", "", ""]);
    expect(read?.entries[3]?.admitted).toStrictEqual(ok(2025, 6, 6));
    expect(read?.findings.filter((f) => f.cell?.endsWith("8")).map((f) => [f.code, f.cell])).toStrictEqual([
      ["MEMBER_NAME_MISSING", "C8"],
      ["MEMBER_ORGANIZATION_MISSING", "B8"],
    ]);
    expect(read?.findings).toHaveLength(15);
  });

  it("says which optional columns the table has", () => {
    expect(read?.has).toStrictEqual({ recognized: true, familyPlanning: true, foreignMarriage: true });
  });
});

describe("a plain table without the optional columns", () => {
  it("leaves family planning and foreign marriage unknown (null), not no", () => {
    const read = readRegister(gridFromValues("DS", [["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp"], [KA_DO, "A", "01/02/1990", "05/06/2025"]]));
    expect(read?.has).toStrictEqual({ recognized: false, familyPlanning: false, foreignMarriage: false });
    const e = read?.entries[0];
    expect(e && [e.familyPlanningViolation, e.foreignMarriage, e.recognized, e.female, e.chiBo, e.note]).toStrictEqual([null, null, null, null, "", ""]);
    expect(e?.location).toStrictEqual({ sheet: "DS", cell: "B2" });
  });
});
