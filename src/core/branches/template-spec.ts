/**
 * The template's second sheet, "Chi bộ": one row per chi bộ of the TCCSĐ,
 * inputs unlocked and validated, the box named PTDV_BRANCHES.
 */
import type { CellRange } from "../grid";
import { foldKey } from "../text/normalize";
import { classifyKind } from "../names/kind";
import type { CellStyle, DataValidationSpec, SheetSpec, SpecCell } from "../sheet-spec";
import { branchKindLabel } from "./kind";
import { BRANCH_KINDS } from "./types";
import { BRANCH_LABELS, BRANCH_LAYOUT as L, BRANCH_NAMES, BRANCH_SHEET_NAME, BRANCH_TEMPLATE_ROWS, SOURCES_VALUES } from "./template-layout";
import { FIRST_ADMISSION_YEAR } from "./parse-cells";

const FONT = "Times New Roman";
const INPUT_FILL = "#FFF2CC";
const labelStyle: CellStyle = { font: { name: FONT, size: 12, bold: true } };
const valueStyle: CellStyle = { font: { name: FONT, size: 12, bold: true }, horizontal: "left" };
const headerStyle: CellStyle = { font: { name: FONT, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true };
const sttStyle: CellStyle = { font: { name: FONT, size: 12 }, horizontal: "center", border: true };
const textInput: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, border: true, locked: false, wrap: true };
const numberInput: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, horizontal: "center", border: true, locked: false, numFmt: "0" };
const listInput: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, horizontal: "center", border: true, locked: false };

/**
 * A list validation. `DataValidationSpec` of src/core/sheet-spec.ts knows whole
 * numbers only; until it gains a list variant the integrator writes these
 * (Loại and Còn nguồn) alongside the sheet's own validations.
 */
export interface ListValidationSpec {
  readonly range: CellRange;
  readonly type: "list";
  readonly values: readonly string[];
  readonly errorTitle?: string;
  readonly errorMessage?: string;
  readonly prompt?: string;
}

export interface BranchSheetTemplate {
  readonly sheet: SheetSpec;
  readonly listValidations: readonly ListValidationSpec[];
}

const INSTRUCTIONS: readonly string[] = [
  "Hướng dẫn:",
  "1. Mỗi chi bộ trực thuộc một dòng; chỉ nhập vào các ô màu vàng. Không chèn hoặc xóa cột.",
  "2. Loại: chọn trong danh sách (thôn/ấp/bản, tổ dân phố/khu phố, trường học, cơ quan - đơn vị, doanh nghiệp, lực lượng vũ trang, khác).",
  "3. Số đảng viên: tổng số đảng viên của chi bộ tại thời điểm báo cáo. Kết nạp trong năm: số đảng viên kết nạp từ đầu năm.",
  "4. Năm kết nạp gần nhất: năm gần nhất trước năm báo cáo chi bộ kết nạp đảng viên; để trống nếu chưa kết nạp hoặc không rõ.",
  "5. Còn nguồn: \"Có\" nếu chi bộ còn quần chúng ưu tú đang được bồi dưỡng, giới thiệu kết nạp; \"Không\" nếu hết nguồn.",
];

const range = (top: number, left: number, bottom = top, right = left): CellRange => ({ top, left, bottom, right });
const text = (value: string, style: CellStyle): SpecCell => ({ value, style });

/** The range PTDV_BRANCHES names: the seven input columns of the blank rows. */
function branchInputRange(rows = BRANCH_TEMPLATE_ROWS): CellRange {
  return range(L.firstInputRow, L.nameCol, L.firstInputRow + rows - 1, L.noteCol);
}

/** The "Chi bộ" sheet of one TCCSĐ's template. */
export function branchTemplateSheet(organization: string, year: number, rows = BRANCH_TEMPLATE_ROWS): BranchSheetTemplate {
  const width = L.noteCol + 1;
  const lastRow = L.firstInputRow + rows - 1;
  const out: Array<Array<SpecCell | null>> = [];
  const put = (r: number, cells: Array<SpecCell | null>): void => {
    while (cells.length < width) cells.push(null);
    out[r] = cells;
  };
  put(L.titleRow, [text(`DANH SÁCH CHI BỘ TRỰC THUỘC NĂM ${year}`, { font: { name: FONT, size: 14, bold: true }, horizontal: "center" })]);
  put(L.subtitleRow, [text("(Mỗi chi bộ một dòng; nhập vào các ô màu vàng và gửi lại cùng báo cáo)", { font: { name: FONT, size: 11, italic: true }, horizontal: "center" })]);
  put(L.orgNameRow, [text(BRANCH_LABELS.orgName, labelStyle), text(organization, valueStyle)]);
  put(L.yearRow, [text(BRANCH_LABELS.year, labelStyle), { value: year, style: valueStyle }]);
  put(L.headerRow - 1, []);
  put(
    L.headerRow,
    [BRANCH_LABELS.stt, BRANCH_LABELS.name, BRANCH_LABELS.kind, BRANCH_LABELS.members, BRANCH_LABELS.admitted, BRANCH_LABELS.lastYear, BRANCH_LABELS.sources, BRANCH_LABELS.note].map((h) =>
      text(h, headerStyle),
    ),
  );
  for (let i = 0; i < rows; i++) {
    put(L.firstInputRow + i, [
      { value: i + 1, style: sttStyle },
      { value: null, style: textInput },
      { value: null, style: listInput },
      { value: null, style: numberInput },
      { value: null, style: numberInput },
      { value: null, style: numberInput },
      { value: null, style: listInput },
      { value: null, style: textInput },
    ]);
  }
  put(lastRow + 1, []);
  INSTRUCTIONS.forEach((line, i) => put(lastRow + 2 + i, [text(line, i === 0 ? labelStyle : { font: { name: FONT, size: 12 } })]));

  const dataValidations: DataValidationSpec[] = [
    {
      range: range(L.firstInputRow, L.membersCol, lastRow, L.admittedCol),
      type: "wholeNumber",
      min: 0,
      errorTitle: "Số không hợp lệ",
      errorMessage: "Nhập số nguyên từ 0 trở lên.",
    },
    {
      range: range(L.firstInputRow, L.lastYearCol, lastRow, L.lastYearCol),
      type: "wholeNumber",
      min: FIRST_ADMISSION_YEAR,
      max: year,
      errorTitle: "Năm không hợp lệ",
      errorMessage: `Nhập năm từ ${FIRST_ADMISSION_YEAR} đến ${year}; để trống nếu chưa kết nạp hoặc không rõ.`,
      prompt: "Năm gần nhất chi bộ kết nạp đảng viên (trước năm báo cáo).",
    },
  ];
  const listValidations: ListValidationSpec[] = [
    {
      range: range(L.firstInputRow, L.kindCol, lastRow, L.kindCol),
      type: "list",
      values: BRANCH_KINDS.map((k) => branchKindLabel(k)),
      errorTitle: "Loại không hợp lệ",
      errorMessage: "Chọn loại chi bộ trong danh sách.",
    },
    {
      range: range(L.firstInputRow, L.sourcesCol, lastRow, L.sourcesCol),
      type: "list",
      values: SOURCES_VALUES,
      errorTitle: "Giá trị không hợp lệ",
      errorMessage: "Chọn Có hoặc Không.",
    },
  ];
  const merges: CellRange[] = [range(L.titleRow, 0, L.titleRow, L.noteCol), range(L.subtitleRow, 0, L.subtitleRow, L.noteCol), range(L.orgNameRow, L.valueCol, L.orgNameRow, L.noteCol)];
  for (let i = 1; i < INSTRUCTIONS.length; i++) merges.push(range(lastRow + 2 + i, 0, lastRow + 2 + i, L.noteCol));
  return {
    sheet: {
      name: BRANCH_SHEET_NAME,
      role: "template",
      rows: out,
      columns: [{ width: 6 }, { width: 34 }, { width: 20 }, { width: 11 }, { width: 11 }, { width: 13 }, { width: 10 }, { width: 24 }],
      rowHeights: { [L.titleRow]: 24, [L.headerRow]: 48 },
      merges,
      dataValidations,
      freeze: { rows: L.headerRow + 1, columns: 2 },
      print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: L.headerRow, last: L.headerRow }, centerHorizontally: true },
      protect: true,
      definedNames: {
        [BRANCH_NAMES.inputs]: branchInputRange(rows),
        [BRANCH_NAMES.orgName]: range(L.orgNameRow, L.valueCol),
        [BRANCH_NAMES.year]: range(L.yearRow, L.valueCol),
      },
      tabColor: "#375623",
    },
    listValidations,
  };
}

/** Whether templates get the "Chi bộ" sheet: by kind of organisation, or forced either way. */
export type BranchSheetMode = "auto" | "always" | "never";

/**
 * Organisations with chi bộ trực thuộc: đảng bộ xã/phường/thị trấn/đặc khu and
 * every other đảng bộ cơ sở. A chi bộ cơ sở has no chi bộ under it.
 */
export function wantsBranchSheet(organizationName: string, mode: BranchSheetMode = "auto"): boolean {
  if (mode !== "auto") return mode === "always";
  if (classifyKind(organizationName) === "commune") return true;
  const folded = foldKey(organizationName).replace(/[^a-z0-9]+/g, " ").trim();
  return /^(dang bo|db)( |$)/.test(folded) || /\bdac khu\b/.test(folded);
}
