/**
 * The categories of Biểu số 2-BTCTW the register's list columns use, with the
 * spellings staff type for them. Labels are the form's own (see
 * ../shared/forms/bieu-2-btctw.md, reconstructed: compare with the form the
 * upper level sends); the matching patterns run on folded text (no
 * diacritics, lower case, punctuation as spaces).
 */
import { headerKey } from "../allocation/header-match";

export interface Category<K extends string> {
  readonly key: K;
  /** The form's label, also the item of the template's drop-down list. */
  readonly label: string;
  /** Other ways of writing it, tested against the folded value. */
  readonly patterns: readonly RegExp[];
}

export const OCCUPATIONS = [
  {
    key: "stateOfficial",
    label: "Cán bộ, công chức cơ quan Nhà nước tính từ cấp huyện trở lên",
    patterns: [/\b(co quan )?nha nuoc\b/, /\bcap (huyen|tinh|trung uong)\b.*\bnha nuoc\b/],
  },
  {
    key: "partyOfficial",
    label: "Cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội tính từ cấp huyện trở lên",
    patterns: [/\bco quan dang\b/, /\bmat tran\b/, /\bdoan the\b/],
  },
  {
    key: "communeOfficial",
    label: "Cán bộ, công chức; người hoạt động không chuyên trách ở xã, phường, thị trấn",
    patterns: [/\b(cbcc|can bo|cong chuc|khong chuyen trach)\b.*\b(xa|phuong|thi tran|dac khu)\b/, /^(cbcc|can bo|cong chuc) (cap )?(xa|phuong)$/],
  },
  {
    key: "villageWorker",
    // "buôn" is a village in the Central Highlands, but "buôn bán" is trading.
    label: "Người hoạt động không chuyên trách thôn, tổ dân phố, bản (ấp, khóm)",
    patterns: [/\bkhong chuyen trach\b.*\b(thon|to dan pho|ban|ap|khom|buon|xom)\b/, /^(truong|pho) (thon|ap|khom|ban|xom)\b/, /\b(thon|to dan pho|khom|xom)\b/, /\bbuon\b(?! ban\b)/],
  },
  {
    key: "publicServant",
    label: "Viên chức trong các đơn vị sự nghiệp công lập",
    // "ngoài công lập" (private) belongs to the next row, whatever the job.
    patterns: [/^(?!.*\bngoai cong lap\b)(vien chuc\b|.*\bsu nghiep cong lap\b|(giao vien|bac si|y si|dieu duong)\b)/],
  },
  {
    key: "nonPublicWorker",
    label: "Người lao động trong các đơn vị sự nghiệp ngoài công lập",
    patterns: [/\bngoai cong lap\b/, /\b(tu thuc|dan lap)\b/],
  },
  {
    key: "enterpriseManager",
    label: "Người lãnh đạo, quản lý doanh nghiệp",
    patterns: [/\b(lanh dao|quan ly)\b.*\bdoanh nghiep\b/, /\b(giam doc|chu doanh nghiep)\b/],
  },
  {
    key: "enterpriseStaff",
    label: "Nhân viên, người gián tiếp sản xuất",
    patterns: [/\bgian tiep\b/, /^nhan vien\b/],
  },
  {
    key: "enterpriseWorker",
    label: "Công nhân, lao động trực tiếp sản xuất",
    patterns: [/\btruc tiep\b/, /^cong nhan\b/],
  },
  {
    key: "farmer",
    label: "Người làm nông, lâm, ngư nghiệp",
    patterns: [/\b(nong|lam|ngu) nghiep\b/, /\b(nong dan|lam nong|lam ruong|ngu dan)\b/, /^(nong|nong lam|nong lam ngu)$/],
  },
  {
    key: "armed",
    label: "Sỹ quan, chiến sỹ quân đội và công an (lực lượng vũ trang)",
    patterns: [/\b(si|sy) quan\b/, /\bchien (si|sy)\b/, /\b(quan doi|cong an|luc luong vu trang|llvt|bo doi|quan nhan)\b/],
  },
  { key: "universityStudent", label: "Sinh viên", patterns: [/^(la )?sinh vien\b/, /^sv$/] },
  { key: "pupil", label: "Học sinh", patterns: [/^(la )?hoc sinh\b/, /^hs( thpt)?$/] },
  { key: "otherOccupation", label: "Khác (lao động hợp đồng, tự do…)", patterns: [/^khac\b/, /\b(hop dong|tu do|buon ban|kinh doanh)\b/] },
] as const satisfies ReadonlyArray<Category<string>>;

export type OccupationKey = (typeof OCCUPATIONS)[number]["key"];

/** The three rows the form puts under "Lãnh đạo, quản lý và lao động trong các doanh nghiệp, chia ra". */
export const ENTERPRISE_OCCUPATIONS: readonly OccupationKey[] = ["enterpriseManager", "enterpriseStaff", "enterpriseWorker"];

export const EDUCATION_LEVELS = [
  { key: "literate", label: "Biết đọc, biết viết chữ quốc ngữ", patterns: [/\bbiet doc\b/, /\bbiet viet\b/] },
  { key: "primary", label: "Tiểu học", patterns: [/^(tieu hoc|cap 1|cap i)$/, /^(tot nghiep )?tieu hoc\b/] },
  { key: "lowerSecondary", label: "Trung học cơ sở", patterns: [/^(tot nghiep )?(thcs|trung hoc co so|cap 2|cap ii|pho thong co so|ptcs)\b/] },
  { key: "upperSecondary", label: "Trung học phổ thông", patterns: [/^(tot nghiep )?(thpt|trung hoc pho thong|cap 3|cap iii|pho thong trung hoc|ptth|bo tuc thpt)\b/] },
] as const satisfies ReadonlyArray<Category<string>>;

export type EducationKey = (typeof EDUCATION_LEVELS)[number]["key"];

export const QUALIFICATIONS = [
  {
    key: "vocational",
    label: "Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp",
    patterns: [/\b(so cap|cong nhan ky thuat|cnkt|nhan vien nghiep vu)\b/],
  },
  { key: "intermediate", label: "Trung cấp", patterns: [/^(tot nghiep )?trung cap\b/, /^tc$/] },
  { key: "college", label: "Cao đẳng", patterns: [/^(tot nghiep )?cao dang\b/, /^cd$/] },
  { key: "university", label: "Đại học", patterns: [/^(tot nghiep )?dai hoc\b/, /^(dh|cu nhan|ky su|kien truc su|bac si|duoc si|luat su)\b/] },
  { key: "master", label: "Thạc sỹ", patterns: [/^(thac (si|sy)|ths|cao hoc|bac si chuyen khoa (i|1))\b/] },
  { key: "doctor", label: "Tiến sỹ", patterns: [/^(tien (si|sy)|ts|tskh)\b/] },
] as const satisfies ReadonlyArray<Category<string>>;

export type QualificationKey = (typeof QUALIFICATIONS)[number]["key"];

export const ACADEMIC_TITLES = [
  { key: "associateProfessor", label: "Phó Giáo sư", patterns: [/^(pho giao su|pgs)\b/] },
  { key: "professor", label: "Giáo sư", patterns: [/^(giao su|gs)\b/] },
] as const satisfies ReadonlyArray<Category<string>>;

export type AcademicTitleKey = (typeof ACADEMIC_TITLES)[number]["key"];

/** Values that say "none" in a list column: the person has no qualification / title. */
const NONE = /^(khong|khong co|chua|chua co|chua qua dao tao|khong qua dao tao|0|-+|x? ?khong)$/;

export type CategoryMatch<K extends string> = { readonly status: "blank" } | { readonly status: "ok"; readonly key: K } | { readonly status: "unknown" };

/** The general-education grade as `9/12` or `7/10`: old (10-year) and new (12-year) systems. */
function educationFromGrade(folded: string): EducationKey | null {
  const m = /^(\d{1,2}) ?\/ ?(10|12)$/.exec(folded);
  if (!m) return null;
  const grade = Number(m[1]);
  const of = Number(m[2]);
  if (grade < 1 || grade > of) return null;
  // Completed levels: 12/12 and 10/10 finish upper secondary; 9/12 and 7/10 lower secondary; 5/12 and 4/10 primary.
  const [upper, lower, primary] = of === 12 ? [12, 9, 5] : [10, 7, 4];
  if (grade >= upper) return "upperSecondary";
  if (grade >= lower) return "lowerSecondary";
  if (grade >= primary) return "primary";
  return "literate";
}

/**
 * A list value matched loosely to a category: the label itself (any case,
 * with or without diacritics, a leading `+` or numbering dropped), then the
 * patterns in order; "Không" is blank (none).
 */
export function matchCategory<K extends string>(categories: ReadonlyArray<Category<K>>, text: string): CategoryMatch<K> {
  const folded = headerKey(text.replace(/^\s*[+\-–•]\s*/, ""));
  if (folded === "" || NONE.test(folded)) return { status: "blank" };
  const exact = categories.find((c) => headerKey(c.label) === folded);
  if (exact) return { status: "ok", key: exact.key };
  for (const c of categories) if (c.patterns.some((p) => p.test(folded))) return { status: "ok", key: c.key };
  return { status: "unknown" };
}

export function matchEducation(text: string): CategoryMatch<EducationKey> {
  const byGrade = educationFromGrade(text.replace(/\s+/g, "").trim());
  if (byGrade) return { status: "ok", key: byGrade };
  return matchCategory(EDUCATION_LEVELS, text);
}
