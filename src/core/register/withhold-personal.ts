/**
 * The progress workbook holds counts, not people, unless the user asks for the
 * list (issue #14's privacy rule). Register findings name a person and a date
 * of birth; in the workbook they keep their code, severity and cell, so the row
 * can still be found, but say what is wrong without saying who.
 */
import type { Finding, LocalizedText } from "../findings";
import type { RegisterCode } from "./messages";

const WITHOUT_NAMES: Partial<Record<RegisterCode, LocalizedText>> = {
  MEMBER_DATE_INVALID: { vi: "một ngày tháng không đọc được", en: "a date that cannot be read" },
  MEMBER_UNDER_18: { vi: "một người chưa đủ 18 tuổi vào ngày kết nạp", en: "a person under 18 on the admission date" },
  MEMBER_DUPLICATE: { vi: "một người được ghi hai lần", en: "a person listed twice" },
  MEMBER_OTHER_YEAR: { vi: "một ngày kết nạp ngoài năm báo cáo", en: "an admission date outside the report year" },
  MEMBER_VALUE_UNKNOWN: { vi: "một giá trị không thuộc danh mục của biểu", en: "a value not in the form's lists" },
};

export function withoutPersonalData(f: Finding): Finding {
  const what = WITHOUT_NAMES[f.code as RegisterCode];
  if (what === undefined) return f;
  return {
    ...f,
    args: {},
    message: {
      vi: `Danh sách kết nạp có ${what.vi} ở ô này. Họ tên và ngày sinh không được ghi vào tệp tổng hợp; xem chi tiết trong PTĐV, hoặc tổng hợp kèm danh sách (--with-register).`,
      en: `The register has ${what.en} at this cell. Names and dates of birth are not written to the progress workbook; see the details in PTĐV, or consolidate with the list (--with-register).`,
    },
  };
}
