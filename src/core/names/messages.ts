/**
 * What each alias finding says. Codes are a public contract (CLI `--json`,
 * scripts): add new ones, never rename. A bad row is skipped, never fatal:
 * the names it would have matched show up as unmatched with suggestions.
 */
import type { FindingCatalogue, NoArgs } from "../findings";

export type AliasCode =
  | "ALIAS_HEADER_NOT_FOUND"
  | "ALIAS_INCOMPLETE"
  | "ALIAS_UNKNOWN_TARGET"
  | "ALIAS_AMBIGUOUS_TARGET"
  | "ALIAS_CIRCULAR"
  | "ALIAS_CONFLICT"
  | "ALIAS_DUPLICATE";

/** The row as written: what the user typed in each column. */
type AliasRow = { readonly written: string; readonly target: string };

export type AliasIncompleteArgs = { readonly row: number; readonly text: string };
/** `suggestions`: allocation names joined by "; ", or "" when none is close. */
export type AliasUnknownTargetArgs = AliasRow & { readonly suggestions: string };
export type AliasAmbiguousTargetArgs = AliasRow & { readonly candidates: string };
/** `reason`: the written name is already an organisation's own name, or already another alias. */
export type AliasConflictArgs = AliasRow & { readonly reason: "organization" | "alias"; readonly other: string };
/** `firstRow`: the 1-based sheet row this one repeats. */
export type AliasDuplicateArgs = AliasRow & { readonly firstRow: number };

export type AliasArgs = {
  readonly ALIAS_HEADER_NOT_FOUND: NoArgs;
  readonly ALIAS_INCOMPLETE: AliasIncompleteArgs;
  readonly ALIAS_UNKNOWN_TARGET: AliasUnknownTargetArgs;
  readonly ALIAS_AMBIGUOUS_TARGET: AliasAmbiguousTargetArgs;
  readonly ALIAS_CIRCULAR: AliasRow;
  readonly ALIAS_CONFLICT: AliasConflictArgs;
  readonly ALIAS_DUPLICATE: AliasDuplicateArgs;
};

const suggestVi = (a: AliasUnknownTargetArgs): string => (a.suggestions === "" ? "" : ` Có phải là: ${a.suggestions}?`);
const suggestEn = (a: AliasUnknownTargetArgs): string => (a.suggestions === "" ? "" : ` Did you mean: ${a.suggestions}?`);

export const ALIAS_MESSAGES: FindingCatalogue<AliasCode, AliasArgs> = {
  ALIAS_HEADER_NOT_FOUND: {
    severity: "warning",
    vi: () => 'Trang tính bí danh chưa có dòng tiêu đề "Viết là" | "Tổ chức cơ sở đảng" nên không đọc được bí danh nào. Hãy thêm dòng tiêu đề đó phía trên hai cột.',
    en: () => 'The aliases sheet has no header row "Viết là" | "Tổ chức cơ sở đảng" (written as | organisation); no alias was read. Add that header above the two columns.',
  },
  ALIAS_INCOMPLETE: {
    severity: "warning",
    vi: (a) => `Dòng bí danh ${a.row} mới ghi một cột ("${a.text}"); cần ghi cả tên như đã viết và tên tổ chức cơ sở đảng. Dòng này bị bỏ qua.`,
    en: (a) => `Alias row ${a.row} has only one column filled ("${a.text}"); both the written name and the organisation are needed. The row is ignored.`,
  },
  ALIAS_UNKNOWN_TARGET: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${a.written}" ứng với "${a.target}", nhưng tên này không có trong bảng phân bổ chỉ tiêu. Hãy sửa cột "Tổ chức cơ sở đảng" theo đúng tên trong bảng; bí danh này bị bỏ qua.${suggestVi(a)}`,
    en: (a) =>
      `Alias "${a.written}" points to "${a.target}", which is not in the allocation table. Correct the organisation column to a name in the table; this alias is ignored.${suggestEn(a)}`,
  },
  ALIAS_AMBIGUOUS_TARGET: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${a.written}" ứng với "${a.target}", nhưng tên này khớp với nhiều tổ chức: ${a.candidates}. Hãy ghi đầy đủ tên tổ chức; bí danh này bị bỏ qua.`,
    en: (a) =>
      `Alias "${a.written}" points to "${a.target}", which fits several organisations: ${a.candidates}. Write the organisation's full name; this alias is ignored.`,
  },
  ALIAS_CIRCULAR: {
    severity: "warning",
    vi: (a) => `Bí danh "${a.written}" → "${a.target}" tạo thành vòng lặp giữa các bí danh, không dẫn tới tổ chức nào. Hãy ghi ở cột "Tổ chức cơ sở đảng" đúng tên một tổ chức trong bảng phân bổ.`,
    en: (a) => `Alias "${a.written}" → "${a.target}" forms a loop between aliases and never reaches an organisation. Make the organisation column name an organisation of the allocation table.`,
  },
  ALIAS_CONFLICT: {
    severity: "warning",
    vi: (a) =>
      `Bí danh "${a.written}" → "${a.target}" bị mâu thuẫn: "${a.written}" đã ${a.reason === "organization" ? "là tên của" : "được gán cho"} "${a.other}". Hãy xóa một trong hai dòng; dòng này bị bỏ qua.`,
    en: (a) =>
      `Alias "${a.written}" → "${a.target}" conflicts: "${a.written}" ${a.reason === "organization" ? "is already the name of" : "is already assigned to"} "${a.other}". Delete one of the two rows; this one is ignored.`,
  },
  ALIAS_DUPLICATE: {
    severity: "info",
    vi: (a) => `Bí danh "${a.written}" → "${a.target}" trùng với dòng ${a.firstRow}; có thể xóa dòng này.`,
    en: (a) => `Alias "${a.written}" → "${a.target}" repeats row ${a.firstRow}; this row can be deleted.`,
  },
};
