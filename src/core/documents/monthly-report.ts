/**
 * The Word report of the month: "BÁO CÁO Kết quả công tác phát triển đảng viên
 * tháng M năm Y" with the Party-document heading, body paragraphs written from
 * the figures, the signature and "Nơi nhận" from the settings, and the progress
 * table as an appendix in landscape. Built as a DocumentModel; src/docx writes it.
 */
import { formatNumber, formatPercent } from "../number-format";
import { shownName } from "../reports/messages";
import { periodLabel } from "../reports/period";
import { STATUS_LABELS, NO_QUOTA_LABEL } from "../reports/progress-spec";
import type { ConsolidationResult, OrganizationProgress } from "../reports/result";
import { paragraph, type DocBlock, type DocParagraph, type DocTableCell, type DocumentModel } from "./model";
import { documentSymbol, placeAndDateLine, reportDateOf, signatureLines, type DocumentSettings } from "./settings";

export interface MonthlyReportOptions {
  /** Lines on the chi bộ goals (e.g. from `branchSummaryLines`), written as one paragraph when given. */
  readonly branchGoalLines?: readonly string[];
}

const FONT = "Times New Roman";
/** Hướng dẫn 36-HD/VPTW: A4, top and bottom 20 mm, left 30 mm, right 15 mm. */
const PORTRAIT_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const LANDSCAPE_MARGINS = { top: 20, bottom: 20, left: 20, right: 15 } as const;
const n = (x: number): string => formatNumber(x, "vi");
const caps = (s: string): string => s.toLocaleUpperCase("vi");

function heading(doc: DocumentSettings, result: ConsolidationResult): DocBlock {
  const left: DocParagraph[] = [];
  if (doc.superiorBody.trim() !== "") left.push(paragraph([{ text: caps(doc.superiorBody.trim()), size: 14 }], { align: "center" }));
  const body = doc.issuingBody.map((l) => l.trim()).filter((l) => l !== "");
  body.forEach((line, i) => left.push(paragraph([{ text: caps(line), size: 14, bold: i === body.length - 1 }], { align: "center" })));
  left.push(paragraph([{ text: "*", size: 14 }], { align: "center" }));
  left.push(paragraph([{ text: `Số        -${documentSymbol(doc)}`, size: 14 }], { align: "center" }));
  const date = placeAndDateLine(doc.place, reportDateOf(doc, result.year, result.month), result.year);
  const right: DocParagraph[] = [
    paragraph([{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", size: 15, bold: true, underline: true }], { align: "center" }),
    paragraph([{ text: " ", size: 14 }], { align: "center" }),
    paragraph([{ text: date, size: 14, italic: true }], { align: "center" }),
  ];
  return { kind: "columns", widths: [45, 55], left, right };
}

function listNames(names: readonly string[]): string {
  return names.join("; ");
}

/** Body paragraphs from the figures: what a Party office writes in the report's first section. */
export function reportBodyLines(result: ConsolidationResult, options: MonthlyReportOptions = {}): string[] {
  const t = result.totals;
  const all = [...result.organizations, ...result.others];
  const sum = (pick: (o: (typeof all)[number]) => number): number => all.reduce((s, o) => s + pick(o), 0);
  const { month, year } = result;
  const lines: string[] = [];
  const percentOfQuota = t.quota > 0 ? `, đạt ${formatPercent((t.admittedToDate / t.quota) * 100, "vi")} tổng chỉ tiêu phân bổ (${n(t.quota)})` : "";
  lines.push(
    `Trong tháng ${month}/${year}, toàn đảng bộ kết nạp ${n(t.admittedInPeriod)} đảng viên. Lũy kế từ đầu năm đến hết tháng ${month}/${year} kết nạp ${n(t.admittedToDate)} đảng viên${percentOfQuota}.`,
  );
  if (result.target !== null) {
    lines.push(
      `So với mục tiêu của kế hoạch (kết nạp từ ${n(result.target)} đảng viên trở lên), đạt ${t.percentOfTarget === null ? "–" : formatPercent(t.percentOfTarget, "vi")}, còn thiếu ${n(t.remainingToTarget ?? 0)} đảng viên.`,
    );
  }
  lines.push(
    `Trong số đảng viên kết nạp từ đầu năm: nữ ${n(sum((o) => o.women))}; người dân tộc thiểu số ${n(sum((o) => o.ethnicMinority))}; người có đạo ${n(sum((o) => o.religious))}; đoàn viên thanh niên ${n(sum((o) => o.youthUnion))}; học sinh ${n(t.studentsToDate)}${t.studentQuota > 0 ? ` (chỉ tiêu ${n(t.studentQuota)})` : ""}.`,
  );
  lines.push(
    `Nguồn kết nạp: quần chúng đã học lớp bồi dưỡng nhận thức về Đảng (lũy kế) ${n(sum((o) => o.awarenessClassToDate))}; hồ sơ đang đề nghị kết nạp trong tháng ${month}/${year} ${n(sum((o) => o.pendingApplicationsInPeriod))}.`,
  );
  const withQuota = result.organizations.filter((o): o is OrganizationProgress & { quota: number } => o.quota !== null);
  const done = withQuota.filter((o) => o.status === "done").map((o) => o.name);
  const ahead = withQuota.filter((o) => o.status === "on-track").map((o) => o.name);
  const behind = withQuota.filter((o) => o.status === "behind").map((o) => o.name);
  if (done.length > 0) lines.push(`Đã hoàn thành chỉ tiêu năm (${n(done.length)}): ${listNames(done)}.`);
  if (ahead.length > 0) lines.push(`Đúng hoặc vượt tiến độ (${n(ahead.length)}): ${listNames(ahead)}.`);
  if (behind.length > 0) lines.push(`Chậm tiến độ so với chỉ tiêu (${n(behind.length)}): ${listNames(behind)}.`);
  if (result.others.length > 0) lines.push(`Tổ chức ngoài bảng phân bổ có kết nạp: ${listNames(result.others.map((o) => shownName(o.name, "vi")))}.`);
  const withErrors = new Set(result.reportedWithErrors);
  const notSent = result.missing.filter((m) => !withErrors.has(m));
  if (notSent.length > 0) lines.push(`Chưa gửi báo cáo tháng ${month}/${year} (${n(notSent.length)}): ${listNames(notSent)}.`);
  if (result.reportedWithErrors.length > 0) lines.push(`Đã gửi báo cáo tháng ${month}/${year} nhưng số liệu chưa hợp lệ, chưa được tính (${n(result.reportedWithErrors.length)}): ${listNames(result.reportedWithErrors)}.`);
  const goals = (options.branchGoalLines ?? []).filter((l) => l.trim() !== "");
  if (goals.length > 0) lines.push(`Về chi bộ: ${goals.join("; ")}.`);
  return lines;
}

function percentText(o: { quota: number | null; percent: number | null }): string {
  return o.quota === null || o.percent === null ? "" : formatNumber(o.percent, "vi", 1);
}

function appendixTable(result: ConsolidationResult): DocBlock {
  const c = (text: string | number | null, extra: Partial<DocTableCell> = {}): DocTableCell => ({ text: text === null ? "" : typeof text === "number" ? n(text) : text, align: "center", ...extra });
  const header: DocTableCell[][] = [
    ["STT", "Tổ chức cơ sở đảng", "Chỉ tiêu", "Kết nạp trong tháng", "Lũy kế", "Trong đó HS", "Nữ", "DTTS", "Tôn giáo", "Đoàn viên", "Tỷ lệ %", "Tình trạng"].map((h) => c(h, { bold: true, fill: "#D9E1F2" })),
  ];
  const rows: DocTableCell[][] = result.organizations.map((o, i) => [
    c(String(i + 1).padStart(2, "0")),
    c(o.name, { align: "left" }),
    c(o.quota),
    c(o.admittedInPeriod),
    c(o.admittedToDate),
    c(o.studentsToDate),
    c(o.women),
    c(o.ethnicMinority),
    c(o.religious),
    c(o.youthUnion),
    c(percentText(o)),
    c(o.quota === null ? NO_QUOTA_LABEL : STATUS_LABELS[o.status]),
  ]);
  for (const o of result.others) {
    rows.push([c(""), c(`${shownName(o.name, "vi")} (ngoài phân bổ)`, { align: "left" }), c(""), c(o.admittedInPeriod), c(o.admittedToDate), c(o.studentsToDate), c(o.women), c(o.ethnicMinority), c(o.religious), c(o.youthUnion), c(""), c("")]);
  }
  const t = result.totals;
  const all = [...result.organizations, ...result.others];
  const sum = (pick: (o: (typeof all)[number]) => number): number => all.reduce((s, o) => s + pick(o), 0);
  rows.push(
    [
      c("TỔNG CỘNG", { span: 2, bold: true }),
      c(t.quota, { bold: true }),
      c(t.admittedInPeriod, { bold: true }),
      c(t.admittedToDate, { bold: true }),
      c(t.studentsToDate, { bold: true }),
      c(sum((o) => o.women), { bold: true }),
      c(sum((o) => o.ethnicMinority), { bold: true }),
      c(sum((o) => o.religious), { bold: true }),
      c(sum((o) => o.youthUnion), { bold: true }),
      c(t.quota > 0 ? formatNumber((t.admittedToDate / t.quota) * 100, "vi", 1) : "", { bold: true }),
      c("", { bold: true }),
    ].map((x) => ({ ...x, fill: "#F2F2F2" })),
  );
  return { kind: "table", widths: [5, 30, 7, 8, 7, 7, 6, 6, 6, 7, 7, 12], header, rows, size: 11 };
}

function signature(doc: DocumentSettings): DocBlock {
  const sig = signatureLines(doc);
  const right: DocParagraph[] = sig.above.map((t) => paragraph([{ text: t, size: 14, bold: true }], { align: "center", keepNext: true }));
  for (let i = 0; i < 3; i++) right.push(paragraph([{ text: " ", size: 14 }], { keepNext: true }));
  if (sig.name !== "") right.push(paragraph([{ text: sig.name, size: 14, bold: true }], { align: "center" }));
  const left: DocParagraph[] = [
    paragraph([{ text: "Nơi nhận:", size: 12, bold: true, italic: true, underline: true }], { keepNext: true }),
    ...doc.recipients.map((r) => paragraph([{ text: r, size: 11 }], { keepNext: true })),
  ];
  return { kind: "columns", widths: [50, 50], left, right };
}

export function monthlyReportDocument(result: ConsolidationResult, doc: DocumentSettings, options: MonthlyReportOptions = {}): DocumentModel {
  const { month, year } = result;
  const blocks: DocBlock[] = [
    heading(doc, result),
    paragraph(" "),
    paragraph([{ text: "BÁO CÁO", size: 15, bold: true }], { align: "center" }),
    paragraph([{ text: `Kết quả công tác phát triển đảng viên tháng ${month} năm ${year}`, size: 14, bold: true }], { align: "center", spaceAfter: 12 }),
    paragraph([{ text: "I. KẾT QUẢ KẾT NẠP ĐẢNG VIÊN", size: 14, bold: true }], { firstLineIndent: 10, keepNext: true }),
    ...reportBodyLines(result, options).map((t) => paragraph([{ text: t, size: 14 }], { align: "justify", firstLineIndent: 10, spaceAfter: 6 })),
    paragraph([{ text: `(Chi tiết tại Phụ lục kèm theo.)`, size: 14, italic: true }], { align: "justify", firstLineIndent: 10, spaceAfter: 12 }),
    signature(doc),
  ];
  const appendix: DocBlock[] = [
    paragraph([{ text: "PHỤ LỤC", size: 14, bold: true }], { align: "center" }),
    paragraph([{ text: `TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN ĐẾN HẾT THÁNG ${month}/${year}`, size: 14, bold: true }], { align: "center" }),
    paragraph([{ text: `(Kèm theo Báo cáo số        -${documentSymbol(doc)})`, size: 13, italic: true }], { align: "center", spaceAfter: 6 }),
    appendixTable(result),
  ];
  return {
    title: `Báo cáo kết quả phát triển đảng viên tháng ${month}/${year}`,
    creator: doc.issuingBody.join(" – ") || "PTĐV",
    font: FONT,
    size: 14,
    fileName: `Bao cao PTDV ${periodLabel(year, month)}.docx`,
    sections: [
      { orientation: "portrait", margins: PORTRAIT_MARGINS, blocks },
      { orientation: "landscape", margins: LANDSCAPE_MARGINS, blocks: appendix },
    ],
  };
}
