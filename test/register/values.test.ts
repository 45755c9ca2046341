import fc from "fast-check";
import { buildRegisterReport, gridFromValues, parseDateCell, periodThrough, readRegister } from "../../src/core";
import { ACADEMIC_TITLES, matchCategory, matchEducation, OCCUPATIONS, QUALIFICATIONS } from "../../src/core/register/categories";
import { parseFemale, parseFlag } from "../../src/core/register/values";
import { assertProperty } from "../properties/seed";

const occ = (t: string) => {
  const m = matchCategory(OCCUPATIONS, t);
  return m.status === "ok" ? m.key : m.status;
};

describe("list values matched loosely to the form's categories", () => {
  it("recognises occupations as staff write them", () => {
    const cases: Array<[string, string]> = [
      ["Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên", "stateOfficial"],
      ["can bo, cong chuc co quan nha nuoc tinh tu cap huyen tro len", "stateOfficial"],
      ["Chuyên viên Văn phòng Đoàn thể tỉnh", "partyOfficial"],
      ["Công chức UBND xã", "communeOfficial"],
      ["CBCC phường", "communeOfficial"],
      ["Phó thôn", "villageWorker"],
      ["Giáo viên", "publicServant"],
      ["Giáo viên trường ngoài công lập", "nonPublicWorker"],
      ["+ Công nhân, lao động trực tiếp sản xuất", "enterpriseWorker"],
      ["Giám đốc công ty TNHH", "enterpriseManager"],
      ["Làm ruộng", "farmer"],
      ["Quân nhân", "armed"],
      ["HS THPT", "pupil"],
      ["Sinh viên năm 3", "universityStudent"],
      ["Buôn bán", "otherOccupation"],
      ["", "blank"],
      ["Phi công vũ trụ", "unknown"],
    ];
    expect(cases.map(([t]) => [t, occ(t)])).toEqual(cases);
  });

  it("reads general education from words and from grades (12/12, 9/12, 7/10)", () => {
    const edu = (t: string) => {
      const m = matchEducation(t);
      return m.status === "ok" ? m.key : m.status;
    };
    expect(["12/12", "10/10", "11/12", "9/12", "7/10", "5/12", "3/12", "THPT", "Tốt nghiệp THCS", "tiểu học", "Cấp 3", "13/12", ""].map(edu)).toEqual([
      "upperSecondary",
      "upperSecondary",
      "lowerSecondary",
      "lowerSecondary",
      "lowerSecondary",
      "primary",
      "literate",
      "upperSecondary",
      "lowerSecondary",
      "primary",
      "upperSecondary",
      "unknown",
      "blank",
    ]);
  });

  it("reads qualifications and titles, 'Không' meaning none", () => {
    const q = (t: string) => {
      const m = matchCategory(QUALIFICATIONS, t);
      return m.status === "ok" ? m.key : m.status;
    };
    expect(["Thạc sĩ", "ThS. Quản lý", "Tiến sĩ", "TS", "Kỹ sư", "Cử nhân Luật", "Trung cấp", "Sơ cấp", "Không", "Chưa qua đào tạo", "Cao đẳng sư phạm"].map(q)).toEqual([
      "master",
      "master",
      "doctor",
      "doctor",
      "university",
      "university",
      "intermediate",
      "vocational",
      "blank",
      "blank",
      "college",
    ]);
    const t = (x: string) => {
      const m = matchCategory(ACADEMIC_TITLES, x);
      return m.status === "ok" ? m.key : m.status;
    };
    expect(["PGS", "Phó Giáo sư", "GS", "giáo sư", "Không"].map(t)).toEqual(["associateProfessor", "associateProfessor", "professor", "professor", "blank"]);
  });

  it("reads yes/no and sex cells", () => {
    const flag = (v: string | boolean | number | null) => {
      const p = parseFlag({ value: v });
      return p.status === "ok" ? p.value : p.status;
    };
    expect(["Có", "có", "x", "X", "✓", 1, true, "Không", "không", "0", "-", "", null, "Có lẽ"].map((v) => flag(v))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      "blank",
      "blank",
      "unknown",
    ]);
    const sex = (v: string) => {
      const p = parseFemale({ value: v });
      return p.status === "ok" ? p.value : p.status;
    };
    expect(["Nữ", "nu", "NỮ", "Nam", "nam", "?"].map(sex)).toEqual([true, true, true, false, false, "unknown"]);
  });
});

describe("dates typed as text", () => {
  it("reads every real date written day first in the usual ways (property; the seed is printed on failure)", () => {
    const date = fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
    assertProperty(
      fc.property(date, fc.constantFrom("dd/mm/yyyy", "d/m/yyyy", "dd-m-yyyy", "dd.mm.yyyy", "d / m / yyyy"), (d, form) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const p2 = (n: number) => String(n).padStart(2, "0");
        const text = form
          .replace("dd", p2(day))
          .replace(/\bd\b/, String(day))
          .replace("mm", p2(m))
          .replace(/\bm\b/, String(m))
          .replace("yyyy", String(y));
        const parsed = parseDateCell({ value: text });
        expect(parsed).toEqual({ status: "ok", date: { year: y, month: m, day } });
      }),
    );
  });

  it("never reads a month-first date as day-first: a 'month' over 12 is refused", () => {
    assertProperty(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 31 }), fc.integer({ min: 1950, max: 2050 }), (m, d, y) => {
        expect(parseDateCell({ value: `${m}/${d}/${y}` }).status).toBe("invalid");
      }),
    );
  });
});

describe("buildRegisterReport", () => {
  it("puts reading, checking and cross-checking together, with last year's column", () => {
    const head = ["TCCSĐ", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Giới tính"];
    const now = readRegister(
      gridFromValues("DS", [
        head,
        ["Đảng bộ xã Ka Đô", "A", "01/01/1990", "05/05/2026", "Nữ"],
        ["Đảng bộ xã Ka Đô", "B", "01/01/2010", "05/05/2026", "Nam"],
        ["Đảng bộ xã Ka Đô", "C", "01/01/1990", "05/05/2025", "Nam"],
      ]),
    );
    const before = readRegister(gridFromValues("DS 2025", [head, ["Đảng bộ xã Ka Đô", "C", "01/01/1990", "05/05/2025", "Nam"], ["Đảng bộ xã Ka Đô", "D", "01/01/1990", "05/05/2025", "Nam"]]));
    if (!now || !before) throw new Error("not registers");
    const report = buildRegisterReport({
      period: periodThrough(2026, 6),
      reads: [now],
      previousReads: [before],
      monthly: [{ organization: "Đảng bộ xã Ka Đô", year: 2026, month: 5, admitted: 2, women: 1, ethnicMinority: 0, religious: 0, youthUnion: 0, students: 0 }],
    });
    expect(report.findings.map((f) => f.code)).toEqual(["MEMBER_UNDER_18", "MEMBER_OTHER_YEAR", "REGISTER_COUNT_MISMATCH"]);
    expect(report.json.persons).toBe(1);
    expect(report.json.byMonth["2026-05"]).toBe(1);
    expect(report.json.rows[0]).toEqual({ label: "I. Tổng số đảng viên mới kết nạp", current: 1, previous: 2, percent: 50 });
    expect(report.otherYears.map((p) => p.name)).toEqual(["C"]);
  });
});
