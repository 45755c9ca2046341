/**
 * The consolidated report as sheets: the progress sheet with its Party-document
 * heading, the monthly matrix and the findings. Every total, percentage and
 * remainder is a live formula that also carries its computed result.
 */
import { toA1 } from "../address";
import { formatNumber } from "../number-format";
import type { CellRange } from "../grid";
import type { LocalizedText } from "../findings";
import type { CellLister } from "../allocation/group-findings";
import type { CellStyle, ConditionalFormatSpec, SheetSpec, WorkbookSpec } from "../sheet-spec";
import { findingsSheetSpec } from "./findings-spec";
import { shownName } from "./messages";
import { monthlySheetSpec } from "./monthly-spec";
import { placeAndDateLine, reportDateOf, reportingCommittee } from "../documents/settings";
import { addPartyFooter, addPartyHeader } from "./party-header";
import { periodLabel } from "./period";
import { roundOneDecimal } from "./rounding";
import type { ConsolidationResult, ProgressFigures, ProgressStatus } from "./result";
import { PARTY_MARGINS, RowBuilder, cell, formula, largeFontRowHeights, range, styles } from "./sheet-style";
import { wrappedRowHeight } from "./row-height";
import { documentSettingsOf, type ReportSettings } from "./settings";
import { ROLLUP_NAMES } from "./rollup-names";
import { withoutPersonalData } from "../register/withhold-personal";

export const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
  done: "Hoàn thành",
  "on-track": "Đúng tiến độ",
  behind: "Chậm tiến độ",
};

const OTHER_STATUS = "Ngoài phân bổ";

/** Shown instead of a status when the allocation table has no valid quota: a formula on an empty quota would say "Hoàn thành". */
export const NO_QUOTA_LABEL = "Chưa có chỉ tiêu hợp lệ";

const PROGRESS_HEADERS: readonly string[] = [
  "STT",
  "TCCSĐ",
  "Chỉ tiêu",
  "Trong đó HS",
  "Kết nạp trong tháng",
  "Lũy kế",
  "Trong đó HS",
  "Nữ",
  "DTTS",
  "Tôn giáo",
  "Đoàn viên",
  "Tỷ lệ %",
  "Còn lại",
  "Tình trạng",
];

/** Zero-based columns of the progress table. */
const PROGRESS_COLUMNS = {
  stt: 0,
  name: 1,
  quota: 2,
  studentQuota: 3,
  inPeriod: 4,
  toDate: 5,
  students: 6,
  women: 7,
  ethnicMinority: 8,
  religious: 9,
  youthUnion: 10,
  percent: 11,
  remaining: 12,
  status: 13,
} as const;

/** Column widths in Excel character units; the merged note lines wrap within their sum. */
const PROGRESS_WIDTHS: readonly number[] = [5, 40, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8, 8, 14];

/**
 * The cached text of the target line; the sheet's formula rebuilds it from the live total.
 * No percentage here: the page's one "Tỷ lệ %" is lũy kế ÷ chỉ tiêu phân bổ, in the table.
 */
function targetLineText(target: number, admittedToDate: number, remainingToTarget: number): string {
  const n = (x: number): string => formatNumber(x, "vi");
  return `Mục tiêu của kế hoạch: kết nạp từ ${n(target)} đảng viên trở lên; đã kết nạp ${n(admittedToDate)}, còn thiếu ${n(remainingToTarget)}.`;
}

/**
 * The live target line. FIXED(x,0) groups thousands with the separators of the reader's Excel or
 * LibreOffice, as the `#,##0` cells above it do; TEXT(x,"#,##0") would not: its format string is
 * read in the reader's locale, where "," may be the decimal mark. The target is inside FIXED too, so
 * the three figures of the line are always written alike.
 */
function targetLineFormula(target: number, toDate: string): string {
  return `"Mục tiêu của kế hoạch: kết nạp từ "&FIXED(${target},0)&" đảng viên trở lên; đã kết nạp "&FIXED(${toDate},0)&", còn thiếu "&FIXED(MAX(${target}-${toDate},0),0)&"."`;
}


/** The hidden column that carries the period for the level above (outside what is printed). */
const MACHINE_COL = 14;

/** What the user alone needs to know about the progress sheet: shown on the findings sheet, never printed on the report. */
export function progressNotes(result: ConsolidationResult): string[] {
  const notes = [
    "Ở dòng TỔNG CỘNG, Tỷ lệ % = lũy kế (gồm cả tổ chức ngoài bảng phân bổ) ÷ tổng chỉ tiêu phân bổ; Còn lại = tổng chỉ tiêu phân bổ − lũy kế. Dòng Mục tiêu so với mục tiêu của kế hoạch.",
  ];
  if (result.target === null) notes.push("Chưa nhập mục tiêu của kế hoạch (số đảng viên kết nạp trong năm): trang tổng hợp không có dòng Mục tiêu.");
  return notes;
}

function progressSheetName(year: number, month: number): string {
  return `Tổng hợp ${periodLabel(year, month)}`;
}

/** The seven figure columns (Kết nạp trong tháng … Đoàn viên), the same for allocated and other organisations. */
function figureCells(o: ProgressFigures): ReturnType<typeof cell>[] {
  return [o.admittedInPeriod, o.admittedToDate, o.studentsToDate, o.women, o.ethnicMinority, o.religious, o.youthUnion].map((n) => cell(n, styles.number));
}

/**
 * What other areas add to the progress workbook without touching its layout:
 * summary lines after the sources line (issue #12's chi bộ goals) and sheets
 * after the findings (the chi bộ sheet, Biểu 2, the person list when asked).
 */
export interface ProgressExtras {
  readonly summaryLines?: readonly LocalizedText[];
  readonly sheets?: readonly SheetSpec[];
  /** The user asked for the person list (--with-register): findings may then name people too. Off by default. */
  readonly withPersonalData?: boolean;
  /** How the findings sheet lists a group's cells: a host that placed a Word plan's findings at its rows lists rows. */
  readonly listCells?: CellLister;
}

export function progressSheetSpec(result: ConsolidationResult, settings: ReportSettings, extras: ProgressExtras = {}): SheetSpec {
  const C = PROGRESS_COLUMNS;
  const width = PROGRESS_HEADERS.length;
  const { year, month } = result;
  const doc = documentSettingsOf(settings);
  const rows = new RowBuilder(width);
  const heading = addPartyHeader(rows, doc, { first: 0, last: 4 }, { first: 8, last: 13 }, {
    documentNumber: true,
    dateLine: placeAndDateLine(doc.place, reportDateOf(doc, year, month), year),
  });
  const merges: CellRange[] = heading.merges;
  rows.set(0, MACHINE_COL, cell(result.period));
  rows.push();
  const titleRow = rows.push([cell(`BÁO CÁO TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN NĂM ${year}`, { font: { name: "Times New Roman", size: 14, bold: true }, horizontal: "center" })]);
  const subtitleRow = rows.push([cell(`(Số liệu tính đến hết tháng ${month}/${year})`, { font: { name: "Times New Roman", size: 13, italic: true }, horizontal: "center" })]);
  merges.push(range(titleRow, 0, titleRow, width - 1), range(subtitleRow, 0, subtitleRow, width - 1));
  rows.push();
  const headerRow = rows.push(PROGRESS_HEADERS.map((h) => cell(h, styles.header)));

  const a1 = (r: number, c: number): string => toA1(r, c);
  const orgRowFormulas = (r: number) => ({
    percent: `IF(${a1(r, C.quota)}>0,ROUND(${a1(r, C.toDate)}/${a1(r, C.quota)}*100,1),"")`,
    remaining: `MAX(${a1(r, C.quota)}-${a1(r, C.toDate)},0)`,
    status: `IF(${a1(r, C.toDate)}>=${a1(r, C.quota)},"${STATUS_LABELS.done}",IF(${a1(r, C.toDate)}>=${a1(r, C.quota)}*${month}/12,"${STATUS_LABELS["on-track"]}","${STATUS_LABELS.behind}"))`,
  });

  const firstDataRow = rows.next;
  const rowHeights: Record<number, number> = { [headerRow]: 48, [titleRow]: 22 };
  const nameWidth = PROGRESS_WIDTHS[C.name] ?? 40;
  result.organizations.forEach((o, i) => {
    const r = rows.next;
    // Only long names get a height: the rest keep the default and can still autofit.
    const height = wrappedRowHeight([{ text: o.name, width: nameWidth }]);
    if (height > 20) rowHeights[r] = height;
    const f = orgRowFormulas(r);
    rows.push([
      cell(i + 1, { ...styles.number, numFmt: "00" }),
      cell(o.name, styles.text),
      cell(o.quota, styles.number),
      cell(o.studentQuota, styles.number),
      ...figureCells(o),
      ...(o.quota === null
        ? [cell(null, styles.percent), cell(null, styles.number), cell(NO_QUOTA_LABEL, { ...styles.text, horizontal: "center" })]
        : [
            formula(f.percent, o.percent ?? "", styles.percent),
            formula(f.remaining, o.remaining ?? 0, styles.number),
            formula(f.status, STATUS_LABELS[o.status], { ...styles.text, horizontal: "center" }),
          ]),
    ]);
  });
  const lastOrgRow = rows.next - 1;

  if (result.others.length > 0) {
    const r = rows.push([cell(null, styles.text), cell("Tổ chức ngoài bảng phân bổ (không có chỉ tiêu)", { ...styles.text, font: { name: "Times New Roman", size: 12, italic: true } })]);
    merges.push(range(r, C.name, r, width - 1));
    for (const o of result.others) {
      rows.push([
        cell(null, styles.number),
        cell(shownName(o.name, "vi"), styles.text),
        cell(null, styles.number),
        cell(null, styles.number),
        ...figureCells(o),
        cell(null, styles.percent),
        cell(null, styles.number),
        cell(OTHER_STATUS, { ...styles.text, horizontal: "center" }),
      ]);
    }
  }
  const lastDataRow = rows.next - 1;

  const totalRow = rows.next;
  const hasData = lastDataRow >= firstDataRow;
  const sum = (c: number, last = lastDataRow): string =>
    hasData && last >= firstDataRow ? `SUM(${a1(firstDataRow, c)}:${a1(last, c)})` : "0";
  const t = result.totals;
  const sumOf = (pick: (o: ConsolidationResult["others"][number]) => number): number => [...result.organizations, ...result.others].reduce((s, o) => s + pick(o), 0);
  const totalPercent = t.quota > 0 ? roundOneDecimal((t.admittedToDate / t.quota) * 100) : "";
  rows.push([
    cell("TỔNG CỘNG", styles.totalText),
    cell(null, styles.totalText),
    formula(sum(C.quota), t.quota, styles.totalNumber),
    formula(sum(C.studentQuota), t.studentQuota, styles.totalNumber),
    formula(sum(C.inPeriod), t.admittedInPeriod, styles.totalNumber),
    formula(sum(C.toDate), t.admittedToDate, styles.totalNumber),
    formula(sum(C.students), t.studentsToDate, styles.totalNumber),
    formula(sum(C.women), sumOf((o) => o.women), styles.totalNumber),
    formula(sum(C.ethnicMinority), sumOf((o) => o.ethnicMinority), styles.totalNumber),
    formula(sum(C.religious), sumOf((o) => o.religious), styles.totalNumber),
    formula(sum(C.youthUnion), sumOf((o) => o.youthUnion), styles.totalNumber),
    formula(`IF(${a1(totalRow, C.quota)}>0,ROUND(${a1(totalRow, C.toDate)}/${a1(totalRow, C.quota)}*100,1),"")`, totalPercent, styles.totalPercent),
    formula(`MAX(${a1(totalRow, C.quota)}-${a1(totalRow, C.toDate)},0)`, Math.max(t.quota - t.admittedToDate, 0), styles.totalNumber),
    cell(null, styles.totalText),
  ]);
  merges.push(range(totalRow, 0, totalRow, 1));

  const fullWidth = PROGRESS_WIDTHS.reduce((a, b) => a + b, 0);
  const fullLine = (text: string, style: CellStyle): number => {
    const r = rows.push([cell(text, { ...style, wrap: true, vertical: "top" })]);
    merges.push(range(r, 0, r, width - 1));
    rowHeights[r] = wrappedRowHeight([{ text, width: fullWidth }]);
    return r;
  };

  if (result.target !== null) {
    const targetRow = rows.next;
    const toDate = a1(totalRow, C.toDate);
    const n = result.target;
    rows.push([
      formula(
        targetLineFormula(n, toDate),
        targetLineText(n, t.admittedToDate, t.remainingToTarget ?? 0),
        { ...styles.totalText, horizontal: "left" },
      ),
    ]);
    merges.push(range(targetRow, 0, targetRow, width - 1));
  }
  const all = [...result.organizations, ...result.others];
  const awareness = all.reduce((s, o) => s + o.awarenessClassToDate, 0);
  const pending = all.reduce((s, o) => s + o.pendingApplicationsInPeriod, 0);
  fullLine(
    `Nguồn kết nạp: quần chúng đã học lớp NTVĐ (lũy kế) ${formatNumber(awareness, "vi")}; hồ sơ đang đề nghị kết nạp (tháng ${month}/${year}) ${formatNumber(pending, "vi")}.`,
    styles.plain,
  );
  for (const line of extras.summaryLines ?? []) fullLine(line.vi, styles.plain);
  const withErrors = new Set(result.reportedWithErrors);
  const notSent = result.missing.filter((n) => !withErrors.has(n));
  if (notSent.length > 0) fullLine(`Chưa nộp báo cáo tháng ${month}/${year} (${notSent.length}): ${notSent.join("; ")}.`, styles.plain);
  if (result.reportedWithErrors.length > 0) {
    fullLine(
      `Có báo cáo tháng ${month}/${year} nhưng số liệu lỗi, chưa được tính (${result.reportedWithErrors.length}): ${result.reportedWithErrors.join("; ")}. Xem trang kiểm tra.`,
      styles.plain,
    );
  }
  rows.push();
  merges.push(...addPartyFooter(rows, doc, { first: 0, last: 1 }, { first: 8, last: 13 }));

  const conditionalFormats: ConditionalFormatSpec[] = [];
  if (lastOrgRow >= firstDataRow) {
    const pct = range(firstDataRow, C.percent, lastOrgRow, C.percent);
    const onTrack = Math.round(((month / 12) * 100) * 10) / 10;
    conditionalFormats.push(
      { kind: "cellValue", range: pct, operator: "greaterThanOrEqual", values: [100], style: { fill: "#C6EFCE", fontColor: "#006100" } },
      { kind: "cellValue", range: pct, operator: "lessThan", values: [onTrack], style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
      { kind: "cellValue", range: pct, operator: "between", values: [onTrack, 99.99], style: { fill: "#FFEB9C", fontColor: "#9C5700" } },
      { kind: "textEquals", range: range(firstDataRow, C.status, lastOrgRow, C.status), text: STATUS_LABELS.behind, style: { fontColor: "#9C0006", bold: true } },
    );
  }

  const chartTop = rows.next + 2;
  const charts =
    lastOrgRow >= firstDataRow
      ? [
          {
            kind: "barClustered" as const,
            title: `Tiến độ kết nạp đảng viên đến hết tháng ${month}/${year}`,
            categories: range(firstDataRow, C.name, lastOrgRow, C.name),
            series: [
              { name: "Chỉ tiêu", values: range(firstDataRow, C.quota, lastOrgRow, C.quota) },
              { name: "Lũy kế", values: range(firstDataRow, C.toDate, lastOrgRow, C.toDate) },
            ],
            anchor: range(chartTop, 0, chartTop + Math.max(18, result.organizations.length + 6), width - 1),
          },
        ]
      : [];

  return {
    name: progressSheetName(year, month),
    role: "progress",
    rows: rows.build(),
    columns: [...PROGRESS_WIDTHS.map((w) => ({ width: w })), { width: 10, hidden: true }],
    rowHeights: largeFontRowHeights(rows.build(), rowHeights),
    merges,
    conditionalFormats,
    freeze: { rows: headerRow + 1, columns: 2 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: headerRow, last: headerRow },
      margins: PARTY_MARGINS,
      centerHorizontally: true,
    },
    definedNames: {
      ...(heading.committeeRow >= 0 && reportingCommittee(doc) !== "" ? { [ROLLUP_NAMES.reportingOrg]: range(heading.committeeRow, 0) } : {}),
      [ROLLUP_NAMES.period]: range(0, MACHINE_COL),
      [ROLLUP_NAMES.totals]: range(totalRow, 0, totalRow, width - 1),
    },
    charts,
    tabColor: "#C00000",
  };
}

/** The three output sheets, in the order the user reads them. */
export function progressWorkbookSpec(result: ConsolidationResult, settings: ReportSettings, extras: ProgressExtras = {}): WorkbookSpec {
  return {
    sheets: [
      progressSheetSpec(result, settings, extras),
      monthlySheetSpec(result, settings),
      findingsSheetSpec(extras.withPersonalData === true ? result : { ...result, findings: result.findings.map(withoutPersonalData) }, settings.lang, progressNotes(result), extras.listCells),
      ...(extras.sheets ?? []),
    ],
    fileName: `Tong hop PTDV ${periodLabel(result.year, result.month)}.xlsx`,
    properties: { title: `Tổng hợp kết nạp đảng viên ${periodLabel(result.year, result.month)}`, creator: settings.issuingBody.join(" – ") || "PTĐV" },
  };
}

