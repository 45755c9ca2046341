/** Header words of chi bộ tables, as the template writes them and as staff type them. */
import type { ColumnSpec, HeaderPattern } from "../allocation/header-match";
import type { BranchColumnKey } from "./read-rows";

const ORGANIZATION_HEADERS: readonly HeaderPattern[] = [
  "Tổ chức cơ sở đảng",
  "Tên tổ chức cơ sở đảng",
  "TCCSĐ",
  "Tên TCCSĐ",
  "TCCS Đảng",
  "Đảng bộ",
  "Tên đảng bộ",
  "Đảng bộ cơ sở",
  "Đảng bộ xã",
  "Đảng bộ trực thuộc",
  "Tổ chức đảng",
];

const BRANCH_HEADERS: readonly HeaderPattern[] = ["Tên chi bộ", "Chi bộ", "Chi bộ trực thuộc", "Tên chi bộ trực thuộc", "Tên chi bộ (trực thuộc)"];
const KIND_HEADERS: readonly HeaderPattern[] = ["Loại", "Loại chi bộ", "Loại hình", "Loại hình chi bộ", "Phân loại"];
const ADMITTED_HEADERS: readonly HeaderPattern[] = [
  /^(so )?(dang vien )?(ket nap|kn)( dang vien)?( moi)? (trong nam|nam nay|nam \d{4})$/,
  /^(so )?(dang vien )?(ket nap|kn)( dang vien)?( moi)?$/,
];
const LAST_YEAR_HEADERS: readonly HeaderPattern[] = [/^nam (ket nap|kn)( dang vien)?( moi)? (gan nhat|cuoi cung|lan cuoi|gan day nhat)/, /^(lan )?(ket nap|kn) gan nhat( nam)?$/];
const MEMBERS_HEADERS: readonly HeaderPattern[] = [/^(tong )?so (dang vien|dv)( hien co| hien nay| den nay| tai thoi diem bao cao)?$/, /^tong so (dang vien|dv)/, "Đảng viên", "Số ĐV của chi bộ"];
const SOURCES_HEADERS: readonly HeaderPattern[] = [/^(con )?nguon( phat trien dang| phat trien dang vien| ket nap)?$/, "Còn nguồn phát triển đảng"];
const NOTE_HEADERS: readonly HeaderPattern[] = ["Ghi chú"];

const BRANCH_SPECS: ReadonlyArray<ColumnSpec<BranchColumnKey>> = [
  { key: "lastYear", synonyms: LAST_YEAR_HEADERS },
  { key: "admitted", synonyms: ADMITTED_HEADERS },
  { key: "branch", synonyms: BRANCH_HEADERS, required: true },
  { key: "kind", synonyms: KIND_HEADERS },
  { key: "members", synonyms: MEMBERS_HEADERS, required: true },
  { key: "sources", synonyms: SOURCES_HEADERS },
  { key: "note", synonyms: NOTE_HEADERS },
];
const WITH_ORGANIZATION: ReadonlyArray<ColumnSpec<BranchColumnKey>> = [{ key: "organization", synonyms: ORGANIZATION_HEADERS, required: true }, ...BRANCH_SPECS];

/**
 * Order matters: a cell goes to the first spec it matches, so the specific come before the general.
 * The same two lists every time, so that header matching's per-list memo is reused across sheets.
 */
export function branchColumnSpecs(withOrganization: boolean): ReadonlyArray<ColumnSpec<BranchColumnKey>> {
  return withOrganization ? WITH_ORGANIZATION : BRANCH_SPECS;
}
