/**
 * Sample data for the "Dùng dữ liệu mẫu" button: the 2025 allocation table of
 * the Đơn Dương plan as typed in the seed document (quotas stored as text, the
 * target in its title), and four months of reports with one misspelt
 * organisation and one missing report: findings, a suggestion and highlighting
 * all show on the first try.
 */
import type { Cell, Grid } from "../core";
import type { OpenedFile } from "./browser-host";

export interface SampleAllocationRow {
  readonly stt: string;
  readonly name: string;
  /** The quota cell as typed: `03`, or `03 (01 HS)` for student quotas. */
  readonly quota: string;
}

const SAMPLE_YEAR = 2025;
export const SAMPLE_MONTH = 4;
export const SAMPLE_ISSUING_BODY: readonly string[] = ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"];
export const SAMPLE_PLACE = "Đơn Dương";
export const SAMPLE_FILE_NAME = "du-lieu-mau-2025.xlsx";
export const SAMPLE_ALLOCATION_SHEET = "Phân bổ 2025";
export const SAMPLE_LOG_SHEET = "Nhật ký báo cáo";

export const SAMPLE_ALLOCATION_2025: readonly SampleAllocationRow[] = [
  { stt: "01", name: "Đảng bộ Công an huyện", quota: "03" },
  { stt: "02", name: "Đảng bộ thị trấn Thạnh Mỹ", quota: "10" },
  { stt: "03", name: "Đảng bộ thị trấn D’Ran", quota: "09" },
  { stt: "04", name: "Đảng bộ xã Đạ Ròn", quota: "06" },
  { stt: "05", name: "Đảng bộ xã Ka Đô", quota: "09" },
  { stt: "06", name: "Đảng bộ xã Ka Đơn", quota: "07" },
  { stt: "07", name: "Đảng bộ xã Lạc Lâm", quota: "06" },
  { stt: "08", name: "Đảng bộ xã Lạc Xuân", quota: "09" },
  { stt: "09", name: "Đảng bộ xã Quảng Lập", quota: "09" },
  { stt: "10", name: "Đảng bộ xã Tu Tra", quota: "09" },
  { stt: "11", name: "Chi bộ Trường THPT Đơn Dương", quota: "03 (01 HS)" },
  { stt: "12", name: "Chi bộ Trường THPT Hùng Vương", quota: "03 (01 HS)" },
  { stt: "13", name: "Chi bộ Trường THPT Lê Lợi", quota: "03 (01 HS)" },
  { stt: "14", name: "Chi bộ Trường THPT Pró", quota: "03 (01 HS)" },
  { stt: "15", name: "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", quota: "02" },
];

/** Admitted per month T1…T4 and, for schools, how many of them were students. */
interface SampleReport {
  readonly name: string;
  readonly admitted: readonly (number | null)[];
  readonly students?: readonly number[];
  readonly women?: readonly number[];
}

// Names as staff type them on the phone: a straight apostrophe, other capitals
// (and in the button's sample, SAMPLE_MISSPELT).
// Xã Tu Tra has not reported April, so the sample shows a missing report.
const SAMPLE_REPORTS: readonly SampleReport[] = [
  { name: "Đảng bộ Công an huyện", admitted: [0, 1, 0, 1], women: [0, 0, 0, 1] },
  { name: "Đảng bộ thị trấn Thạnh Mỹ", admitted: [1, 1, 2, 1], women: [1, 0, 1, 0] },
  { name: "Đảng bộ thị trấn D'Ran", admitted: [0, 2, 1, 1], women: [0, 1, 1, 0] },
  { name: "Đảng bộ xã Đạ Ròn", admitted: [1, 0, 1, 0], women: [1, 0, 0, 0] },
  { name: "Đảng bộ xã Ka Đô", admitted: [0, 1, 1, 2], women: [0, 1, 0, 1] },
  { name: "Đảng bộ xã Ka Đơn", admitted: [1, 0, 0, 1], women: [0, 0, 0, 1] },
  { name: "Đảng bộ xã Lạc Lâm", admitted: [0, 0, 1, 0] },
  { name: "Đảng bộ xã Lạc Xuân", admitted: [2, 1, 1, 1], women: [1, 1, 0, 0] },
  { name: "Đảng bộ xã Quảng Lập", admitted: [1, 1, 0, 1], women: [0, 1, 0, 0] },
  { name: "Đảng bộ xã Tu Tra", admitted: [0, 1, 1, null] },
  { name: "Chi bộ Trường THPT Đơn Dương", admitted: [0, 0, 1, 1], students: [0, 0, 0, 1], women: [0, 0, 1, 1] },
  { name: "Chi bộ trường THPT Hùng Vương", admitted: [0, 1, 0, 0], women: [0, 1, 0, 0] },
  { name: "Chi bộ Trường THPT Lê Lợi", admitted: [0, 0, 0, 1], students: [0, 0, 0, 1] },
  { name: "Chi bộ Trường THPT Pró", admitted: [0, 0, 1, 0] },
  { name: "Chi bộ Trường Phổ thông Dân tộc Nội trú THCS Đơn Dương", admitted: [0, 0, 1, 0], women: [0, 0, 1, 0] },
];

const text = (s: string): Cell => ({ value: s });

/** The sample's one misspelt organisation (Thạnh Mỹ), so "Dùng dữ liệu mẫu" shows a suggestion. */
export const SAMPLE_MISSPELT = { written: "Đảng bộ thị trấn Thạnh Mĩ", target: "Đảng bộ thị trấn Thạnh Mỹ" } as const;

/**
 * `published`: as the plan was published, every quota typed as text (`09`,
 * `03 (01 HS)`), so a newcomer sees the grouped "stored as text" note and its
 * fix. Otherwise a quota typed as `09` in a cell formatted `00` is a number.
 */
function quotaCell(typed: string, published: boolean): Cell {
  if (published) return { value: typed };
  return /^\d+$/.test(typed) ? { value: Number(typed), text: typed, numFmt: "00" } : { value: typed };
}

export function sampleAllocationGrid(options: { readonly published?: boolean } = {}): Grid {
  const published = options.published === true;
  const rows: Array<Array<Cell | undefined>> = [
    [text("ĐẢNG BỘ TỈNH LÂM ĐỒNG"), undefined, text("ĐẢNG CỘNG SẢN VIỆT NAM")],
    [text("HUYỆN ỦY ĐƠN DƯƠNG")],
    [text("*"), undefined, text("Đơn Dương, ngày     tháng 01 năm 2025")],
    [],
    [text("PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025")],
    [text("(Kèm theo Kế hoạch số ..-KH/HU, ngày ../01/2025 của Ban Thường vụ Huyện ủy)")],
    published ? [text("Phấn đấu kết nạp từ 88 đảng viên mới trở lên.")] : [],
    [text("STT"), text("TCCSĐ"), text("CHỈ TIÊU")],
    ...SAMPLE_ALLOCATION_2025.map((r) => [text(r.stt), text(r.name), quotaCell(r.quota, published)]),
  ];
  return {
    name: SAMPLE_ALLOCATION_SHEET,
    rows,
    origin: { row: 0, col: 0 },
    merges: [
      { top: 4, left: 0, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 5, right: 2 },
    ],
  };
}

export function sampleReportLogGrid(options: { readonly misspelt?: boolean } = {}): Grid {
  const header = ["STT", "TCCSĐ", "Tháng", "Năm", "Kết nạp trong tháng", "Trong đó học sinh", "Nữ", "Ghi chú"].map(text);
  const rows: Array<Array<Cell | undefined>> = [[text(`NHẬT KÝ BÁO CÁO KẾT NẠP ĐẢNG VIÊN NĂM ${SAMPLE_YEAR}`)], [], header];
  let stt = 0;
  for (let month = 1; month <= SAMPLE_MONTH; month++) {
    for (const r of SAMPLE_REPORTS) {
      const admitted = r.admitted[month - 1];
      if (admitted === null || admitted === undefined) continue;
      stt += 1;
      rows.push([
        { value: stt },
        text(options.misspelt === true && r.name === SAMPLE_MISSPELT.target ? SAMPLE_MISSPELT.written : r.name),
        { value: month },
        { value: SAMPLE_YEAR },
        { value: admitted },
        { value: r.students?.[month - 1] ?? 0 },
        { value: r.women?.[month - 1] ?? 0 },
        month === SAMPLE_MONTH && r.students?.[month - 1] ? text("Học sinh lớp 12") : undefined,
      ]);
    }
  }
  return { name: SAMPLE_LOG_SHEET, rows, origin: { row: 0, col: 0 }, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }] };
}

export function sampleWorkbook(): OpenedFile {
  return { name: SAMPLE_FILE_NAME, grids: [sampleAllocationGrid({ published: true }), sampleReportLogGrid({ misspelt: true })] };
}
