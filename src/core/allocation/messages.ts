/**
 * What each allocation finding says. Codes are a public contract (CLI `--json`,
 * scripts): add new ones, never rename.
 */
import type { FindingArgs, FindingCatalogue } from "../findings";

export type AllocationCode =
  | "TABLE_NOT_FOUND"
  | "SHEET_NOT_FOUND"
  | "NAME_MISSING"
  | "QUOTA_MISSING"
  | "QUOTA_INVALID"
  | "STUDENT_QUOTA_EXCEEDS_TOTAL"
  | "HS_QUOTA_MISSING"
  | "HS_QUOTA_NOT_ALLOWED"
  | "DUPLICATE_ORGANIZATION"
  | "STT_SEQUENCE"
  | "QUOTA_ZERO"
  | "QUOTA_STORED_AS_TEXT"
  | "TOTAL_ROW_MISMATCH"
  | "TOTAL_BELOW_TARGET"
  | "LEGACY_ENCODING";

const s = (args: FindingArgs, key: string): string => String(args[key] ?? "");
const n = (args: FindingArgs, key: string): number => Number(args[key] ?? 0);

const INVALID_REASON_VI: Readonly<Record<string, string>> = {
  notANumber: "không phải là số",
  negative: "số âm",
  fraction: "số lẻ, không phải số nguyên",
  errorValue: "ô báo lỗi công thức",
  tooLarge: "số quá lớn, có thể nhập nhầm",
};
const INVALID_REASON_EN: Readonly<Record<string, string>> = {
  notANumber: "not a number",
  negative: "a negative number",
  fraction: "not a whole number",
  errorValue: "a formula error",
  tooLarge: "implausibly large, probably a typo",
};

const ENCODING_NAME: Readonly<Record<string, string>> = { tcvn3: "TCVN3 (ABC, phông .VnTime)", vni: "VNI (phông VNI-Times)", viscii: "VISCII" };

function sheetsVi(a: FindingArgs): string {
  const count = n(a, "count");
  if (count === 0) return "trong tệp (tệp không có trang tính nào)";
  return count === 1 ? `trong trang tính ${s(a, "sheets")}` : `trong các trang tính ${s(a, "sheets")}`;
}

function sheetsEn(a: FindingArgs): string {
  const count = n(a, "count");
  if (count === 0) return "(the file has no sheets)";
  return count === 1 ? `on sheet ${s(a, "sheets")}` : `on sheets ${s(a, "sheets")}`;
}

function sttProblemVi(a: FindingArgs): string {
  switch (s(a, "problem")) {
    case "missing":
      return `Dòng ${s(a, "row")} ("${s(a, "name")}") chưa có số thứ tự; số tiếp theo phải là ${s(a, "expected")}.`;
    case "notNumber":
      return `Số thứ tự "${s(a, "stt")}" ở dòng ${s(a, "row")} ("${s(a, "name")}") không phải là số; số tiếp theo phải là ${s(a, "expected")}.`;
    case "repeat":
      return `Số thứ tự ${s(a, "stt")} ở dòng ${s(a, "row")} ("${s(a, "name")}") bị lặp lại; số tiếp theo phải là ${s(a, "expected")}. Kiểm tra xem có dòng nào bị chép trùng không.`;
    default:
      return `Số thứ tự ${s(a, "stt")} ở dòng ${s(a, "row")} ("${s(a, "name")}") không liền mạch: đáng lẽ là ${s(a, "expected")}. Kiểm tra xem có tổ chức nào bị sót hoặc bị xóa không.`;
  }
}

function sttProblemEn(a: FindingArgs): string {
  switch (s(a, "problem")) {
    case "missing":
      return `Row ${s(a, "row")} ("${s(a, "name")}") has no sequence number; the next one should be ${s(a, "expected")}.`;
    case "notNumber":
      return `Sequence number "${s(a, "stt")}" on row ${s(a, "row")} ("${s(a, "name")}") is not a number; the next one should be ${s(a, "expected")}.`;
    case "repeat":
      return `Sequence number ${s(a, "stt")} on row ${s(a, "row")} ("${s(a, "name")}") is repeated; the next one should be ${s(a, "expected")}. Check for a row copied twice.`;
    default:
      return `Sequence number ${s(a, "stt")} on row ${s(a, "row")} ("${s(a, "name")}") breaks the sequence: expected ${s(a, "expected")}. Check whether an organisation was left out or deleted.`;
  }
}

export const ALLOCATION_MESSAGES: FindingCatalogue<AllocationCode> = {
  TABLE_NOT_FOUND: {
    severity: "error",
    vi: (a) =>
      `Không tìm thấy bảng phân bổ chỉ tiêu ${sheetsVi(a)}. Bảng cần một dòng tiêu đề có cột tên tổ chức ("TCCSĐ", "Tổ chức cơ sở đảng" hoặc "Đơn vị") và cột "CHỈ TIÊU"; hãy kiểm tra tên các cột hoặc chọn đúng trang tính.`,
    en: (a) =>
      `No allocation table found ${sheetsEn(a)}. The table needs a header row with an organisation column ("TCCSĐ", "Tổ chức cơ sở đảng" or "Đơn vị") and a "CHỈ TIÊU" column; check the column titles or pick the right sheet.`,
  },
  SHEET_NOT_FOUND: {
    severity: "error",
    vi: (a) => `Không có trang tính "${s(a, "sheet")}" trong tệp. Các trang tính hiện có: ${s(a, "available")}.`,
    en: (a) => `There is no sheet named "${s(a, "sheet")}" in the file. Sheets present: ${s(a, "available")}.`,
  },
  NAME_MISSING: {
    severity: "error",
    vi: (a) => `Dòng ${s(a, "row")} có số liệu nhưng thiếu tên tổ chức cơ sở đảng (ô ${s(a, "cell")}). Hãy nhập tên tổ chức hoặc xóa dòng này.`,
    en: (a) => `Row ${s(a, "row")} has figures but no organisation name (cell ${s(a, "cell")}). Enter the organisation's name or delete the row.`,
  },
  QUOTA_MISSING: {
    severity: "error",
    vi: (a) => `"${s(a, "name")}" chưa có chỉ tiêu (ô ${s(a, "cell")} để trống). Hãy nhập số đảng viên cần kết nạp, ví dụ 03, hoặc 0 nếu không giao chỉ tiêu.`,
    en: (a) => `"${s(a, "name")}" has no quota (cell ${s(a, "cell")} is blank). Enter the number of members to admit, e.g. 03, or 0 if none is assigned.`,
  },
  QUOTA_INVALID: {
    severity: "error",
    vi: (a) =>
      `Chỉ tiêu của "${s(a, "name")}" (ô ${s(a, "cell")}) không đọc được: "${s(a, "value")}" là ${INVALID_REASON_VI[s(a, "reason")] ?? "giá trị không hợp lệ"}. Hãy nhập một số nguyên không âm, ví dụ 03, hoặc dạng 03 (01 HS) cho trường THPT.`,
    en: (a) =>
      `The quota of "${s(a, "name")}" (cell ${s(a, "cell")}) cannot be read: "${s(a, "value")}" is ${INVALID_REASON_EN[s(a, "reason")] ?? "not a valid value"}. Enter a whole number of 0 or more, e.g. 03, or 03 (01 HS) for an upper-secondary school.`,
  },
  STUDENT_QUOTA_EXCEEDS_TOTAL: {
    severity: "error",
    vi: (a) =>
      `"${s(a, "name")}": chỉ tiêu học sinh (${s(a, "studentQuota")}) lớn hơn tổng chỉ tiêu (${s(a, "quota")}). Số học sinh nằm trong tổng: 03 (01 HS) nghĩa là 3 đảng viên, trong đó 1 là học sinh. Hãy sửa ô ${s(a, "cell")}.`,
    en: (a) =>
      `"${s(a, "name")}": the student quota (${s(a, "studentQuota")}) exceeds the total quota (${s(a, "quota")}). Students are part of the total: 03 (01 HS) means 3 members, 1 of them a student. Fix cell ${s(a, "cell")}.`,
  },
  HS_QUOTA_MISSING: {
    severity: "error",
    vi: (a) =>
      `"${s(a, "name")}" là chi bộ trường THPT nhưng chưa có chỉ tiêu đảng viên là học sinh. Hãy ghi ô ${s(a, "cell")} theo dạng 03 (01 HS): tổng chỉ tiêu, trong ngoặc là số học sinh.`,
    en: (a) =>
      `"${s(a, "name")}" is an upper-secondary (THPT) school but has no student quota. Write cell ${s(a, "cell")} as 03 (01 HS): the total, with the number of students in brackets.`,
  },
  HS_QUOTA_NOT_ALLOWED: {
    severity: "error",
    vi: (a) =>
      `"${s(a, "name")}" không phải chi bộ trường THPT nhưng được giao ${s(a, "studentQuota")} học sinh (ô ${s(a, "cell")}). Chỉ tiêu học sinh chỉ dành cho trường THPT; học sinh THCS chưa đủ 18 tuổi nên không thể kết nạp. Hãy bỏ phần "(… HS)", hoặc ghi rõ "THPT" trong tên nếu đây là trường THPT.`,
    en: (a) =>
      `"${s(a, "name")}" is not an upper-secondary (THPT) school but has a student quota of ${s(a, "studentQuota")} (cell ${s(a, "cell")}). Student quotas belong to THPT schools only; lower-secondary pupils are under 18 and cannot be admitted. Remove the "(… HS)" part, or write "THPT" in the name if it is one.`,
  },
  DUPLICATE_ORGANIZATION: {
    severity: "error",
    vi: (a) =>
      `"${s(a, "name")}" xuất hiện hai lần: dòng ${s(a, "firstRow")} và dòng ${s(a, "row")}. Chỉ tiêu sẽ bị tính hai lần; hãy gộp thành một dòng hoặc xóa dòng thừa.`,
    en: (a) =>
      `"${s(a, "name")}" appears twice: rows ${s(a, "firstRow")} and ${s(a, "row")}. Its quota would be counted twice; merge the rows or delete the extra one.`,
  },
  STT_SEQUENCE: { severity: "warning", vi: sttProblemVi, en: sttProblemEn },
  QUOTA_ZERO: {
    severity: "warning",
    vi: (a) => `"${s(a, "name")}" có chỉ tiêu bằng 0 (ô ${s(a, "cell")}). Nếu tổ chức này có nguồn kết nạp, hãy giao chỉ tiêu; nếu đúng là 0 thì bỏ qua cảnh báo này.`,
    en: (a) => `"${s(a, "name")}" has a quota of 0 (cell ${s(a, "cell")}). If the organisation has candidates, assign a quota; if 0 is intended, ignore this warning.`,
  },
  QUOTA_STORED_AS_TEXT: {
    severity: "info",
    vi: (a) =>
      `Chỉ tiêu của "${s(a, "name")}" (ô ${s(a, "cell")}, "${s(a, "value")}") được lưu dạng văn bản: PTĐV vẫn đọc đúng, nhưng hàm SUM của Excel bỏ qua ô này nên tổng tính bằng SUM sẽ thiếu. Muốn SUM cộng đúng, hãy đổi ô sang dạng số với định dạng 00 (vẫn hiển thị ${s(a, "value")}).`,
    en: (a) =>
      `The quota of "${s(a, "name")}" (cell ${s(a, "cell")}, "${s(a, "value")}") is stored as text: PTĐV reads it, but Excel's SUM skips it, so a SUM total comes out short. For SUM to count it, make it a number with format 00 (it still shows ${s(a, "value")}).`,
  },
  TOTAL_ROW_MISMATCH: {
    severity: "error",
    vi: (a) =>
      `Dòng tổng của bảng (ô ${s(a, "cell")}) ghi ${s(a, "written")}, nhưng cộng chỉ tiêu các tổ chức được ${s(a, "computed")}.` +
      (n(a, "textCells") > 0
        ? ` Có ${s(a, "textCells")} ô chỉ tiêu lưu dạng văn bản (như "03" hay "03 (01 HS)") mà hàm SUM bỏ qua; hãy sửa dòng tổng thành ${s(a, "computed")} hoặc đổi các ô đó sang dạng số.`
        : ` Hãy kiểm tra công thức hoặc số ghi ở dòng tổng.`),
    en: (a) =>
      `The table's total row (cell ${s(a, "cell")}) says ${s(a, "written")}, but the organisations' quotas add up to ${s(a, "computed")}.` +
      (n(a, "textCells") > 0
        ? ` ${s(a, "textCells")} quota cells are stored as text (like "03" or "03 (01 HS)") and Excel's SUM skips them; write ${s(a, "computed")} in the total row or make those cells numbers.`
        : ` Check the total row's formula or figure.`),
  },
  TOTAL_BELOW_TARGET: {
    severity: "error",
    vi: (a) =>
      `Tổng chỉ tiêu đã phân bổ là ${s(a, "total")}, thấp hơn mục tiêu kết nạp từ ${s(a, "target")} đảng viên trở lên (còn thiếu ${s(a, "missing")}). Hãy tăng chỉ tiêu cho một số tổ chức để tổng đạt ít nhất ${s(a, "target")}.`,
    en: (a) =>
      `The allocated quotas total ${s(a, "total")}, below the target of at least ${s(a, "target")} new members (${s(a, "missing")} short). Raise some organisations' quotas so the total reaches at least ${s(a, "target")}.`,
  },
  LEGACY_ENCODING: {
    severity: "warning",
    vi: (a) =>
      `Bảng gõ bằng bảng mã cũ ${ENCODING_NAME[s(a, "encoding")] ?? s(a, "encoding")}; PTĐV đã tự chuyển ${s(a, "count")} ô sang Unicode để kiểm tra. Nên chuyển cả tệp sang Unicode (ví dụ bằng công cụ chuyển mã của UniKey) để tên tổ chức khớp khi tổng hợp báo cáo.`,
    en: (a) =>
      `The table is typed in the legacy ${ENCODING_NAME[s(a, "encoding")] ?? s(a, "encoding")} encoding; PTĐV converted ${s(a, "count")} cells to Unicode for this check. Convert the whole file to Unicode (e.g. with UniKey's converter) so names match when reports are consolidated.`,
  },
};
