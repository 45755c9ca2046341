/**
 * Every chi bộ finding's Vietnamese and English text, rendered through
 * makeFinding with sample arguments: the exact sentence a user reads.
 */
import { makeFinding } from "../../src/core/findings";
import { BRANCH_MESSAGES } from "../../src/core/branches/messages";

const at = { file: "09 - Ka Đô.xlsx", sheet: "Chi bộ", cell: "B7" };
const who = { organization: "Đảng bộ xã Ka Đô", branch: "Chi bộ thôn 2" };

describe("the chi bộ message catalogue", () => {
  it("says a chi bộ under the goal with its members and the threshold in force", () => {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_UNDER_10", at, { ...who, members: 7, minMembers: 12 });
    expect(f).toEqual({
      code: "BRANCH_UNDER_10",
      severity: "info",
      args: { ...who, members: 7, minMembers: 12 },
      message: {
        vi: "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) có 7 đảng viên, chưa đạt mục tiêu từ 12 đảng viên trở lên.",
        en: "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has 7 members, below the goal of 12 or more.",
      },
      ...at,
    });
  });

  it.each([
    [2019, "yes", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 3 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2019), còn nguồn phát triển đảng: cần tập trung.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has admitted no one for 3 years or more (last in 2019), and still has candidates: a priority."],
    [2019, "no", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 3 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 2019), không còn nguồn.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has admitted no one for 3 years or more (last in 2019), and has no candidates."],
    [0, "unknown", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 3 năm trở lên chưa kết nạp đảng viên.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has admitted no one for 3 years or more."],
    [0, "yes", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 3 năm trở lên chưa kết nạp đảng viên, còn nguồn phát triển đảng: cần tập trung.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has admitted no one for 3 years or more, and still has candidates: a priority."],
    [1, "no", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) 3 năm trở lên chưa kết nạp đảng viên (lần gần nhất năm 1), không còn nguồn.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) has admitted no one for 3 years or more (last in 1), and has no candidates."],
  ])("says a chi bộ with no admission since %s (sources: %s)", (lastAdmissionYear, hasSources, vi, en) => {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_NO_ADMISSION_3Y", at, { ...who, lastAdmissionYear, years: 3, hasSources });
    expect(f.severity).toBe("info");
    expect(f.message).toEqual({ vi, en });
  });

  it.each([
    ["members", "mười", 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Số đảng viên "mười" không phải là số nguyên không âm; dòng này không được tính.', 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Members "mười" is not a whole number of 0 or more; the row is not counted.'],
    ["admittedThisYear", "", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Kết nạp trong năm (trống) không phải là số nguyên không âm; dòng này không được tính.", "Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Admitted this year (blank) is not a whole number of 0 or more; the row is not counted."],
    ["members", " ", 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Số đảng viên " " không phải là số nguyên không âm; dòng này không được tính.', 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Members " " is not a whole number of 0 or more; the row is not counted.'],
  ] as const)("says which figure (%s) is not a count and quotes it (%j)", (field, value, vi, en) => {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_INVALID_NUMBER", at, { ...who, field, value });
    expect(f.severity).toBe("error");
    expect(f.message).toEqual({ vi, en });
  });

  it("says a bad last admission year and the range allowed", () => {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_YEAR_INVALID", at, { ...who, value: "1900", year: 2025 });
    expect(f.severity).toBe("error");
    expect(f.message).toEqual({
      vi: 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): Năm kết nạp gần nhất "1900" phải là năm từ 1930 đến 2025; dòng này không được tính.',
      en: 'Chi bộ thôn 2 (Đảng bộ xã Ka Đô): last admission year "1900" must be a year from 1930 to 2025; the row is not counted.',
    });
  });

  it("says where a duplicated chi bộ first appears", () => {
    const f = makeFinding(BRANCH_MESSAGES, "BRANCH_DUPLICATE", at, { ...who, firstCell: "B4" });
    expect(f.severity).toBe("warning");
    expect(f.message).toEqual({
      vi: "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) có hai lần (lần đầu ở ô B4); chỉ tính lần đầu.",
      en: "Chi bộ thôn 2 (Đảng bộ xã Ka Đô) appears twice (first at B4); only the first is counted.",
    });
  });

  it("names the TCCSĐ that sent no Chi bộ sheet, and the one with a nameless row", () => {
    const missing = makeFinding(BRANCH_MESSAGES, "BRANCH_SHEET_MISSING", at, { organization: "Đảng bộ xã Tu Tra" });
    expect(missing.severity).toBe("info");
    expect(missing.message).toEqual({
      vi: 'Đảng bộ xã Tu Tra chưa gửi danh sách chi bộ trực thuộc (trang "Chi bộ").',
      en: 'Đảng bộ xã Tu Tra sent no list of its chi bộ (the "Chi bộ" sheet).',
    });
    const nameless = makeFinding(BRANCH_MESSAGES, "BRANCH_NAME_MISSING", at, { organization: "Đảng bộ xã Tu Tra" });
    expect(nameless.severity).toBe("warning");
    expect(nameless.message).toEqual({
      vi: "Đảng bộ xã Tu Tra: một dòng có số liệu nhưng không có tên chi bộ; dòng này không được tính.",
      en: "Đảng bộ xã Tu Tra: a row has figures but no chi bộ name; the row is not counted.",
    });
  });

  it("covers every code of the catalogue", () => {
    expect(Object.keys(BRANCH_MESSAGES).sort()).toEqual([
      "BRANCH_DUPLICATE",
      "BRANCH_INVALID_NUMBER",
      "BRANCH_NAME_MISSING",
      "BRANCH_NO_ADMISSION_3Y",
      "BRANCH_SHEET_MISSING",
      "BRANCH_UNDER_10",
      "BRANCH_YEAR_INVALID",
    ]);
  });
});
