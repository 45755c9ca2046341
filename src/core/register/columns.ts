/**
 * The columns of a register of new members: the template's labels, in the
 * template's order, and the other ways staff head them in their own tables.
 */
import { ORGANIZATION_HEADERS, type ColumnSpec } from "../allocation/header-match";

export type RegisterColumnKey =
  | "name"
  | "birth"
  | "sex"
  | "ethnicity"
  | "religion"
  | "youthUnion"
  | "occupation"
  | "education"
  | "qualification"
  | "academicTitle"
  | "businessOwner"
  | "readmitted"
  | "admitted"
  | "chiBo"
  | "note"
  | "recognized";

/** Columns only plain tables carry; the template has none of them. */
export type ExtraColumnKey = "organization" | "familyPlanning" | "foreignMarriage";

export type AnyRegisterColumn = RegisterColumnKey | ExtraColumnKey;

/** The template's input columns, left to right, with their header labels (Vietnamese, English). */
export const REGISTER_COLUMNS: ReadonlyArray<{ readonly key: RegisterColumnKey; readonly vi: string; readonly en: string; readonly width: number }> = [
  { key: "name", vi: "Họ và tên", en: "Full name", width: 24 },
  { key: "birth", vi: "Ngày sinh", en: "Date of birth", width: 12 },
  { key: "sex", vi: "Giới tính", en: "Sex", width: 8 },
  { key: "ethnicity", vi: "Dân tộc", en: "Ethnicity", width: 10 },
  { key: "religion", vi: "Tôn giáo", en: "Religion", width: 10 },
  { key: "youthUnion", vi: "Đoàn viên (Có/Không)", en: "Youth Union member", width: 10 },
  { key: "occupation", vi: "Nghề nghiệp", en: "Occupation", width: 30 },
  { key: "education", vi: "Trình độ GDPT", en: "General education", width: 16 },
  { key: "qualification", vi: "Chuyên môn", en: "Professional qualification", width: 18 },
  { key: "academicTitle", vi: "Học hàm", en: "Academic title", width: 10 },
  { key: "businessOwner", vi: "Chủ DN tư nhân (Có/Không)", en: "Private business owner", width: 10 },
  { key: "readmitted", vi: "Kết nạp lại (Có/Không)", en: "Re-admitted", width: 10 },
  { key: "admitted", vi: "Ngày kết nạp", en: "Admission date", width: 12 },
  { key: "chiBo", vi: "Chi bộ", en: "Party cell", width: 20 },
  { key: "note", vi: "Ghi chú", en: "Note", width: 16 },
  { key: "recognized", vi: "Ngày công nhận chính thức", en: "Date recognised as full member", width: 14 },
];

export function columnLabel(key: AnyRegisterColumn): { vi: string; en: string } {
  const c = REGISTER_COLUMNS.find((x) => x.key === key);
  if (c) return { vi: c.vi, en: c.en };
  if (key === "organization") return { vi: "Tổ chức cơ sở đảng", en: "Grassroots organisation" };
  if (key === "familyPlanning") return { vi: "Vi phạm chính sách KHHGĐ", en: "Family-planning violation" };
  return { vi: "Kết hôn với người nước ngoài", en: "Married to a foreigner" };
}

/**
 * The allocation's name headers include "Chi bộ" (commune plans allocate per
 * chi bộ), but in a register "Chi bộ" is the person's own chi bộ: only the
 * headers that name the grassroots organisation may take the TCCSĐ column.
 */
const BRANCH_ONLY_HEADERS = new Set(["Chi bộ", "Tên chi bộ", "Chi bộ trực thuộc"]);
const REGISTER_ORGANIZATION_HEADERS = ORGANIZATION_HEADERS.filter((h) => typeof h !== "string" || !BRANCH_ONLY_HEADERS.has(h));

/** Most specific first: each header cell goes to the first spec it matches. */
export const REGISTER_COLUMN_SPECS: readonly ColumnSpec<AnyRegisterColumn>[] = [
  { key: "organization", synonyms: REGISTER_ORGANIZATION_HEADERS },
  { key: "name", synonyms: [/^(ho va ten|ho ten|ho va ten dang vien|ho ten dang vien|ten dang vien|ho va ten khai sinh)$/], required: true },
  { key: "recognized", synonyms: [/\b(cong nhan (dang vien )?chinh thuc|chuyen (dang )?chinh thuc)\b/] },
  { key: "admitted", synonyms: [/^(ngay|ngay thang nam) (ket nap|vao dang)( dang)?$/, /^ket nap ngay$/], required: true },
  { key: "birth", synonyms: [/^(ngay )?(thang )?(nam )?sinh$/, /^sinh ngay$/, /^ngay sinh\b/] },
  { key: "sex", synonyms: [/^(gioi tinh|gioi|nam nu|nam hay nu|nam hoac nu)$/] },
  { key: "ethnicity", synonyms: [/^dan toc$/] },
  { key: "religion", synonyms: [/^ton giao$/] },
  { key: "youthUnion", synonyms: [/^(la )?(doan vien|dvtn)( thanh nien| tncs( ho chi minh)?)?( co khong)?$/] },
  { key: "businessOwner", synonyms: [/\b(chu dn|chu doanh nghiep|chu dntn)\b/] },
  { key: "readmitted", synonyms: [/^ket nap lai\b/] },
  { key: "familyPlanning", synonyms: [/\b(khhgd|ke hoach hoa gia dinh|dan so)\b/] },
  { key: "foreignMarriage", synonyms: [/\bnuoc ngoai\b/] },
  { key: "occupation", synonyms: [/^nghe nghiep\b/] },
  { key: "education", synonyms: [/\b(gdpt|giao duc pho thong|van hoa|hoc van)\b/] },
  { key: "qualification", synonyms: [/\b(chuyen mon|cmnv)\b/] },
  { key: "academicTitle", synonyms: [/\b(hoc ham|chuc danh khoa hoc)\b/] },
  { key: "chiBo", synonyms: [/^(ten )?chi bo( sinh hoat)?$/, /^sinh hoat (tai )?chi bo$/] },
  { key: "note", synonyms: [/^ghi chu$/] },
];
