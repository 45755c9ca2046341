/** Workbooks a board would really have open, put into the fake Excel. */
import type { CellScalar, FakeExcel, FormatRecord } from "./fake-excel";

/** The seed's appendix table (PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025), as typed by a user. */
export const SEED_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["Đảng bộ Công an huyện", "03"],
  ["Đảng bộ thị trấn Thạnh Mỹ", "10"],
  ["Đảng bộ thị trấn D’Ran", "09"],
  ["Đảng bộ xã Đạ Ròn", "06"],
  ["Đảng bộ xã Ka Đô", "09"],
  ["Đảng bộ xã Ka Đơn", "07"],
  ["Đảng bộ xã Lạc Lâm", "06"],
  ["Đảng bộ xã Lạc Xuân", "09"],
  ["Đảng bộ xã Quảng Lập", "09"],
  ["Đảng bộ xã Tu Tra", "09"],
  ["Chi bộ Trường THPT Đơn Dương", "03 (01 HS)"],
  ["Chi bộ Trường THPT Hùng Vương", "03 (01 HS)"],
  ["Chi bộ Trường THPT Lê Lợi", "03 (01 HS)"],
  ["Chi bộ Trường THPT Pró", "03 (01 HS)"],
  ["Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", "02"],
];

const userFill = (color: string): FormatRecord => ({ "fill.color": color, "font.name": "Times New Roman", "font.bold": true });

/**
 * The allocation sheet with the user's own formatting, a user conditional
 * format, a merged title, and two mistakes: a quota stored as text and a THPT
 * school without its student quota.
 */
export function addAllocationSheet(excel: FakeExcel, name = "Phân bổ"): void {
  const rows: Array<Array<CellScalar | null | { value: CellScalar; numberFormat?: string; format?: FormatRecord; formula?: string }>> = [
    [{ value: "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025", format: userFill("#FFFF00") }, null, null],
    [],
    [{ value: "STT", format: userFill("#D9E1F2") }, { value: "TCCSĐ", format: userFill("#D9E1F2") }, { value: "CHỈ TIÊU", format: userFill("#D9E1F2") }],
  ];
  SEED_ROWS.forEach(([org, quota], i) => {
    // Row 13 (THPT Hùng Vương) lost its student quota; the rest are typed the usual ways.
    const q: CellScalar | { value: CellScalar; numberFormat: string } =
      i === 11 ? 3 : /HS/.test(quota) ? quota : i === 2 ? { value: "09", numberFormat: "@" } : { value: Number(quota), numberFormat: "00" };
    rows.push([{ value: i + 1, numberFormat: "00" }, org, q]);
  });
  // What Excel's SUM really shows here: it skips the text "09" and the three "03 (01 HS)" cells still text.
  rows.push([null, "Tổng cộng", { value: 73, formula: "SUM(C4:C18)" }]);
  const sheet = excel.addSheet(name, rows);
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
  sheet.conditionalFormats.push({ id: "{user-cf-1}", type: "CellValue", rect: { top: 3, left: 2, bottom: 17, right: 2 }, props: { "format.font.color": "#9C0006", "rule.formula1": "5" } });
  sheet.columnWidths.set(1, 240);
}

export const LOG_HEADER = ["TCCSĐ", "Tháng", "Kết nạp", "HS", "Nữ", "Lũy kế"];

/** A month's report as a log table on its own sheet, the way organisations send them back. */
export function addReportSheet(excel: FakeExcel, name: string, org: string, months: ReadonlyArray<readonly [number, number]>): void {
  excel.addSheet(name, [["NHẬT KÝ BÁO CÁO"], [], LOG_HEADER, ...months.map(([month, admitted]) => [org, `${month}/2025`, admitted, 0, 0, null])]);
}
