/** Findings of the register of new members (issue #14). Codes are a contract: see the README. */
import type { FindingCatalogue, NoArgs } from "../findings";

type DateInvalidArgs = { readonly field: string; readonly fieldEn: string; readonly value: string };
type Under18Args = { readonly name: string; readonly age: number; readonly birth: string; readonly admitted: string };
type DuplicateArgs = { readonly name: string; readonly birth: string; readonly first: string };
type OtherYearArgs = { readonly name: string; readonly admitted: string; readonly year: number };
type ValueUnknownArgs = { readonly column: string; readonly columnEn: string; readonly value: string };
type MismatchArgs = {
  readonly organization: string;
  readonly month: string;
  readonly figure: string;
  readonly figureEn: string;
  readonly register: number;
  readonly reported: number;
};

type Args = {
  MEMBER_DATE_INVALID: DateInvalidArgs;
  MEMBER_UNDER_18: Under18Args;
  MEMBER_DUPLICATE: DuplicateArgs;
  MEMBER_OTHER_YEAR: OtherYearArgs;
  MEMBER_VALUE_UNKNOWN: ValueUnknownArgs;
  MEMBER_NAME_MISSING: NoArgs;
  MEMBER_ORGANIZATION_MISSING: NoArgs;
  REGISTER_COUNT_MISMATCH: MismatchArgs;
};

export type RegisterCode = keyof Args;

export const REGISTER_MESSAGES: FindingCatalogue<RegisterCode, Args> = {
  MEMBER_DATE_INVALID: {
    severity: "error",
    vi: (a) => `${a.field} "${a.value}" không đọc được (nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/06/2025): dòng này không được tính.`,
    en: (a) => `${a.fieldEn} "${a.value}" cannot be read (enter the date day first, e.g. 05/06/2025): the row is not counted.`,
  },
  MEMBER_UNDER_18: {
    severity: "error",
    vi: (a) => `${a.name} sinh ngày ${a.birth}, kết nạp ngày ${a.admitted} khi mới ${a.age} tuổi (phải đủ 18 tuổi): không được tính.`,
    en: (a) => `${a.name}, born ${a.birth}, admitted ${a.admitted} at ${a.age} (must be 18 or over): not counted.`,
  },
  MEMBER_DUPLICATE: {
    severity: "warning",
    vi: (a) => `${a.name} (sinh ngày ${a.birth}) có hai lần trong danh sách (lần đầu: ${a.first}): chỉ tính một lần.`,
    en: (a) => `${a.name} (born ${a.birth}) is listed twice (first at ${a.first}): counted once.`,
  },
  MEMBER_OTHER_YEAR: {
    severity: "info",
    vi: (a) => `${a.name} kết nạp ngày ${a.admitted}, không thuộc năm ${a.year}: không tính vào biểu năm ${a.year}.`,
    en: (a) => `${a.name} was admitted on ${a.admitted}, outside ${a.year}: not counted in the ${a.year} form.`,
  },
  MEMBER_VALUE_UNKNOWN: {
    severity: "warning",
    vi: (a) => `Cột "${a.column}": không nhận ra giá trị "${a.value}"; chọn một mục trong danh sách. Người này không được tính ở chỉ tiêu đó.`,
    en: (a) => `Column "${a.columnEn}": "${a.value}" is not recognised; pick an item of the list. The person is not counted under that heading.`,
  },
  MEMBER_NAME_MISSING: {
    severity: "warning",
    vi: () => "Dòng có số liệu nhưng thiếu họ và tên (vẫn được tính).",
    en: () => "A row with data but no name (still counted).",
  },
  MEMBER_ORGANIZATION_MISSING: {
    severity: "warning",
    vi: () => "Dòng không ghi tổ chức cơ sở đảng (vẫn được tính vào tổng, không đối chiếu được với báo cáo tháng).",
    en: () => "A row without its grassroots organisation (counted in the totals, not cross-checked against monthly reports).",
  },
  REGISTER_COUNT_MISMATCH: {
    severity: "warning",
    vi: (a) => `${a.organization}, ${a.month}: danh sách kết nạp có ${a.register} (${a.figure}), báo cáo tháng ghi ${a.reported}.`,
    en: (a) => `${a.organization}, ${a.month}: the register lists ${a.register} (${a.figureEn}), the monthly report says ${a.reported}.`,
  },
};
