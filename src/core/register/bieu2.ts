/**
 * Biểu số 2-BTCTW "Thống kê đảng viên mới kết nạp": the form's rows as data
 * (one table, easy to correct against the form the upper level sends), each
 * with how it counts a person; columns (2) this period, (3) the same period
 * last year, (4) = (2)×100/(3).
 */
import { foldKey } from "../text/normalize";
import type { AcademicTitleKey, EducationKey, OccupationKey, QualificationKey } from "./categories";
import { ENTERPRISE_OCCUPATIONS } from "./categories";
import { previousYearPeriod, type RegisterPeriod } from "./period";
import type { RegisterPerson } from "./types";

type Pred = (p: RegisterPerson) => boolean;

/** One line of the form. `count` rows count persons; `heading` rows carry no figure. */
export type Bieu2RowDef =
  | { readonly id: string; readonly label: string; readonly level: number; readonly kind: "heading" }
  | { readonly id: string; readonly label: string; readonly level: number; readonly kind: "count"; readonly test: Pred }
  /** Rows a register may not record (no such column): blank rather than a false 0. */
  | { readonly id: string; readonly label: string; readonly level: number; readonly kind: "optional"; readonly value: (p: RegisterPerson) => boolean | null }
  | { readonly id: string; readonly label: string; readonly level: number; readonly kind: "meanAge" }
  | { readonly id: string; readonly label: string; readonly level: number; readonly kind: "organizations"; readonly count: (s: OrganizationsSummary) => number };

const occ = (k: OccupationKey): Pred => (p) => p.occupation === k;
const edu = (k: EducationKey): Pred => (p) => p.education === k;
const qual = (k: QualificationKey): Pred => (p) => p.qualification === k;
const title = (k: AcademicTitleKey): Pred => (p) => p.academicTitle === k;
const ageBand = (from: number, to: number): Pred => (p) => p.age >= from && p.age <= to;

export const BIEU2_ROWS: readonly Bieu2RowDef[] = [
  { id: "I", label: "I. Tổng số đảng viên mới kết nạp", level: 0, kind: "count", test: () => true },
  { id: "I.women", label: "Nữ", level: 1, kind: "count", test: (p) => p.female === true },
  { id: "I.ethnicMinority", label: "Dân tộc thiểu số", level: 1, kind: "count", test: (p) => p.ethnicMinority === true },
  { id: "I.religious", label: "Người theo tôn giáo", level: 1, kind: "count", test: (p) => p.religious },
  { id: "I.youthUnion", label: "Đoàn viên Đoàn TNCS Hồ Chí Minh", level: 1, kind: "count", test: (p) => p.youthUnion },
  { id: "I.businessOwner", label: "Chủ doanh nghiệp tư nhân", level: 1, kind: "count", test: (p) => p.businessOwner },
  { id: "I.familyPlanning", label: "Quần chúng vi phạm chính sách KHHGĐ", level: 1, kind: "optional", value: (p) => p.familyPlanningViolation },
  { id: "I.foreignMarriage", label: "Có quan hệ hôn nhân với người nước ngoài", level: 1, kind: "optional", value: (p) => p.foreignMarriage },
  { id: "I.readmitted", label: "Kết nạp lại", level: 1, kind: "count", test: (p) => p.readmitted },
  { id: "II", label: "II. Phân tích đảng viên mới kết nạp", level: 0, kind: "heading" },
  { id: "II.1", label: "1. Nghề nghiệp", level: 1, kind: "heading" },
  { id: "II.1.stateOfficial", label: "Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên", level: 2, kind: "count", test: occ("stateOfficial") },
  {
    id: "II.1.partyOfficial",
    label: "Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên",
    level: 2,
    kind: "count",
    test: occ("partyOfficial"),
  },
  { id: "II.1.communeOfficial", label: "Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn", level: 2, kind: "count", test: occ("communeOfficial") },
  { id: "II.1.villageWorker", label: "Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)", level: 2, kind: "count", test: occ("villageWorker") },
  { id: "II.1.publicServant", label: "Viên chức trong các đơn vị sự nghiệp công lập", level: 2, kind: "count", test: occ("publicServant") },
  { id: "II.1.nonPublicWorker", label: "Người lao động trong các đơn vị sự nghiệp ngoài công lập", level: 2, kind: "count", test: occ("nonPublicWorker") },
  {
    id: "II.1.enterprise",
    label: "Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra:",
    level: 2,
    kind: "count",
    test: (p) => p.occupation !== null && ENTERPRISE_OCCUPATIONS.includes(p.occupation),
  },
  { id: "II.1.enterpriseManager", label: "+ Người lãnh đạo, quản lý doanh nghiệp", level: 3, kind: "count", test: occ("enterpriseManager") },
  { id: "II.1.enterpriseStaff", label: "+ Nhân viên, người gián tiếp sản xuất", level: 3, kind: "count", test: occ("enterpriseStaff") },
  { id: "II.1.enterpriseWorker", label: "+ Công nhân, lao động trực tiếp sản xuất", level: 3, kind: "count", test: occ("enterpriseWorker") },
  { id: "II.1.farmer", label: "Người làm nông, lâm, ngư nghiệp", level: 2, kind: "count", test: occ("farmer") },
  { id: "II.1.armed", label: "Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)", level: 2, kind: "count", test: occ("armed") },
  { id: "II.1.universityStudent", label: "Sinh viên", level: 2, kind: "count", test: occ("universityStudent") },
  { id: "II.1.pupil", label: "Học sinh", level: 2, kind: "count", test: occ("pupil") },
  { id: "II.1.other", label: "Khác (lao động hợp đồng, tự do…)", level: 2, kind: "count", test: occ("otherOccupation") },
  { id: "II.2", label: "2. Tuổi đời", level: 1, kind: "heading" },
  { id: "II.2.18-30", label: "Từ 18 - 30 tuổi", level: 2, kind: "count", test: ageBand(18, 30) },
  { id: "II.2.31-35", label: "Từ 31 - 35 tuổi", level: 2, kind: "count", test: ageBand(31, 35) },
  { id: "II.2.36-40", label: "Từ 36 - 40 tuổi", level: 2, kind: "count", test: ageBand(36, 40) },
  { id: "II.2.41-45", label: "Từ 41 - 45 tuổi", level: 2, kind: "count", test: ageBand(41, 45) },
  { id: "II.2.46-50", label: "Từ 46 - 50 tuổi", level: 2, kind: "count", test: ageBand(46, 50) },
  { id: "II.2.51-55", label: "Từ 51 - 55 tuổi", level: 2, kind: "count", test: ageBand(51, 55) },
  { id: "II.2.56-60", label: "Từ 56 - 60 tuổi", level: 2, kind: "count", test: ageBand(56, 60) },
  { id: "II.2.over60", label: "Trên 60 tuổi", level: 2, kind: "count", test: (p) => p.age > 60 },
  { id: "II.2.mean", label: "Tuổi bình quân", level: 2, kind: "meanAge" },
  { id: "II.3", label: "3. Trình độ giáo dục phổ thông", level: 1, kind: "heading" },
  { id: "II.3.literate", label: "Biết đọc, biết viết chữ quốc ngữ", level: 2, kind: "count", test: edu("literate") },
  { id: "II.3.primary", label: "Tiểu học", level: 2, kind: "count", test: edu("primary") },
  { id: "II.3.lowerSecondary", label: "Trung học cơ sở", level: 2, kind: "count", test: edu("lowerSecondary") },
  { id: "II.3.upperSecondary", label: "Trung học phổ thông", level: 2, kind: "count", test: edu("upperSecondary") },
  { id: "II.4", label: "4. Trình độ chuyên môn nghiệp vụ", level: 1, kind: "heading" },
  { id: "II.4.vocational", label: "Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp", level: 2, kind: "count", test: qual("vocational") },
  { id: "II.4.intermediate", label: "Trung cấp", level: 2, kind: "count", test: qual("intermediate") },
  { id: "II.4.college", label: "Cao đẳng", level: 2, kind: "count", test: qual("college") },
  { id: "II.4.university", label: "Đại học", level: 2, kind: "count", test: qual("university") },
  { id: "II.4.master", label: "Thạc sỹ", level: 2, kind: "count", test: qual("master") },
  { id: "II.4.doctor", label: "Tiến sỹ", level: 2, kind: "count", test: qual("doctor") },
  { id: "II.5", label: "5. Chức danh khoa học", level: 1, kind: "heading" },
  { id: "II.5.associateProfessor", label: "Phó Giáo sư", level: 2, kind: "count", test: title("associateProfessor") },
  { id: "II.5.professor", label: "Giáo sư", level: 2, kind: "count", test: title("professor") },
  { id: "III", label: "III. Số tổ chức cơ sở đảng có đến cuối kỳ báo cáo", level: 0, kind: "organizations", count: (s) => s.committees.total + s.cells.total },
  { id: "III.1", label: "1. Đảng bộ cơ sở", level: 1, kind: "organizations", count: (s) => s.committees.total },
  { id: "III.1.admitted", label: "Trong đó: + Có kết nạp đảng viên", level: 2, kind: "organizations", count: (s) => s.committees.withAdmissions },
  { id: "III.1.noSources", label: "+ Không còn quần chúng", level: 2, kind: "organizations", count: (s) => s.committees.noSourcesLeft },
  { id: "III.2", label: "2. Chi bộ cơ sở", level: 1, kind: "organizations", count: (s) => s.cells.total },
  { id: "III.2.admitted", label: "Trong đó: + Có kết nạp đảng viên", level: 2, kind: "organizations", count: (s) => s.cells.withAdmissions },
  { id: "III.2.noSources", label: "+ Không còn quần chúng", level: 2, kind: "organizations", count: (s) => s.cells.noSourcesLeft },
];

/** Section III's input: each grassroots organisation at the end of the period. */
export interface OrganizationStatus {
  readonly name: string;
  /** `committee` = đảng bộ cơ sở, `cell` = chi bộ cơ sở; see organizationLevel. */
  readonly level: "committee" | "cell";
  /** Admitted in the period (from the monthly reports or the register). */
  readonly admittedInPeriod: number;
  /** "Không còn nguồn" reported for the period's last month. */
  readonly noSourcesLeft: boolean;
}

export interface OrganizationsSummary {
  readonly committees: { readonly total: number; readonly withAdmissions: number; readonly noSourcesLeft: number };
  readonly cells: { readonly total: number; readonly withAdmissions: number; readonly noSourcesLeft: number };
}

/** "Đảng bộ xã …" is a đảng bộ cơ sở, "Chi bộ Trường …" a chi bộ cơ sở; null when the name says neither. */
export function organizationLevel(name: string): "committee" | "cell" | null {
  const key = foldKey(name);
  if (/^(dang bo|db)\b/.test(key)) return "committee";
  if (/^(chi bo|cb)\b/.test(key)) return "cell";
  return null;
}

function summarizeOrganizations(orgs: readonly OrganizationStatus[]): OrganizationsSummary {
  const of = (level: OrganizationStatus["level"]) => {
    const list = orgs.filter((o) => o.level === level);
    return { total: list.length, withAdmissions: list.filter((o) => o.admittedInPeriod > 0).length, noSourcesLeft: list.filter((o) => o.noSourcesLeft).length };
  };
  return { committees: of("committee"), cells: of("cell") };
}

export interface Bieu2Row {
  readonly id: string;
  readonly label: string;
  readonly level: number;
  readonly heading: boolean;
  /** Column (2); null for headings and rows no register records. */
  readonly current: number | null;
  /** Column (3); null without last year's registers. */
  readonly previous: number | null;
  /** Column (4) = (2)×100/(3), one decimal; null when (3) is 0 or missing. */
  readonly percent: number | null;
}

export interface Bieu2Result {
  readonly period: RegisterPeriod;
  /** Persons counted in the period. */
  readonly persons: number;
  /** Persons counted per month of the period, `2025-05` → n. */
  readonly byMonth: Readonly<Record<string, number>>;
  readonly rows: readonly Bieu2Row[];
}

export interface Bieu2Options {
  /** Last year's validated persons (validateRegister with year − 1); absent leaves column (3) blank. */
  readonly previous?: readonly RegisterPerson[];
  /** Section III; absent leaves its rows blank. */
  readonly organizations?: readonly OrganizationStatus[];
  readonly previousOrganizations?: readonly OrganizationStatus[];
}

export function round1(x: number): number {
  return Math.round(x * 10 + 1e-9) / 10;
}

function inPeriod(persons: readonly RegisterPerson[], period: RegisterPeriod): RegisterPerson[] {
  return persons.filter((p) => p.admitted.year === period.year && period.months.includes(p.admitted.month));
}

function value(def: Bieu2RowDef, persons: readonly RegisterPerson[], orgs: OrganizationsSummary | null): number | null {
  switch (def.kind) {
    case "heading":
      return null;
    case "count":
      return persons.filter(def.test).length;
    case "optional": {
      const values = persons.map(def.value);
      return values.some((v) => v !== null) ? values.filter((v) => v === true).length : null;
    }
    case "meanAge":
      return persons.length === 0 ? null : round1(persons.reduce((s, p) => s + p.age, 0) / persons.length);
    case "organizations":
      return orgs === null ? null : def.count(orgs);
  }
}

/** `persons` are this year's validated persons (any months); only those admitted in the period count. */
export function computeBieu2(persons: readonly RegisterPerson[], period: RegisterPeriod, options: Bieu2Options = {}): Bieu2Result {
  const current = inPeriod(persons, period);
  const previous = options.previous ? inPeriod(options.previous, previousYearPeriod(period)) : null;
  const orgs = options.organizations ? summarizeOrganizations(options.organizations) : null;
  const prevOrgs = options.previousOrganizations ? summarizeOrganizations(options.previousOrganizations) : null;
  const rows = BIEU2_ROWS.map((def): Bieu2Row => {
    const cur = value(def, current, orgs);
    const prev = def.kind === "organizations" ? value(def, [], prevOrgs) : previous === null ? null : value(def, previous, null);
    const percent = cur === null || prev === null || prev === 0 ? null : round1((cur * 100) / prev);
    return { id: def.id, label: def.label, level: def.level, heading: def.kind === "heading", current: cur, previous: prev, percent };
  });
  const byMonth: Record<string, number> = {};
  for (const m of period.months) byMonth[`${period.year}-${String(m).padStart(2, "0")}`] = current.filter((p) => p.admitted.month === m).length;
  return { period, persons: current.length, byMonth, rows };
}

/** The `register` block of `consolidate --json`. */
export function bieu2Json(result: Bieu2Result): { persons: number; byMonth: Record<string, number>; rows: Array<{ label: string; current: number | null; previous: number | null; percent: number | null }> } {
  return {
    persons: result.persons,
    byMonth: { ...result.byMonth },
    rows: result.rows.map((r) => ({ label: r.label, current: r.current, previous: r.previous, percent: r.percent })),
  };
}
