/** "Kiểm tra T05-2025": every finding of the consolidation, errors first. */
import { formatSource, sortBySeverity, type Lang, type Severity } from "../findings";
import type { CellRange } from "../grid";
import type { SheetSpec } from "../sheet-spec";
import { periodLabel } from "./period";
import { wrappedRowHeight } from "./row-height";
import type { ConsolidationResult } from "./result";
import { REPORT_FONT, RowBuilder, cell, range, styles } from "./sheet-style";

const SEVERITY_LABELS: Readonly<Record<Severity, { vi: string; en: string }>> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Info" },
};

function findingsSheetName(year: number, month: number): string {
  return `Kiểm tra ${periodLabel(year, month)}`;
}

export function findingsSheetSpec(result: ConsolidationResult, lang: Lang): SheetSpec {
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
  const headers = lang === "vi" ? ["STT", "Mã", "Mức độ", "Nguồn (tệp › trang › ô)", "Nội dung"] : ["No.", "Code", "Severity", "Source (file › sheet › cell)", "Message"];
  const headerRow = rows.push(headers.map((h) => cell(h, styles.header)));
  const first = rows.next;
  const sorted = sortBySeverity(result.findings);
  const widths = [5, 34, 11, 36, 90];
  const rowHeights: Record<number, number> = {};
  sorted.forEach((f, i) => {
    const texts = [f.code, SEVERITY_LABELS[f.severity][lang], formatSource(f), f.message[lang]];
    const r = rows.next;
    rowHeights[r] = wrappedRowHeight(texts.map((text, k) => ({ text, width: widths[k + 1] ?? 10 })));
    rows.push([
      cell(i + 1, styles.number),
      cell(f.code, styles.text),
      cell(SEVERITY_LABELS[f.severity][lang], { ...styles.text, horizontal: "center" }),
      cell(formatSource(f), styles.text),
      cell(f.message[lang], styles.text),
    ]);
  });
  if (sorted.length === 0) {
    const r = rows.push([cell(lang === "vi" ? "Không có vấn đề nào." : "No problems found.", styles.text)]);
    merges.push(range(r, 0, r, width - 1));
  }
  const last = rows.next - 1;
  return {
    name: findingsSheetName(result.year, result.month),
    role: "findings",
    rows: rows.build(),
    columns: widths.map((width) => ({ width })),
    rowHeights,
    merges,
    conditionalFormats:
      sorted.length === 0
        ? []
        : [
            { kind: "textEquals", range: range(first, 2, last, 2), text: SEVERITY_LABELS.error[lang], style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true } },
            { kind: "textEquals", range: range(first, 2, last, 2), text: SEVERITY_LABELS.warning[lang], style: { fill: "#FFEB9C", fontColor: "#9C5700" } },
          ],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } },
  };
}
