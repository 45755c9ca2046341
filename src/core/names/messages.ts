/**
 * What each alias finding says. Codes are a public contract (CLI `--json`,
 * scripts): add new ones, never rename. A bad row is skipped, never fatal:
 * the names it would have matched show up as unmatched with suggestions.
 */
import type { FindingArgs, FindingCatalogue } from "../findings";

export type AliasCode =
  | "ALIAS_HEADER_NOT_FOUND"
  | "ALIAS_INCOMPLETE"
  | "ALIAS_UNKNOWN_TARGET"
  | "ALIAS_AMBIGUOUS_TARGET"
  | "ALIAS_CIRCULAR"
  | "ALIAS_CONFLICT"
  | "ALIAS_DUPLICATE";

const s = (args: FindingArgs, key: string): string => String(args[key] ?? "");
const suggestVi = (args: FindingArgs): string => (s(args, "suggestions") === "" ? "" : ` Có phải là: ${s(args, "suggestions")}?`);
const suggestEn = (args: FindingArgs): string => (s(args, "suggestions") === "" ? "" : ` Did you mean: ${s(args, "suggestions")}?`);

export const ALIAS_MESSAGES: FindingCatalogue<AliasCode> = {
  ALIAS_HEADER_NOT_FOUND: {
    severity: "warning",
    vi: () => 'Trang tính bí danh chưa có dòng tiêu đề "Viết là" | "Tổ chức cơ sở đảng" nên không đọc được bí danh nào. Hãy thêm dòng tiêu đề đó phía trên hai cột.',
    en: () => 'The aliases sheet has no header row "Viết là" | "Tổ chức cơ sở đảng" (written as | organisation); no alias was read. Add that header above the two columns.',
  },
  ALIAS_INCOMPLETE: {
    severity: "warning",
    vi: (a) => `Dòng bí danh ${s(a, "row")} mới ghi một cột ("${s(a, "text")}"); cần ghi cả tên như đã viết và tên tổ chức cơ sở đảng. Dòng này bị bỏ qua.`,
    en: (a) => `Alias row ${s(a, "row")} has only one column filled ("${s(a, "text")}"); both the written name and the organisation are needed. The row is ignored.`,
  },
  ALIAS_UNKNOWN_TARGET: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${s(a, "written")}" ứng với "${s(a, "target")}", nhưng tên này không có trong bảng phân bổ chỉ tiêu. Hãy sửa cột "Tổ chức cơ sở đảng" theo đúng tên trong bảng; bí danh này bị bỏ qua.${suggestVi(a)}`,
    en: (a) =>
      `Alias "${s(a, "written")}" points to "${s(a, "target")}", which is not in the allocation table. Correct the organisation column to a name in the table; this alias is ignored.${suggestEn(a)}`,
  },
  ALIAS_AMBIGUOUS_TARGET: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${s(a, "written")}" ứng với "${s(a, "target")}", nhưng tên này khớp với nhiều tổ chức: ${s(a, "candidates")}. Hãy ghi đầy đủ tên tổ chức; bí danh này bị bỏ qua.`,
    en: (a) =>
      `Alias "${s(a, "written")}" points to "${s(a, "target")}", which fits several organisations: ${s(a, "candidates")}. Write the organisation's full name; this alias is ignored.`,
  },
  ALIAS_CIRCULAR: {
    severity: "warning",
    vi: (a) => `Bí danh "${s(a, "written")}" → "${s(a, "target")}" tạo thành vòng lặp giữa các bí danh, không dẫn tới tổ chức nào. Hãy ghi ở cột "Tổ chức cơ sở đảng" đúng tên một tổ chức trong bảng phân bổ.`,
    en: (a) => `Alias "${s(a, "written")}" → "${s(a, "target")}" forms a loop between aliases and never reaches an organisation. Make the organisation column name an organisation of the allocation table.`,
  },
  ALIAS_CONFLICT: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${s(a, "written")}" → "${s(a, "target")}" bị mâu thuẫn: "${s(a, "written")}" đã ${s(a, "reason") === "organization" ? "là tên của" : "được gán cho"} "${s(a, "other")}". Hãy xóa một trong hai dòng; dòng này bị bỏ qua.`,
    en: (a) =>
      `Alias "${s(a, "written")}" → "${s(a, "target")}" conflicts: "${s(a, "written")}" ${s(a, "reason") === "organization" ? "is already the name of" : "is already assigned to"} "${s(a, "other")}". Delete one of the two rows; this one is ignored.`,
  },
  ALIAS_DUPLICATE: {
    severity: "info",
    vi: (a) => `Bí danh "${s(a, "written")}" → "${s(a, "target")}" trùng với dòng ${s(a, "firstRow")}; có thể xóa dòng này.`,
    en: (a) => `Alias "${s(a, "written")}" → "${s(a, "target")}" repeats row ${s(a, "firstRow")}; this row can be deleted.`,
  },
};
