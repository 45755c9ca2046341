/**
 * The report template each organisation fills in: one workbook per organisation
 * of the allocation table, pre-filled with its name, kind, quota and student
 * quota, with a row per month and a computed running total.
 */
import type { AllocationCheckResult, AllocationRow } from "../allocation/types";
import type { CellRange } from "../grid";
import type { CellStyle, DataValidationSpec, InputValidationSpec, SheetSpec, SpecCell, WorkbookSpec } from "../sheet-spec";
import { branchTemplateSheet, wantsBranchSheet, type BranchSheetMode } from "../branches/template-spec";
import { NO_SOURCES_FIELD, registerSheetSpec } from "../register/template-sheet";
import { toA1 } from "../address";
import { FIGURE_LABELS } from "./figures";
import { kindLabel } from "./kind-labels";
import { DEFAULT_DOCUMENT_SETTINGS, deadlinePhrase, placeAndDateLine, reportingCommittee, type DocumentSettings } from "../documents/settings";
import { foldKey } from "../text/normalize";
import { addPartyHeader } from "./party-header";
import { templateFileName } from "./template-file-name";
import { documentSettingsOf, type ReportSettings } from "./settings";
import { PARTY_MARGINS, RowBuilder } from "./sheet-style";
import {
  TEMPLATE_INPUT_KEYS,
  TEMPLATE_LABELS,
  TEMPLATE_LAYOUT as L,
  TEMPLATE_NAMES,
  TEMPLATE_SHEET_PREFIX,
  monthLabel,
} from "./template-layout";

const FONT = "Times New Roman";
const INPUT_FILL = "#FFF2CC";
const HEADER_FILL = "#D9E1F2";

const text = (value: string, style?: CellStyle): SpecCell => (style ? { value, style } : { value });

const base: CellStyle = { font: { name: FONT, size: 12 } };
const labelStyle: CellStyle = { font: { name: FONT, size: 12, bold: true } };
const valueStyle: CellStyle = { font: { name: FONT, size: 12 }, horizontal: "left" };
const headerStyle: CellStyle = {
  font: { name: FONT, size: 11, bold: true },
  fill: HEADER_FILL,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  border: true,
};
const inputStyle: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, horizontal: "center", border: true, locked: false, numFmt: "0" };
const flagStyle: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, horizontal: "center", border: true, locked: false };
const noteStyle: CellStyle = { font: { name: FONT, size: 11 }, fill: INPUT_FILL, border: true, locked: false, wrap: true };
const computedStyle: CellStyle = { font: { name: FONT, size: 12, bold: true }, horizontal: "center", border: true, numFmt: "0" };
const monthStyle: CellStyle = { font: { name: FONT, size: 12, bold: true }, horizontal: "center", border: true };

const INSTRUCTIONS: readonly string[] = [
  "Hướng dẫn:",
  "1. Chỉ nhập vào các ô màu vàng, mỗi tháng một dòng (T1…T12). Các ô khác đã được khóa (không có mật khẩu) để giữ đúng cấu trúc mẫu.",
  "2. Ghi số đảng viên kết nạp trong tháng; ghi 0 nếu trong tháng không kết nạp. Để trống các tháng chưa đến kỳ báo cáo.",
  "3. Các cột \"trong đó\" (học sinh, nữ, dân tộc thiểu số, tôn giáo, đoàn viên) không được lớn hơn số kết nạp trong tháng.",
  "4. Chỉ các chi bộ trường THPT có đảng viên là học sinh; các tổ chức khác ghi 0 ở cột học sinh.",
  "5. Cột \"Lũy kế kết nạp\" tự tính, không cần nhập. Không đổi tên tổ chức, năm báo cáo; không chèn hoặc xóa dòng trong bảng.",
  "6. Cột \"Không còn nguồn\": chọn Có nếu đến cuối tháng không còn quần chúng để phát triển đảng viên; để trống hoặc Không nếu còn.",
  "7. Danh sách người được kết nạp ghi ở trang \"Danh sách kết nạp\"; các chi bộ trực thuộc (nếu có) ghi ở trang \"Chi bộ\".",
];

const UNITS = ["thị trấn", "thành phố", "thị xã", "đặc khu", "xã", "phường", "huyện", "tỉnh", "khối"];
const COMMITTEES = ["đảng ủy", "đảng bộ", "chi bộ", "chi ủy", "huyện ủy", "tỉnh ủy", "thành ủy", "thị ủy", "quận ủy"];

const upperFirst = (w: string): string => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
/** "Đảng" is always written with a capital, whatever the line's case. */
const partyWord = (s: string): string => s.replace(/(^|[^\p{L}])đảng(?![\p{L}])/gu, (_m, before: string) => `${before}Đảng`);

/**
 * One line of the issuing body as written in a sentence: "BAN XÂY DỰNG ĐẢNG" → "Ban Xây dựng Đảng",
 * "ĐẢNG ỦY XÃ KA ĐÔ" → "Đảng ủy xã Ka Đô", "HUYỆN ỦY ĐƠN DƯƠNG" → "Huyện ủy Đơn Dương".
 */
function sentenceName(line: string): string {
  const lower = line.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  const committee = COMMITTEES.find((c) => lower === c || lower.startsWith(`${c} `));
  if (committee) {
    let rest = lower.slice(committee.length).trim();
    const unit = UNITS.find((u) => rest === u || rest.startsWith(`${u} `));
    if (unit) rest = rest.slice(unit.length).trim();
    const proper = rest.split(" ").filter((w) => w !== "").map(upperFirst).join(" ");
    return [upperFirst(committee), unit ?? "", proper].filter((x) => x !== "").join(" ");
  }
  // A body's own name: its first two words capitalised ("Ban Tổ chức", "Văn phòng Đảng ủy" keeps "Đảng").
  const words = lower.split(" ");
  return partyWord(words.map((w, i) => (i < 2 && words[0] === "ban" ? upperFirst(w) : i === 0 ? upperFirst(w) : w)).join(" "));
}

/** Where the filled template goes: the issuer, named as in a sentence ("Ban Xây dựng Đảng Đảng ủy xã Ka Đô"). */
export function upperLevelName(doc: DocumentSettings): string {
  const lines = doc.issuingBody.map((l) => l.trim()).filter((l) => l !== "");
  return [...lines].reverse().map(sentenceName).join(" ");
}

function instructionLines(doc: DocumentSettings): string[] {
  const upper = upperLevelName(doc);
  return [
    ...INSTRUCTIONS,
    `${INSTRUCTIONS.length}. Lưu tệp dạng .xlsx (Excel Workbook) và gửi về ${upper === "" ? "cấp ủy cấp trên" : upper} ${deadlinePhrase(doc.deadlineDay)}.`,
  ];
}

/** A đảng bộ signs for its đảng ủy, anything else (a chi bộ) for its chi ủy. */
function signingCommittee(org: AllocationRow): string {
  const name = foldKey(org.name);
  if (name.startsWith("dang bo") || name.startsWith("dang uy")) return "ĐẢNG ỦY";
  if (name.startsWith("chi bo")) return "CHI ỦY";
  return org.kind === "commune" || org.kind === "district" || org.kind === "bloc" ? "ĐẢNG ỦY" : "CHI ỦY";
}

function namesCommittee(line: string): boolean {
  const lower = line.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
  return COMMITTEES.some((c) => lower === c || lower.startsWith(`${c} `));
}

/**
 * The level above as the organisation's superior line: the committee the issuer
 * names ("ĐẢNG ỦY XÃ KA ĐÔ/BAN XÂY DỰNG ĐẢNG" heads its đảng bộ, "ĐẢNG BỘ XÃ KA ĐÔ"),
 * else the superior body (`--superior`), which then names the committee an issuing
 * ban belongs to; else nothing: a ban alone is never the body above an organisation.
 */
function templateSuperiorLine(doc: DocumentSettings): string {
  const committee = reportingCommittee(doc);
  const line = namesCommittee(committee) ? committee : doc.superiorBody.trim();
  return line.toLocaleUpperCase("vi").replace(/^ĐẢNG ỦY\b/u, "ĐẢNG BỘ");
}

function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

function pad(row: Array<SpecCell | null>, width: number): Array<SpecCell | null> {
  while (row.length < width) row.push(null);
  return row;
}

function templateSheetName(year: number): string {
  return `${TEMPLATE_SHEET_PREFIX} ${year}`;
}

/** One organisation's template sheet. */
export function templateSheetSpec(org: AllocationRow, year: number, doc: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS): SheetSpec {
  const width = L.noteCol + 1;
  const lastInputCol = L.firstInputCol + TEMPLATE_INPUT_KEYS.length - 1;
  const lastMonthRow = L.firstMonthRow + 11;
  const rows: Array<Array<SpecCell | null>> = [];
  const put = (r: number, cells: Array<SpecCell | null>): void => {
    rows[r] = pad(cells, width);
  };

  // The organisation's own heading: it is the issuer of the report it sends up.
  const heading = new RowBuilder(width);
  const headingMerges = addPartyHeader(heading, { ...DEFAULT_DOCUMENT_SETTINGS, superiorBody: templateSuperiorLine(doc), issuingBody: [org.name], reportDate: null }, { first: 0, last: 2 }, { first: 6, last: L.noteCol }, {
    // The place is the issuer's (--place): most organisations sit where their committee does; the date is theirs to fill.
    dateLine: placeAndDateLine(doc.place, null, year),
  }).merges;
  heading.build().forEach((r, i) => put(L.headingRow + i, [...r]));
  const upper = upperLevelName(doc);
  const instructions = instructionLines(doc);
  put(L.titleRow, [text(`BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN NĂM ${year}`, { font: { name: FONT, size: 14, bold: true }, horizontal: "center" })]);
  put(L.subtitleRow, [text(`(Nhập số liệu vào các ô màu vàng; gửi về ${upper === "" ? "cấp ủy cấp trên" : upper} ${deadlinePhrase(doc.deadlineDay)})`, { font: { name: FONT, size: 11, italic: true }, horizontal: "center" })]);
  put(L.orgNameRow, [text(TEMPLATE_LABELS.orgName, labelStyle), text(org.name, { ...valueStyle, font: { name: FONT, size: 12, bold: true } })]);
  put(L.orgKindRow, [text(TEMPLATE_LABELS.orgKind, labelStyle), text(kindLabel(org.kind), valueStyle)]);
  put(L.yearRow, [text(TEMPLATE_LABELS.year, labelStyle), { value: year, style: valueStyle }]);
  put(L.quotaRow, [text(TEMPLATE_LABELS.quota, labelStyle), { value: org.quota ?? 0, style: valueStyle }]);
  put(L.studentQuotaRow, [text(TEMPLATE_LABELS.studentQuota, labelStyle), { value: org.studentQuota, style: valueStyle }]);
  put(L.headerRow - 1, []);

  const header: Array<SpecCell | null> = [text(TEMPLATE_LABELS.month, headerStyle)];
  for (const k of TEMPLATE_INPUT_KEYS) header.push(text(FIGURE_LABELS[k].vi, headerStyle));
  header.push(text(TEMPLATE_LABELS.cumulative, headerStyle), text(NO_SOURCES_FIELD.label.vi, headerStyle), text(TEMPLATE_LABELS.note, headerStyle));
  put(L.headerRow, header);

  const admittedLetter = (r: number): string => toA1(r, L.firstInputCol);
  const firstAdmitted = toA1(L.firstMonthRow, L.firstInputCol).replace(/(\d+)$/, "$$$1");
  for (let m = 1; m <= 12; m++) {
    const r = L.firstMonthRow + m - 1;
    const cells: Array<SpecCell | null> = [text(monthLabel(m), monthStyle)];
    for (let i = 0; i < TEMPLATE_INPUT_KEYS.length; i++) cells.push({ value: null, style: inputStyle });
    // Blank until the month is filled, so an unreported month does not look like a zero.
    cells.push({ value: "", formula: `IF(COUNT(${admittedLetter(r)})=0,"",SUM(${firstAdmitted}:${admittedLetter(r)}))`, style: computedStyle });
    cells.push({ value: null, style: flagStyle });
    cells.push({ value: null, style: noteStyle });
    put(r, cells);
  }
  const total: Array<SpecCell | null> = [text(TEMPLATE_LABELS.total, monthStyle)];
  for (let c = L.firstInputCol; c <= lastInputCol; c++) {
    total.push({ value: 0, formula: `SUM(${toA1(L.firstMonthRow, c)}:${toA1(lastMonthRow, c)})`, style: computedStyle });
  }
  total.push({ value: null, style: computedStyle }, { value: null, style: computedStyle }, { value: null, style: computedStyle });
  put(L.totalRow, total);
  put(L.totalRow + 1, []);
  instructions.forEach((line, i) => {
    put(L.instructionsRow + i, [text(line, i === 0 ? labelStyle : { ...base, wrap: false })]);
  });
  // The signature block of the organisation's committee, matched to its kind.
  const signRow = L.instructionsRow + instructions.length + 1;
  put(signRow - 1, []);
  const signLines = [`T/M ${signingCommittee(org)}`, "BÍ THƯ"];
  const leftLines = ["Nơi nhận:", `- ${upper === "" ? "Cấp ủy cấp trên" : upper};`, "- Lưu."];
  for (let i = 0; i < Math.max(signLines.length + 4, leftLines.length); i++) {
    const cells: Array<SpecCell | null> = [];
    const l = leftLines[i];
    cells[0] = l === undefined ? null : text(l, { font: { name: FONT, size: i === 0 ? 12 : 11, bold: i === 0, italic: i === 0 } });
    const rt = signLines[i];
    cells[6] = rt === undefined ? null : text(rt, { font: { name: FONT, size: 14, bold: true }, horizontal: "center" });
    put(signRow + i, cells.map((c) => c ?? null));
  }

  const dataValidations: DataValidationSpec[] = [
    {
      range: range(L.firstMonthRow, L.firstInputCol, lastMonthRow, L.firstInputCol),
      type: "wholeNumber",
      min: 0,
      errorTitle: "Số không hợp lệ",
      errorMessage: "Nhập số nguyên từ 0 trở lên.",
      prompt: "Số đảng viên kết nạp trong tháng (0 nếu không có).",
    },
    {
      range: range(L.firstMonthRow, L.firstInputCol + 1, lastMonthRow, L.firstInputCol + 5),
      type: "wholeNumber",
      min: 0,
      max: admittedLetter(L.firstMonthRow).replace(/^([A-Z]+)/, "$$$1"),
      errorTitle: "Số không hợp lệ",
      errorMessage: "Nhập số nguyên từ 0 đến số kết nạp trong tháng.",
    },
    {
      range: range(L.firstMonthRow, L.firstInputCol + 6, lastMonthRow, lastInputCol),
      type: "wholeNumber",
      min: 0,
      errorTitle: "Số không hợp lệ",
      errorMessage: "Nhập số nguyên từ 0 trở lên.",
    },
  ];

  const inputValidations: InputValidationSpec[] = [
    {
      kind: "list",
      range: range(L.firstMonthRow, L.noSourcesCol, lastMonthRow, L.noSourcesCol),
      values: NO_SOURCES_FIELD.validation.items,
      errorTitle: NO_SOURCES_FIELD.validation.errorTitle,
      errorMessage: NO_SOURCES_FIELD.validation.errorMessage,
    },
  ];

  const merges: CellRange[] = [
    ...headingMerges,
    range(L.titleRow, 0, L.titleRow, L.noteCol),
    range(L.subtitleRow, 0, L.subtitleRow, L.noteCol),
    range(L.orgNameRow, L.valueCol, L.orgNameRow, L.noteCol),
    range(L.orgKindRow, L.valueCol, L.orgKindRow, L.noteCol),
  ];
  for (let i = 1; i < instructions.length; i++) merges.push(range(L.instructionsRow + i, 0, L.instructionsRow + i, L.noteCol));
  for (let i = 0; i < Math.max(signLines.length + 4, leftLines.length); i++) merges.push(range(signRow + i, 0, signRow + i, 2), range(signRow + i, 6, signRow + i, L.noteCol));

  // Rows are dense: the gaps between blocks are empty rows.
  for (let r = 0; r < rows.length; r++) rows[r] ??= pad([], width);
  const rowHeights: Record<number, number> = { [L.titleRow]: 24, [L.headerRow]: 78 };
  for (let i = 1; i < instructions.length; i++) rowHeights[L.instructionsRow + i] = 32;

  return {
    name: templateSheetName(year),
    role: "template",
    rows,
    columns: [
      { width: 26 },
      ...TEMPLATE_INPUT_KEYS.map((k) => ({ width: k === "awarenessClass" || k === "pendingApplications" ? 16 : 11 })),
      { width: 11 },
      { width: NO_SOURCES_FIELD.width },
      { width: 24 },
    ],
    rowHeights,
    merges,
    dataValidations,
    inputValidations,
    freeze: { rows: L.headerRow + 1, columns: 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: L.headerRow, last: L.headerRow },
      margins: PARTY_MARGINS,
      centerHorizontally: true,
    },
    protect: true,
    definedNames: {
      [TEMPLATE_NAMES.orgName]: range(L.orgNameRow, L.valueCol),
      [TEMPLATE_NAMES.orgKind]: range(L.orgKindRow, L.valueCol),
      [TEMPLATE_NAMES.year]: range(L.yearRow, L.valueCol),
      [TEMPLATE_NAMES.quota]: range(L.quotaRow, L.valueCol),
      [TEMPLATE_NAMES.studentQuota]: range(L.studentQuotaRow, L.valueCol),
      [TEMPLATE_NAMES.header]: range(L.headerRow, 0, L.headerRow, L.noteCol),
      [TEMPLATE_NAMES.months]: range(L.firstMonthRow, L.monthCol, lastMonthRow, L.monthCol),
      [TEMPLATE_NAMES.inputs]: range(L.firstMonthRow, L.firstInputCol, lastMonthRow, lastInputCol),
      [TEMPLATE_NAMES.cumulative]: range(L.firstMonthRow, L.cumulativeCol, lastMonthRow, L.cumulativeCol),
      [TEMPLATE_NAMES.notes]: range(L.firstMonthRow, L.noteCol, lastMonthRow, L.noteCol),
      [TEMPLATE_NAMES.noSources]: range(L.firstMonthRow, L.noSourcesCol, lastMonthRow, L.noSourcesCol),
    },
    tabColor: "#C00000",
  };
}

export interface TemplateOptions {
  /** The "Chi bộ" sheet: by kind of organisation (default), for every template, or for none. */
  readonly branchSheet?: BranchSheetMode;
  /** The heading, signature and instruction line (issue #13); the neutral defaults when absent. */
  readonly document?: DocumentSettings;
}

/**
 * An organisation's sheets: the monthly report, its chi bộ when it has chi bộ
 * trực thuộc (issue #12), and the register of persons admitted (issue #14).
 */
export function templateSheets(org: AllocationRow, year: number, options: TemplateOptions = {}): SheetSpec[] {
  const sheets: SheetSpec[] = [templateSheetSpec(org, year, options.document)];
  if (wantsBranchSheet(org.name, options.branchSheet ?? "auto")) {
    const branch = branchTemplateSheet(org.name, year);
    const lists: InputValidationSpec[] = branch.listValidations.map((v) => ({
      kind: "list",
      range: v.range,
      values: v.values,
      ...(v.errorTitle === undefined ? {} : { errorTitle: v.errorTitle }),
      ...(v.errorMessage === undefined ? {} : { errorMessage: v.errorMessage }),
      ...(v.prompt === undefined ? {} : { prompt: v.prompt }),
    }));
    sheets.push({ ...branch.sheet, inputValidations: [...(branch.sheet.inputValidations ?? []), ...lists] });
  }
  sheets.push(registerSheetSpec({ organization: org.name, year }));
  return sheets;
}

/** One workbook per organisation of the allocation table, in table order; file names are unique. */
export function templateWorkbookSpecs(allocation: AllocationCheckResult, year: number, settings: ReportSettings, options: TemplateOptions = {}): WorkbookSpec[] {
  const used = new Set<string>();
  const width = String(allocation.organizations.length).length < 2 ? 2 : String(allocation.organizations.length).length;
  return allocation.organizations
    .filter((org) => org.name.trim() !== "")
    .map((org, i) => {
      const fileName = templateFileName(String(i + 1).padStart(width, "0"), org.name, year, used);
      used.add(fileName.toLowerCase());
      return {
        sheets: templateSheets(org, year, { ...options, document: options.document ?? documentSettingsOf(settings) }),
        fileName,
        properties: { title: `Báo cáo kết nạp đảng viên ${year} — ${org.name}`, creator: settings.issuingBody.join(" – ") || "PTĐV" },
      };
    });
}
