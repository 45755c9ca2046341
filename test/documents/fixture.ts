/** A month of reports against the seed's allocation, and settings naming a commune's Ban Xây dựng Đảng. */
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../../src/core/documents/settings";
import { gridFromValues } from "../../src/core/grid";
import { consolidate } from "../../src/core/reports/consolidate";
import { seedAllocation } from "../reports/helpers";

export const LOG = gridFromValues("Nhật ký", [
  ["TCCSĐ", "Tháng", "Kết nạp", "Nữ", "Dân tộc thiểu số", "Tôn giáo", "Đoàn viên", "Quần chúng học lớp NTVĐ", "Hồ sơ đề nghị"],
  ["Đảng bộ xã Ka Đô", "2/2026", 1, 1, 0, 0, 1, 4, 1],
  ["Đảng bộ xã Ka Đô", "3/2026", 2, 1, 1, 1, 2, 3, 2],
  ["Đảng bộ xã Tu Tra", "3/2026", 0, 0, 0, 0, 0, 5, 1],
  ["Đảng bộ Công an huyện", "1/2026", 3, 0, 0, 0, 3, 0, 0],
  ["Chi bộ ấp Bình Minh", "3/2026", 1, 0, 0, 0, 1, 2, 0],
]);

export const RESULT = consolidate([{ file: "log.xlsx", grids: [LOG] }], { allocation: seedAllocation(), year: 2026, month: 3, target: 88 });

export const SETTINGS: DocumentSettings = {
  ...DEFAULT_DOCUMENT_SETTINGS,
  superiorBody: "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
  issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"],
  symbol: "BC/BXDĐ",
  place: "Ka Đô",
  reportDate: "2026-04-02",
  signatory: { authority: "K/T", onBehalfOf: "TRƯỞNG BAN", title: "PHÓ TRƯỞNG BAN", name: "Nguyễn Văn An" },
  recipients: ["- Ban Tổ chức Tỉnh ủy (b/c);", "- Thường trực Đảng ủy xã (b/c);", "- Lưu."],
};

/** Today as a report would print it, in either form: it must never appear. */
export function todayForms(): string[] {
  const d = new Date();
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return [`ngày ${two(d.getDate())} tháng ${d.getMonth() + 1 <= 2 ? two(d.getMonth() + 1) : d.getMonth() + 1} năm ${d.getFullYear()}`, `ngày ${d.getDate()} tháng ${d.getMonth() + 1} năm ${d.getFullYear()}`];
}
