import { crossCheckRegister, gridFromValues, readRegister, validateRegister } from "../../src/core";
import type { CellValue, MonthlyFiguresInput } from "../../src/core";

const HEAD = ["STT", "TCCSĐ", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đoàn viên", "Nghề nghiệp", "Ngày kết nạp", "Chi bộ"];
const KA_DO = "Đảng bộ xã Ka Đô";
const PRO = "Chi bộ Trường THPT Pró";

function table(rows: ReadonlyArray<ReadonlyArray<CellValue>>) {
  const read = readRegister(gridFromValues("Danh sách", [["DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2025"], [], HEAD, ...rows]), { file: "ds.xlsx" });
  if (!read) throw new Error("not read as a register");
  return read;
}

const codes = (fs: ReadonlyArray<{ code: string; cell?: string }>) => fs.map((f) => `${f.code}@${f.cell ?? ""}`);

describe("register checks", () => {
  it("reports a member under 18 on the admission date as an error and does not count them", () => {
    const read = table([
      [1, KA_DO, "Nguyễn Văn An", "06/06/2007", "Nam", "Kinh", "", "Có", "Học sinh", "05/06/2025", "Chi bộ 1"],
      [2, KA_DO, "Trần Thị Bình", "05/06/2007", "Nữ", "Kinh", "", "Có", "Học sinh", "05/06/2025", "Chi bộ 1"],
    ]);
    const v = validateRegister(read.entries, 2025);
    expect(codes(v.findings)).toEqual(["MEMBER_UNDER_18@C4"]);
    expect(v.findings[0]?.severity).toBe("error");
    expect(v.findings[0]?.message.vi).toContain("17 tuổi");
    expect(v.persons.map((p) => p.name)).toEqual(["Trần Thị Bình"]);
  });

  it("reports the same person twice (name folded, same date of birth) once and counts them once", () => {
    const read = table([
      [1, KA_DO, "Nguyễn Văn An", "01/02/1990", "Nam", "Kinh", "", "", "Nông dân", "05/06/2025", ""],
      [2, KA_DO, "NGUYEN VAN  AN", "1-2-1990", "Nam", "Kinh", "", "", "Nông dân", "05/06/2025", ""],
      [3, KA_DO, "Nguyễn Văn An", "02/02/1990", "Nam", "Kinh", "", "", "Nông dân", "05/06/2025", ""],
    ]);
    const v = validateRegister(read.entries, 2025);
    expect(codes(v.findings)).toEqual(["MEMBER_DUPLICATE@C5"]);
    expect(v.findings[0]?.message.vi).toContain("ds.xlsx › Danh sách › C4");
    expect(v.persons).toHaveLength(2);
  });

  it("refuses dates it cannot read, month-first ones included, at the date's own cell, and does not count the row", () => {
    const read = table([
      [1, KA_DO, "A", "13/25/1990", "Nam", "Kinh", "", "", "", "05/06/2025", ""],
      [2, KA_DO, "B", "01/01/1990", "Nam", "Kinh", "", "", "", "06/13/2025", ""],
      [3, KA_DO, "C", "01/01/1990", "Nam", "Kinh", "", "", "", "29/02/2025", ""],
      [4, KA_DO, "D", 1990, "Nam", "Kinh", "", "", "", "05/06/2025", ""],
      [5, KA_DO, "E", "01/01/1990", "Nam", "Kinh", "", "", "", "", ""],
      [6, KA_DO, "F", "01/01/1990", "Nam", "Kinh", "", "", "", "5.6.2025", ""],
    ]);
    const v = validateRegister(read.entries, 2025);
    expect(codes(v.findings)).toEqual(["MEMBER_DATE_INVALID@D4", "MEMBER_DATE_INVALID@J5", "MEMBER_DATE_INVALID@J6", "MEMBER_DATE_INVALID@D7", "MEMBER_DATE_INVALID@J8"]);
    expect(v.findings.every((f) => f.severity === "error")).toBe(true);
    expect(v.persons.map((p) => [p.name, p.admitted])).toEqual([["F", { year: 2025, month: 6, day: 5 }]]);
  });

  it("reads Excel serial numbers and real dates in date columns", () => {
    const read = table([
      [1, KA_DO, "Serial", 32874, "Nam", "Kinh", "", "", "", 45813, ""],
      [2, KA_DO, "Date", new Date(Date.UTC(1990, 0, 1)), "Nam", "Kinh", "", "", "", new Date(2025, 5, 5), ""],
    ]);
    const v = validateRegister(read.entries, 2025);
    expect(v.findings).toEqual([]);
    expect(v.persons.map((p) => [p.birth, p.admitted])).toEqual([
      [{ year: 1990, month: 1, day: 1 }, { year: 2025, month: 6, day: 5 }],
      [{ year: 1990, month: 1, day: 1 }, { year: 2025, month: 6, day: 5 }],
    ]);
  });

  it("notes an admission in another year (info) and keeps it out of the year's persons", () => {
    const read = table([[1, KA_DO, "A", "01/01/1990", "Nam", "Kinh", "", "", "", "20/12/2024", ""]]);
    const v = validateRegister(read.entries, 2025);
    expect(codes(v.findings)).toEqual(["MEMBER_OTHER_YEAR@C4"]);
    expect(v.findings[0]?.severity).toBe("info");
    expect(v.persons).toEqual([]);
    expect(v.otherYears.map((p) => p.name)).toEqual(["A"]);
  });

  it("warns about values it does not recognise, naming the column", () => {
    const read = table([[1, KA_DO, "A", "01/01/1990", "Không rõ", "Kinh", "", "Hmm", "Phi hành gia", "05/06/2025", ""]]);
    expect(read.findings.map((f) => `${f.code}@${f.cell}:${f.args["column"]}`)).toEqual([
      "MEMBER_VALUE_UNKNOWN@E4:Giới tính",
      "MEMBER_VALUE_UNKNOWN@H4:Đoàn viên (Có/Không)",
      "MEMBER_VALUE_UNKNOWN@I4:Nghề nghiệp",
    ]);
  });

  it("decides ethnic minority and religion as the form means them", () => {
    const read = table(
      ["Kinh", "KINH", "kinh ", "Việt", "Tày", "K’Ho", "", "Ê-đê"].map((eth, i) => [i + 1, KA_DO, `P${i}`, "01/01/1990", "Nam", eth, ["", "Không", "không", "Phật giáo", "Công giáo", "Không theo tôn giáo", "Cao Đài", "-"][i] ?? "", "", "", "05/06/2025", ""]),
    );
    expect(read.entries.map((e) => e.ethnicMinority)).toEqual([false, false, false, false, true, true, null, true]);
    expect(read.entries.map((e) => e.religious)).toEqual([false, false, false, true, true, false, true, false]);
  });
});

describe("the register against the monthly figures", () => {
  const read = table([
    [1, KA_DO, "An", "01/01/1990", "Nữ", "Tày", "Công giáo", "Có", "Học sinh", "05/05/2025", ""],
    [2, KA_DO, "Bình", "01/01/1991", "Nam", "Kinh", "", "Có", "Nông dân", "15/05/2025", ""],
    [3, KA_DO, "Chi", "01/01/1992", "Nữ", "Kinh", "", "", "Nông dân", "02/06/2025", ""],
  ]);
  const persons = validateRegister(read.entries, 2025).persons;
  const monthly = (month: number, f: Partial<MonthlyFiguresInput>): MonthlyFiguresInput => ({
    organization: KA_DO,
    year: 2025,
    month,
    admitted: 0,
    women: 0,
    ethnicMinority: 0,
    religious: 0,
    youthUnion: 0,
    students: 0,
    location: { file: "ka-do.xlsx", sheet: "Báo cáo 2025", cell: `A${9 + month}` },
    ...f,
  });

  it("is silent when every figure agrees", () => {
    const agree = [monthly(5, { admitted: 2, women: 1, ethnicMinority: 1, religious: 1, youthUnion: 2, students: 1 }), monthly(6, { admitted: 1, women: 1 }), monthly(7, {})];
    expect(crossCheckRegister(persons, agree)).toEqual([]);
  });

  it("reports each figure that differs, for the month and the organisation, as a warning", () => {
    const off = [monthly(5, { admitted: 3, women: 1, ethnicMinority: 0, religious: 1, youthUnion: 2, students: 0 }), monthly(6, { admitted: 1, women: 1 }), monthly(7, { admitted: 1 })];
    const fs = crossCheckRegister(persons, off);
    expect(fs.map((f) => `${f.code}:${f.args["month"]}:${f.args["figure"]}:${f.args["register"]}/${f.args["reported"]}@${f.cell}`)).toEqual([
      "REGISTER_COUNT_MISMATCH:T5/2025:kết nạp trong tháng:2/3@A14",
      "REGISTER_COUNT_MISMATCH:T5/2025:dân tộc thiểu số:1/0@A14",
      "REGISTER_COUNT_MISMATCH:T5/2025:học sinh:1/0@A14",
      "REGISTER_COUNT_MISMATCH:T7/2025:kết nạp trong tháng:0/1@A16",
    ]);
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
  });

  it("matches organisations through the caller's resolver, and leaves organisations without a register alone", () => {
    const other = { ...monthly(5, { admitted: 4 }), organization: PRO };
    const spelled = { ...monthly(5, { admitted: 9 }), organization: "ĐB xã Ka Đô" };
    expect(crossCheckRegister(persons, [other])).toEqual([]);
    const resolve = (n: string): string | undefined => (/ka đô/i.test(n) ? "KA_DO" : n);
    expect(crossCheckRegister(persons, [spelled], { resolve }).map((f) => `${f.args["register"]}/${f.args["reported"]}`)).toEqual(["2/9", "1/0", "1/0", "1/0", "2/0", "1/0"]);
  });
});
