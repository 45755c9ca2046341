/** "Kiểm tra T05-2025": every finding of the consolidation, errors first. */
import { formatSource, sortBySeverity, type Lang, type Severity } from "../findings";
import type { CellRange } from "../grid";
import type { SheetSpec } from "../sheet-spec";
import { groupFindings, type CellLister } from "../allocation/group-findings";
import { periodLabel } from "./period";
import { wrappedRowHeight } from "./row-height";
import type { ConsolidationResult } from "./result";
import { PARTY_MARGINS, REPORT_FONT, RowBuilder, cell, range, styles } from "./sheet-style";

const SEVERITY_LABELS: Readonly<Record<Severity, { vi: string; en: string }>> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
};

const CODE_COL = 4;

function findingsSheetName(year: number, month: number): string {
  return `Kiểm tra ${periodLabel(year, month)}`;
}

/**
 * Codes sit in the last column, hidden: scripts and the pane use them, the printed
 * page shows Vietnamese only (and a code never wraps mid-word in a narrow column).
 * `notes` are what the user alone needs to read about the other sheets.
 */
export function findingsSheetSpec(result: ConsolidationResult, lang: Lang, notes: readonly string[] = [], listCells?: CellLister): SheetSpec {
  const width = 5;
  const rows = new RowBuilder(width);
  const merges: CellRange[] = [];
  const count = (s: Severity): number => result.findings.filter((f) => f.severity === s).length;
  const title =
    lang === "vi"
      ? `KẾT QUẢ KIỂM TRA BÁO CÁO ĐẾN HẾT THÁNG ${result.month}/${result.year}`
      : `REPORT CHECK THROUGH ${result.month}/${result.year}`;
  const summary =
    lang === "vi"
      ? `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin`
      : `${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes`;
  const t = rows.push([cell(title, { font: { name: REPORT_FONT, size: 14, bold: true }, horizontal: "center" })]);
  const s = rows.push([cell(summary, { font: { name: REPORT_FONT, size: 12, italic: true }, horizontal: "center" })]);
  merges.push(range(t, 0, t, width - 1), range(s, 0, s, width - 1));
  rows.push();
  const headers = lang === "vi" ? ["STT", "Mức độ", "Nguồn (tệp › trang › ô)", "Nội dung", "Mã"] : ["No.", "Severity", "Source (file › sheet › cell)", "Message", "Code"];
  const headerRow = rows.push(headers.map((h) => cell(h, styles.header)));
  const first = rows.next;
  const sorted = sortBySeverity(result.findings);
  const widths = [5, 11, 36, 90, 34];
  const rowHeights: Record<number, number> = {};
  // One line per finding, except the notes whose fix is the same for every cell (numbers stored as text…): one line with their cells.
  groupFindings(sorted, lang, listCells).forEach((g, i) => {
    const source = formatSource({ ...(g.file === undefined ? {} : { file: g.file }), ...(g.sheet === undefined ? {} : { sheet: g.sheet }), ...(g.cellList === "" ? {} : { cell: g.cellList }) });
    const texts = [SEVERITY_LABELS[g.severity][lang], source, g.message];
    const r = rows.next;
    rowHeights[r] = wrappedRowHeight(texts.map((text, k) => ({ text, width: widths[k + 1] ?? 10 })));
    rows.push([
      cell(i + 1, { ...styles.number, numFmt: "0" }),
      cell(SEVERITY_LABELS[g.severity][lang], { ...styles.text, horizontal: "center" }),
      cell(source, styles.text),
      cell(g.message, styles.text),
      cell(g.code, { ...styles.text, wrap: false }),
    ]);
  });
  if (sorted.length === 0) {
    const r = rows.push([cell(lang === "vi" ? "Không có vấn đề nào." : "No problems found.", styles.text)]);
    merges.push(range(r, 0, r, width - 1));
  }
  const last = rows.next - 1;
  if (notes.length > 0) {
    rows.push();
    const h = rows.push([cell(lang === "vi" ? "Ghi chú cho người lập báo cáo (không in trên trang tổng hợp):" : "Notes for the report's author (not printed on the progress sheet):", styles.bold)]);
    merges.push(range(h, 0, h, 3));
    for (const note of notes) {
      const r = rows.push([cell(`– ${note}`, { ...styles.plain, wrap: true, vertical: "top" })]);
      merges.push(range(r, 0, r, 3));
      rowHeights[r] = wrappedRowHeight([{ text: note, width: widths.slice(0, 4).reduce((a, b) => a + b, 0) }]);
    }
  }
  return {
    name: findingsSheetName(result.year, result.month),
    role: "findings",
    rows: rows.build(),
    columns: widths.map((width, i) => (i === CODE_COL ? { width, hidden: true } : { width })),
    rowHeights,
    merges,
    conditionalFormats:
      sorted.length === 0
        ? []
        : [
            { kind: "textEquals", range: range(first, 1, last, 1), text: SEVERITY_LABELS.error[lang], style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true } },
            { kind: "textEquals", range: range(first, 1, last, 1), text: SEVERITY_LABELS.warning[lang], style: { fill: "#FFEB9C", fontColor: "#9C5700" } },
          ],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow }, margins: PARTY_MARGINS },
  };
}
