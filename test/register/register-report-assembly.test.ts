/**
 * buildRegisterReport's assembly (this year's and last year's findings, the
 * cross-check with a host's resolver, section III), the cross-check's
 * fallback location, the privacy rewrite of findings, and column labels.
 */
import { buildRegisterReport, gridFromValues, periodThrough, readRegister } from "../../src/core";
import type { CellValue, MonthlyFiguresInput, OrganizationStatus } from "../../src/core";
import { columnLabel } from "../../src/core/register/columns";
import { crossCheckRegister } from "../../src/core/register/cross-check";
import { withoutPersonalData } from "../../src/core/register/withhold-personal";

function read(file: string, rows: CellValue[][]) {
  const r = readRegister(gridFromValues("DS", [["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp"], ...rows]), { file });
  if (!r) throw new Error("not read as a register");
  return r;
}

const monthly = (organization: string, month: number, admitted: number, location?: MonthlyFiguresInput["location"]): MonthlyFiguresInput => ({
  organization,
  year: 2025,
  month,
  admitted,
  women: 0,
  ethnicMinority: 0,
  religious: 0,
  youthUnion: 0,
  students: 0,
  ...(location ? { location } : {}),
});

describe("the register report", () => {
  const thisYear = read("2025.xlsx", [
    ["ĐB xã Ka Đô", "An", "01/01/1990", "05/06/2025"],
    ["ĐB xã Ka Đô", "Bình", "xx", "05/06/2025"],
  ]);
  const lastYear = read("2024.xlsx", [
    ["ĐB xã Ka Đô", "Cường", "01/01/1990", "05/06/2024"],
    ["ĐB xã Ka Đô", "Dũng", "01/01/1990", "05/06/2023"],
    ["ĐB xã Ka Đô", "Em", "01/01/1990", "??"],
  ]);
  const orgs: OrganizationStatus[] = [{ name: "Đảng bộ xã Ka Đô", level: "committee", admittedInPeriod: 1, noSourcesLeft: false }];

  it("lists this year's findings, the cross-check through the host's resolver, then last year's without its other-year notes", () => {
    const report = buildRegisterReport({
      period: periodThrough(2025, 6),
      reads: [thisYear],
      previousReads: [lastYear],
      monthly: [monthly("Đảng bộ xã Ka Đô", 6, 2, { file: "t6.xlsx", sheet: "BC", cell: "C5" })],
      resolve: (name) => (/ka đô/i.test(name) ? "kado" : undefined),
      organizations: orgs,
      previousOrganizations: orgs,
    });
    expect(report.findings.map((f) => [f.code, f.file, f.cell])).toStrictEqual([
      ["MEMBER_DATE_INVALID", "2025.xlsx", "C3"],
      ["REGISTER_COUNT_MISMATCH", "t6.xlsx", "C5"],
      ["MEMBER_DATE_INVALID", "2024.xlsx", "D4"],
    ]);
    expect(report.json.rows[0]).toStrictEqual({ label: "I. Tổng số đảng viên mới kết nạp", current: 1, previous: 1, percent: 100 });
    expect(report.bieu2.rows.find((r) => r.id === "III")).toMatchObject({ current: 1, previous: 1, percent: 100 });
  });

  it("runs without monthly figures, last year or organisations", () => {
    const report = buildRegisterReport({ period: periodThrough(2025, 6), reads: [thisYear] });
    expect(report.findings.map((f) => f.code)).toStrictEqual(["MEMBER_DATE_INVALID"]);
    expect(report.persons.map((p) => p.name)).toStrictEqual(["An"]);
    expect(report.bieu2.rows.find((r) => r.id === "III")).toMatchObject({ current: null, previous: null });
    expect(report.json.rows[0]).toStrictEqual({ label: "I. Tổng số đảng viên mới kết nạp", current: 1, previous: null, percent: null });
  });
});

describe("the cross-check's location", () => {
  it("falls back to the first listed person, then to no location, when the monthly row has none", () => {
    const persons = buildRegisterReport({ period: periodThrough(2025, 12), reads: [read("2025.xlsx", [["Đảng bộ xã Ka Đô", "An", "01/01/1990", "05/06/2025"]])] }).persons;
    const found = crossCheckRegister(persons, [monthly("Đảng bộ xã Ka Đô", 6, 2), monthly("Đảng bộ xã Ka Đô", 7, 1)]);
    expect(found.map((f) => [f.args, f.file, f.sheet, f.cell])).toStrictEqual([
      [{ organization: "Đảng bộ xã Ka Đô", month: "T6/2025", figure: "kết nạp trong tháng", figureEn: "admitted in the month", register: 1, reported: 2 }, "2025.xlsx", "DS", "B2"],
      [{ organization: "Đảng bộ xã Ka Đô", month: "T7/2025", figure: "kết nạp trong tháng", figureEn: "admitted in the month", register: 0, reported: 1 }, undefined, undefined, undefined],
    ]);
    expect(found[1]?.message.en).toBe("Đảng bộ xã Ka Đô, T7/2025: the register lists 0 (admitted in the month), the monthly report says 1.");
  });
});

describe("findings written into the progress workbook", () => {
  it("say what is wrong at the cell without naming the person, in both languages", () => {
    const f = buildRegisterReport({ period: periodThrough(2025, 6), reads: [read("2025.xlsx", [["Đảng bộ xã Ka Đô", "Bình", "xx", "05/06/2025"]])] }).findings[0];
    if (!f) throw new Error("no finding");
    expect(withoutPersonalData(f)).toStrictEqual({
      ...f,
      args: {},
      message: {
        vi: "Danh sách kết nạp có một ngày tháng không đọc được ở ô này. Họ tên và ngày sinh không được ghi vào tệp tổng hợp; xem chi tiết trong PTĐV, hoặc tổng hợp kèm danh sách (--with-register).",
        en: "The register has a date that cannot be read at this cell. Names and dates of birth are not written to the progress workbook; see the details in PTĐV, or consolidate with the list (--with-register).",
      },
    });
  });
});

describe("column labels in findings", () => {
  it.each([
    ["name", { vi: "Họ và tên", en: "Full name" }],
    ["recognized", { vi: "Ngày công nhận chính thức", en: "Date recognised as full member" }],
    ["organization", { vi: "Tổ chức cơ sở đảng", en: "Grassroots organisation" }],
    ["familyPlanning", { vi: "Vi phạm chính sách KHHGĐ", en: "Family-planning violation" }],
    ["foreignMarriage", { vi: "Kết hôn với người nước ngoài", en: "Married to a foreigner" }],
  ] as const)("names the column %j", (key, label) => {
    expect(columnLabel(key)).toStrictEqual(label);
  });
});
