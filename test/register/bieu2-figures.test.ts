/**
 * Biểu 2's figures row by row on a small register whose persons sit on the
 * form's boundaries (ages 18/30/31/60/61, enterprise and non-enterprise
 * occupations, optional columns present or absent), and its printed sheet
 * pinned cell by cell.
 */
import { bieu2SheetSpec, computeBieu2, organizationLevel, periodThrough } from "../../src/core";
import type { Bieu2Row, OrganizationStatus, RegisterPerson } from "../../src/core";
import { round1 } from "../../src/core/register/bieu2";
import { blankPerson } from "./blank-person";
import { STYLE } from "./expected-styles";

function person(name: string, age: number, admitted: [number, number, number], more: Partial<RegisterPerson> = {}): RegisterPerson {
  return blankPerson({
    organization: "Đảng bộ xã Ka Đô",
    name,
    birth: { year: admitted[0] - age, month: 1, day: 1 },
    admitted: { year: admitted[0], month: admitted[1], day: admitted[2] },
    age,
    location: { sheet: "DS", cell: "B7" },
    ...more,
  });
}

const period = periodThrough(2026, 6);
const current = [
  person("A", 18, [2026, 1, 10], {
    female: true,
    ethnicMinority: true,
    religious: true,
    youthUnion: true,
    businessOwner: true,
    readmitted: true,
    familyPlanningViolation: true,
    foreignMarriage: false,
    occupation: "enterpriseManager",
    education: "literate",
    qualification: "vocational",
    academicTitle: "associateProfessor",
  }),
  person("B", 30, [2026, 2, 10], { female: false, ethnicMinority: false, occupation: "farmer", education: "primary", qualification: "intermediate", academicTitle: "professor" }),
  person("C", 31, [2026, 6, 30]),
  person("D", 60, [2026, 3, 1], { occupation: "enterpriseWorker", education: "upperSecondary", qualification: "doctor" }),
  person("E", 61, [2026, 3, 2], { occupation: "stateOfficial", qualification: "university" }),
  person("Outside months", 40, [2026, 7, 1], { occupation: "farmer" }),
  person("Outside year", 40, [2025, 3, 1], { occupation: "farmer" }),
];
const previous = [person("P1", 25, [2025, 1, 5], { occupation: "farmer" }), person("P2", 45, [2025, 5, 5], { female: true }), person("Late", 50, [2025, 8, 1])];

/** Column (2) of every row for `current`: the form's rules applied by hand. */
const EXPECTED_CURRENT: Record<string, number | null> = {
  I: 5,
  "I.women": 1,
  "I.ethnicMinority": 1,
  "I.religious": 1,
  "I.youthUnion": 1,
  "I.businessOwner": 1,
  "I.familyPlanning": 1,
  "I.foreignMarriage": 0,
  "I.readmitted": 1,
  II: null,
  "II.1": null,
  "II.1.stateOfficial": 1,
  "II.1.partyOfficial": 0,
  "II.1.communeOfficial": 0,
  "II.1.villageWorker": 0,
  "II.1.publicServant": 0,
  "II.1.nonPublicWorker": 0,
  "II.1.enterprise": 2,
  "II.1.enterpriseManager": 1,
  "II.1.enterpriseStaff": 0,
  "II.1.enterpriseWorker": 1,
  "II.1.farmer": 1,
  "II.1.armed": 0,
  "II.1.universityStudent": 0,
  "II.1.pupil": 0,
  "II.1.other": 0,
  "II.2": null,
  "II.2.18-30": 2,
  "II.2.31-35": 1,
  "II.2.36-40": 0,
  "II.2.41-45": 0,
  "II.2.46-50": 0,
  "II.2.51-55": 0,
  "II.2.56-60": 1,
  "II.2.over60": 1,
  "II.2.mean": 40,
  "II.3": null,
  "II.3.literate": 1,
  "II.3.primary": 1,
  "II.3.lowerSecondary": 0,
  "II.3.upperSecondary": 1,
  "II.4": null,
  "II.4.vocational": 1,
  "II.4.intermediate": 1,
  "II.4.college": 0,
  "II.4.university": 1,
  "II.4.master": 0,
  "II.4.doctor": 1,
  "II.5": null,
  "II.5.associateProfessor": 1,
  "II.5.professor": 1,
  III: null,
  "III.1": null,
  "III.1.admitted": null,
  "III.1.noSources": null,
  "III.2": null,
  "III.2.admitted": null,
  "III.2.noSources": null,
};
const HEADINGS = ["II", "II.1", "II.2", "II.3", "II.4", "II.5"];

describe("Biểu 2's column (2)", () => {
  const result = computeBieu2(current, period);

  it("counts each row of the form from the persons admitted in the period", () => {
    expect(Object.fromEntries(result.rows.map((r) => [r.id, r.current]))).toStrictEqual(EXPECTED_CURRENT);
    expect(result.persons).toBe(5);
    expect(result.byMonth).toStrictEqual({ "2026-01": 1, "2026-02": 1, "2026-03": 2, "2026-04": 0, "2026-05": 0, "2026-06": 1 });
  });

  it("marks only the form's headings as headings, and leaves (3) and (4) blank without last year", () => {
    expect(result.rows.filter((r) => r.heading).map((r) => r.id)).toStrictEqual(HEADINGS);
    expect(result.rows.every((r) => r.previous === null && r.percent === null)).toBe(true);
  });

  it("leaves the optional rows blank when no person has the column, and the mean age blank without persons", () => {
    const bare = computeBieu2([person("X", 20, [2026, 1, 1])], period);
    const byId = (r: { rows: readonly Bieu2Row[] }, id: string) => r.rows.find((x) => x.id === id)?.current;
    expect(byId(bare, "I.familyPlanning")).toBeNull();
    expect(byId(bare, "I.foreignMarriage")).toBeNull();
    expect(byId(computeBieu2([], period), "II.2.mean")).toBeNull();
    expect(byId(computeBieu2([], period), "I")).toBe(0);
  });

  it("rounds the mean age half up to one decimal", () => {
    const r = computeBieu2([person("a", 18, [2026, 1, 1]), person("b", 18, [2026, 1, 1]), person("c", 18, [2026, 1, 1]), person("d", 19, [2026, 1, 1])], period);
    expect(r.rows.find((x) => x.id === "II.2.mean")?.current).toBe(18.3);
    expect(round1(18.25)).toBe(18.3);
    expect(round1(1.005 * 100)).toBe(100.5);
  });
});

describe("Biểu 2's columns (3) and (4)", () => {
  const orgs: OrganizationStatus[] = [
    { name: "Đảng bộ xã A", level: "committee", admittedInPeriod: 2, noSourcesLeft: false },
    { name: "Đảng bộ xã B", level: "committee", admittedInPeriod: 0, noSourcesLeft: true },
    { name: "Chi bộ Trường C", level: "cell", admittedInPeriod: 1, noSourcesLeft: true },
  ];
  const prevOrgs: OrganizationStatus[] = [
    { name: "Đảng bộ xã A", level: "committee", admittedInPeriod: 1, noSourcesLeft: false },
    { name: "Chi bộ Trường C", level: "cell", admittedInPeriod: 0, noSourcesLeft: false },
  ];

  it("counts last year's same months and gives (2)×100/(3) to one decimal", () => {
    const r = computeBieu2(current, period, { previous, organizations: orgs, previousOrganizations: prevOrgs });
    const row = (id: string) => {
      const x = r.rows.find((y) => y.id === id);
      return x && [x.current, x.previous, x.percent];
    };
    expect(row("I")).toStrictEqual([5, 2, 250]);
    expect(row("I.women")).toStrictEqual([1, 1, 100]);
    expect(row("II.1.farmer")).toStrictEqual([1, 1, 100]);
    expect(row("II.1.stateOfficial")).toStrictEqual([1, 0, null]);
    expect(row("II")).toStrictEqual([null, null, null]);
    expect(row("I.familyPlanning")).toStrictEqual([1, null, null]);
    expect(row("III")).toStrictEqual([3, 2, 150]);
    expect(row("III.1")).toStrictEqual([2, 1, 200]);
    expect(row("III.1.admitted")).toStrictEqual([1, 1, 100]);
    expect(row("III.1.noSources")).toStrictEqual([1, 0, null]);
    expect(row("III.2")).toStrictEqual([1, 1, 100]);
    expect(row("III.2.admitted")).toStrictEqual([1, 0, null]);
    expect(row("III.2.noSources")).toStrictEqual([1, 0, null]);
  });

  it("fills section III's column (3) from last year's organisations alone, with no percent when (2) is blank", () => {
    const r = computeBieu2(current, period, { previousOrganizations: prevOrgs });
    const x = r.rows.find((y) => y.id === "III");
    expect(x && [x.current, x.previous, x.percent]).toStrictEqual([null, 2, null]);
  });

  it("rounds a percent to one decimal", () => {
    const r = computeBieu2(current, period, { previous: [...previous, ...Array.from({ length: 14 }, (_, i) => person(`Q${i}`, 20, [2025, 2, 1]))] });
    expect(r.rows[0]?.percent).toBe(31.3);
  });
});

describe("organisation levels from their names", () => {
  it.each([
    ["Đảng bộ xã Ka Đô", "committee"],
    ["ĐB phường 1", "committee"],
    ["Chi bộ Trường THPT Đơn Dương", "cell"],
    ["CB Trạm Y tế", "cell"],
    ["Chi bộ Đảng bộ Khối", "cell"],
    ["Ban Chi bộ", null],
    ["Trường Đảng bộ", null],
    ["Công ty X", null],
  ])("reads %j as %j", (name, level) => {
    expect(organizationLevel(name)).toBe(level);
  });
});

const blank = [null, null, null, null];
const NOTE = "Các dòng \"vi phạm chính sách KHHGĐ\" và \"quan hệ hôn nhân với người nước ngoài\" để trống khi danh sách không có cột đó. Đối chiếu danh mục với biểu do cấp trên gửi.";
const headerRow = (...values: string[]) => values.map((value) => ({ value, style: STYLE.header }));
const HEADER_ROWS = [
  headerRow("Tiêu chí", "Thực hiện", "Thực hiện", "(%) kỳ này so với cùng kỳ năm trước"),
  headerRow("Tiêu chí", "Kỳ này", "Cùng kỳ năm trước", "(%) kỳ này so với cùng kỳ năm trước"),
  headerRow("(1)", "(2)", "(3)", "(4) = (2)×100/(3)"),
];

describe("the sheet Biểu 2-BTCTW", () => {
  const result = computeBieu2(current, period, { previous });
  /** Labels indented three spaces per level; bold for level 0 and headings; the mean age with one decimal. */
  const dataRows = result.rows.map((r) => [
    { value: `${" ".repeat(3 * r.level)}${r.label}`, style: r.level === 0 || HEADINGS.includes(r.id) ? STYLE.labelBold : STYLE.label },
    { value: r.current, style: r.id === "II.2.mean" ? STYLE.decimal : STYLE.number },
    { value: r.previous, style: r.id === "II.2.mean" ? STYLE.decimal : STYLE.number },
    { value: r.percent, style: STYLE.decimal },
  ]);

  it("prints the heading, the form's header and one row per line of the form, on A4 portrait", () => {
    const spec = bieu2SheetSpec(result, { issuer: ["TỈNH ỦY LÂM ĐỒNG", "  ", "BAN TỔ CHỨC"], place: " Đà Lạt ", dateText: " ngày 05 tháng 7 năm 2026 " });
    expect(spec).toStrictEqual({
      name: "Biểu 2-BTCTW",
      role: "progress",
      rows: [
        [{ value: "TỈNH ỦY LÂM ĐỒNG", style: STYLE.issuer }, null, null, { value: "Biểu số 2-BTCTW", style: STYLE.formNo }],
        [{ value: "BAN TỔ CHỨC", style: STYLE.issuerBold }, null, null, null],
        [{ value: "*", style: STYLE.issuer }, null, null, null],
        blank,
        [{ value: "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP", style: STYLE.title }, null, null, null],
        [{ value: "6 THÁNG ĐẦU NĂM 2026", style: STYLE.subtitle }, null, null, null],
        [{ value: "Đà Lạt, ngày 05 tháng 7 năm 2026", style: STYLE.italic }, null, null, null],
        blank,
        ...HEADER_ROWS,
        ...dataRows,
        blank,
        [{ value: NOTE, style: STYLE.note }, null, null, null],
      ],
      columns: [{ width: 62 }, { width: 11 }, { width: 12 }, { width: 15 }],
      rowHeights: { 4: 22, 8: 30, 9: 30 },
      merges: [
        { top: 4, left: 0, bottom: 4, right: 3 },
        { top: 5, left: 0, bottom: 5, right: 3 },
        { top: 6, left: 0, bottom: 6, right: 3 },
        { top: 8, left: 0, bottom: 9, right: 0 },
        { top: 8, left: 1, bottom: 8, right: 2 },
        { top: 8, left: 3, bottom: 9, right: 3 },
      ],
      freeze: { rows: 11, columns: 0 },
      print: {
        orientation: "portrait",
        paper: "A4",
        fitToWidth: true,
        repeatRows: { first: 8, last: 10 },
        margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
        centerHorizontally: true,
      },
    });
    expect(spec.rows[11]?.[0]?.value).toBe("I. Tổng số đảng viên mới kết nạp");
    expect(spec.rows.find((r) => r[0]?.value === "         + Người lãnh đạo, quản lý doanh nghiệp")).toBeDefined();
  });

  it("writes a star under an empty issuer and dots for a blank place and date", () => {
    const spec = bieu2SheetSpec(result, { issuer: [" "], place: "  ", dateText: "" });
    expect(spec.rows.slice(0, 8)).toStrictEqual([
      [{ value: "*", style: STYLE.issuer }, null, null, { value: "Biểu số 2-BTCTW", style: STYLE.formNo }],
      blank,
      blank,
      [{ value: "THỐNG KÊ ĐẢNG VIÊN MỚI KẾT NẠP", style: STYLE.title }, null, null, null],
      [{ value: "6 THÁNG ĐẦU NĂM 2026", style: STYLE.subtitle }, null, null, null],
      [{ value: "…………, ngày      tháng      năm", style: STYLE.italic }, null, null, null],
      blank,
      HEADER_ROWS[0],
    ]);
    expect(spec.freeze).toStrictEqual({ rows: 10, columns: 0 });
  });

  it("writes one issuer line in bold above the star", () => {
    const spec = bieu2SheetSpec(result, { issuer: ["BAN TỔ CHỨC"], place: "", dateText: "" });
    expect(spec.rows.slice(0, 3)).toStrictEqual([
      [{ value: "BAN TỔ CHỨC", style: STYLE.issuerBold }, null, null, { value: "Biểu số 2-BTCTW", style: STYLE.formNo }],
      [{ value: "*", style: STYLE.issuer }, null, null, null],
      blank,
    ]);
  });
});
