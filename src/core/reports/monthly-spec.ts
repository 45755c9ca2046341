/** "Theo tháng 2025": admitted per organisation and month, with row and column totals as live formulas. */
import { toA1 } from "../address";
import type { CellRange } from "../grid";
import type { SheetSpec, SpecCell } from "../sheet-spec";
import { shownName } from "./messages";
import type { ConsolidationResult, MonthlyFigures } from "./result";
import { addPartyHeader } from "./party-header";
import { placeAndDateLine, reportDateOf } from "../documents/settings";
import { ROLLUP_NAMES } from "./rollup-names";
import { wrappedRowHeight } from "./row-height";
import { DEFAULT_REPORT_SETTINGS, documentSettingsOf, type ReportSettings } from "./settings";
import { PARTY_MARGINS, REPORT_FONT, largeFontRowHeights, RowBuilder, cell, formula, range, styles } from "./sheet-style";

function monthlySheetName(year: number): string {
  return `Theo tháng ${year}`;
}

const FIRST_MONTH_COL = 2;
const TOTAL_COL = FIRST_MONTH_COL + 12;
const AWARENESS_COL = TOTAL_COL + 1;
const PENDING_COL = TOTAL_COL + 2;
const NAME_WIDTH = 40;

export function monthlySheetSpec(result: ConsolidationResult, settings: ReportSettings = DEFAULT_REPORT_SETTINGS): SheetSpec {
  const { year, month } = result;
  const width = PENDING_COL + 1;
  const rows = new RowBuilder(width);
  const doc = documentSettingsOf(settings);
  const merges: CellRange[] = addPartyHeader(rows, doc, { first: 0, last: 1 }, { first: 8, last: width - 1 }, {
    dateLine: placeAndDateLine(doc.place, reportDateOf(doc, year, month), year),
  }).merges;
  rows.push();
  const title = rows.push([cell(`THEO DÕI KẾT NẠP ĐẢNG VIÊN THEO THÁNG NĂM ${year}`, { font: { name: REPORT_FONT, size: 14, bold: true }, horizontal: "center" })]);
  const sub = rows.push([cell(`(Số liệu đến hết tháng ${month}/${year}; ô trống: chưa có báo cáo)`, { font: { name: REPORT_FONT, size: 12, italic: true }, horizontal: "center" })]);
  merges.push(range(title, 0, title, width - 1), range(sub, 0, sub, width - 1));
  rows.push();
  const headerRow = rows.push([
    cell("STT", styles.header),
    cell("TCCSĐ", styles.header),
    ...Array.from({ length: 12 }, (_, i) => cell(`T${i + 1}`, styles.header)),
    cell("Cộng", styles.header),
    cell("Quần chúng đã học lớp NTVĐ (lũy kế)", styles.header),
    cell(`Hồ sơ đang đề nghị kết nạp (T${month})`, styles.header),
  ]);
  const firstDataRow = rows.next;
  const rowHeights: Record<number, number> = { [headerRow]: 64 };
  const line = (stt: number | null, name: string, monthly: MonthlyFigures, total: number, awareness: number, pending: number): void => {
    const r = rows.next;
    // A wrapped name needs its height written out, or it prints over the row above.
    const height = wrappedRowHeight([{ text: name, width: NAME_WIDTH }]);
    if (height > 20) rowHeights[r] = height;
    const cells: SpecCell[] = [cell(stt, { ...styles.number, numFmt: "00" }), cell(name, styles.text)];
    for (let m = 0; m < 12; m++) cells.push(cell(monthly[m] ?? null, styles.number));
    cells.push(formula(`SUM(${toA1(r, FIRST_MONTH_COL)}:${toA1(r, FIRST_MONTH_COL + 11)})`, total, styles.totalNumber));
    cells.push(cell(awareness, styles.number), cell(pending, styles.number));
    rows.push(cells);
  };
  result.organizations.forEach((o, i) => line(i + 1, o.name, o.monthly, o.admittedToDate, o.awarenessClassToDate, o.pendingApplicationsInPeriod));
  for (const o of result.others) line(null, `${shownName(o.name, "vi")} (ngoài phân bổ)`, o.monthly, o.admittedToDate, o.awarenessClassToDate, o.pendingApplicationsInPeriod);
  const lastDataRow = rows.next - 1;
  const totalRow = rows.next;
  const totals: SpecCell[] = [cell("Cộng", styles.totalText), cell(null, styles.totalText)];
  const all = [...result.organizations, ...result.others];
  const columnTotal = (c: number): number => {
    if (c === TOTAL_COL) return result.totals.admittedToDate;
    if (c === AWARENESS_COL) return all.reduce((s, o) => s + o.awarenessClassToDate, 0);
    if (c === PENDING_COL) return all.reduce((s, o) => s + o.pendingApplicationsInPeriod, 0);
    return all.reduce((s, o) => s + (o.monthly[c - FIRST_MONTH_COL] ?? 0), 0);
  };
  for (let c = FIRST_MONTH_COL; c <= PENDING_COL; c++) {
    // Months after the period have no reports yet: a 0 there would read as "nobody admitted".
    if (c < TOTAL_COL && c - FIRST_MONTH_COL + 1 > month) {
      totals.push(cell(null, styles.totalNumber));
      continue;
    }
    const value = columnTotal(c);
    const f = lastDataRow >= firstDataRow ? `SUM(${toA1(firstDataRow, c)}:${toA1(lastDataRow, c)})` : "0";
    totals.push(formula(f, value, styles.totalNumber));
  }
  rows.push(totals);
  merges.push(range(totalRow, 0, totalRow, 1));
  return {
    name: monthlySheetName(year),
    role: "monthly",
    rows: rows.build(),
    columns: [{ width: 5 }, { width: NAME_WIDTH }, ...Array.from({ length: 12 }, () => ({ width: 6 })), { width: 8 }, { width: 12 }, { width: 12 }],
    merges,
    rowHeights: largeFontRowHeights(rows.build(), rowHeights),
    freeze: { rows: headerRow + 1, columns: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow }, margins: PARTY_MARGINS, centerHorizontally: true },
    definedNames: { [ROLLUP_NAMES.monthlyTotals]: range(totalRow, FIRST_MONTH_COL, totalRow, PENDING_COL) },
  };
}
