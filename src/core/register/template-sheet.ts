/**
 * The sheet "Danh sách kết nạp" of the report template: one row per person
 * admitted. Lists are drop-downs over items kept in hidden columns of the same
 * sheet (the form's labels contain commas and are too long for an inline
 * list); dates are date-validated and shown dd/mm/yyyy; names are typed text.
 */
import type { CellRange } from "../grid";
import type { CellStyle, InputValidationSpec, SheetSpec, SpecCell } from "../sheet-spec";
import { ACADEMIC_TITLES, EDUCATION_LEVELS, OCCUPATIONS, QUALIFICATIONS } from "./categories";
import { REGISTER_COLUMNS, type RegisterColumnKey } from "./columns";

export const REGISTER_SHEET_NAME = "Danh sách kết nạp";
/** Defined name over the input box (data rows × the template's columns), documented in the README. */
export const REGISTER_NAME = "PTDV_REGISTER";
export const REGISTER_LABELS = { organization: "Tổ chức cơ sở đảng:", year: "Năm báo cáo:" } as const;
const YES = "Có";
const NO = "Không";
const SEX_ITEMS = ["Nam", "Nữ"] as const;
const YES_NO_ITEMS = [YES, NO] as const;

export const REGISTER_LAYOUT = {
  titleRow: 0,
  subtitleRow: 1,
  organizationRow: 2,
  yearRow: 3,
  headerRow: 5,
  firstDataRow: 6,
  /** Where the hidden list columns start, right of the inputs after a gap. */
  firstListCol: REGISTER_COLUMNS.length + 1,
} as const;

export const DEFAULT_REGISTER_ROWS = 100;

const FONT = "Times New Roman";
const INPUT_FILL = "#FFF2CC";
const title: CellStyle = { font: { name: FONT, size: 14, bold: true }, horizontal: "center" };
const label: CellStyle = { font: { name: FONT, size: 12, bold: true } };
const header: CellStyle = { font: { name: FONT, size: 11, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: true };
const input: CellStyle = { font: { name: FONT, size: 12 }, fill: INPUT_FILL, border: true, locked: false, vertical: "middle" };
/** Text format (`@`) keeps a name such as `=A1` or `0123` exactly as typed. */
const textInput: CellStyle = { ...input, numFmt: "@" };
const dateInput: CellStyle = { ...input, horizontal: "center", numFmt: "dd/mm/yyyy" };
const listItem: CellStyle = { font: { name: FONT, size: 10 } };

const DATE_COLUMNS: ReadonlySet<RegisterColumnKey> = new Set(["birth", "admitted", "recognized"]);
const TEXT_COLUMNS: ReadonlySet<RegisterColumnKey> = new Set(["name", "ethnicity", "religion", "chiBo", "note"]);

/**
 * The drop-down lists, each one hidden column: the items are the form's own
 * labels. The titles are neutral so that no header synonym takes them for a column.
 */
const LISTS: ReadonlyArray<{ readonly column: RegisterColumnKey; readonly title: string; readonly items: readonly string[] }> = [
  { column: "sex", title: "Danh mục 1", items: SEX_ITEMS },
  { column: "youthUnion", title: "Danh mục 2", items: YES_NO_ITEMS },
  { column: "occupation", title: "Danh mục 3", items: OCCUPATIONS.map((c) => c.label) },
  { column: "education", title: "Danh mục 4", items: EDUCATION_LEVELS.map((c) => c.label) },
  { column: "qualification", title: "Danh mục 5", items: [NO, ...QUALIFICATIONS.map((c) => c.label)] },
  { column: "academicTitle", title: "Danh mục 6", items: [NO, ...ACADEMIC_TITLES.map((c) => c.label)] },
];
const YES_NO_COLUMNS: readonly RegisterColumnKey[] = ["youthUnion", "businessOwner", "readmitted"];

function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

function colOf(key: RegisterColumnKey): number {
  return REGISTER_COLUMNS.findIndex((c) => c.key === key);
}

export interface RegisterTemplateOptions {
  readonly organization: string;
  readonly year: number;
  /** Input rows; 100 by default. */
  readonly rows?: number;
}

export function registerSheetSpec(options: RegisterTemplateOptions): SheetSpec {
  const L = REGISTER_LAYOUT;
  const count = Math.max(1, Math.floor(options.rows ?? DEFAULT_REGISTER_ROWS));
  const lastDataRow = L.firstDataRow + count - 1;
  const lastInputCol = REGISTER_COLUMNS.length - 1;
  const lastListCol = L.firstListCol + LISTS.length - 1;
  const width = lastListCol + 1;
  const rows: Array<Array<SpecCell | null>> = [];
  const row = (r: number): Array<SpecCell | null> => {
    for (let i = rows.length; i <= r; i++) rows.push(new Array<SpecCell | null>(width).fill(null));
    return rows[r] as Array<SpecCell | null>;
  };

  row(L.titleRow)[0] = { value: `DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP NĂM ${options.year}`, style: title };
  row(L.subtitleRow)[0] = {
    value: "(Mỗi người một dòng, chỉ nhập vào các ô màu vàng; ngày nhập theo ngày/tháng/năm; chọn nghề nghiệp, trình độ trong danh sách)",
    style: { font: { name: FONT, size: 11, italic: true }, horizontal: "center" },
  };
  row(L.organizationRow)[0] = { value: REGISTER_LABELS.organization, style: label };
  row(L.organizationRow)[1] = { value: options.organization, style: { font: { name: FONT, size: 12, bold: true } } };
  row(L.yearRow)[0] = { value: REGISTER_LABELS.year, style: label };
  row(L.yearRow)[1] = { value: options.year, style: { font: { name: FONT, size: 12 }, horizontal: "left" } };
  REGISTER_COLUMNS.forEach((c, i) => {
    row(L.headerRow)[i] = { value: c.vi, style: header };
  });
  for (let r = L.firstDataRow; r <= lastDataRow; r++) {
    const cells = row(r);
    REGISTER_COLUMNS.forEach((c, i) => {
      cells[i] = { value: null, style: DATE_COLUMNS.has(c.key) ? dateInput : TEXT_COLUMNS.has(c.key) ? textInput : input };
    });
  }
  LISTS.forEach((list, i) => {
    const col = L.firstListCol + i;
    row(L.headerRow)[col] = { value: list.title, style: listItem };
    list.items.forEach((item, j) => {
      row(L.firstDataRow + j)[col] = { value: item, style: listItem };
    });
  });

  const data = (key: RegisterColumnKey): CellRange => range(L.firstDataRow, colOf(key), lastDataRow, colOf(key));
  const listSource = (column: RegisterColumnKey): CellRange => {
    const i = LISTS.findIndex((l) => l.column === column);
    const items = LISTS[i]?.items.length ?? 1;
    return range(L.firstDataRow, L.firstListCol + i, L.firstDataRow + items - 1, L.firstListCol + i);
  };
  const validations: InputValidationSpec[] = [];
  for (const list of LISTS) {
    if (list.column === "youthUnion") continue;
    validations.push({
      kind: "list",
      range: data(list.column),
      source: listSource(list.column),
      errorTitle: "Giá trị không có trong danh sách",
      errorMessage: "Chọn một mục trong danh sách.",
    });
  }
  for (const key of YES_NO_COLUMNS) {
    validations.push({ kind: "list", range: data(key), source: listSource("youthUnion"), errorTitle: "Có hoặc Không", errorMessage: "Chọn Có hoặc Không." });
  }
  for (const key of DATE_COLUMNS) {
    validations.push({
      kind: "date",
      range: data(key),
      min: "1900-01-01",
      max: "2199-12-31",
      errorTitle: "Ngày không hợp lệ",
      errorMessage: "Nhập ngày theo thứ tự ngày/tháng/năm, ví dụ 05/06/2025.",
      prompt: "Ngày/tháng/năm, ví dụ 05/06/2025.",
    });
  }

  return {
    name: REGISTER_SHEET_NAME,
    role: "template",
    rows,
    columns: [...REGISTER_COLUMNS.map((c) => ({ width: c.width })), { width: 2 }, ...LISTS.map(() => ({ width: 30, hidden: true }))],
    rowHeights: { [L.titleRow]: 24, [L.headerRow]: 48 },
    merges: [range(L.titleRow, 0, L.titleRow, lastInputCol), range(L.subtitleRow, 0, L.subtitleRow, lastInputCol), range(L.organizationRow, 1, L.organizationRow, 8)],
    inputValidations: validations,
    freeze: { rows: L.headerRow + 1, columns: 1 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: L.headerRow, last: L.headerRow },
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
    },
    protect: true,
    definedNames: { [REGISTER_NAME]: range(L.firstDataRow, 0, lastDataRow, lastInputCol) },
    tabColor: "#7030A0",
  };
}

/**
 * The monthly template's new input column "Không còn nguồn" (section III of
 * Biểu 2: organisations with no candidates left). The integrator adds it to
 * src/core/reports/template-spec.ts; `parseFlag` reads its cells. One cell per month: "Có" when, at the end of that month,
 * the organisation has no more candidates (quần chúng) to develop.
 */
export const NO_SOURCES_FIELD = {
  key: "noSourcesLeft",
  label: { vi: "Không còn nguồn (Có/Không)", en: "No candidates left (yes/no)" },
  /** Header synonyms for reading it back from templates and log tables. */
  synonyms: [/^(khong con (nguon|quan chung)|het nguon)\b/] as readonly RegExp[],
  validation: {
    kind: "list",
    items: YES_NO_ITEMS,
    errorTitle: "Có hoặc Không",
    errorMessage: "Chọn Có nếu đến cuối tháng không còn quần chúng để phát triển đảng viên; để trống hoặc Không nếu còn.",
  },
  width: 11,
} as const;
