/**
 * The list of persons behind Biểu 2. It holds personal data, so it is never
 * part of the progress workbook by default: `registerSheets` adds it only when
 * the user asks (`--with-register` in the CLI, a check box in the pane).
 */
import type { SheetSpec } from "../sheet-spec";
import { ACADEMIC_TITLES, EDUCATION_LEVELS, OCCUPATIONS, QUALIFICATIONS } from "./categories";
import type { Bieu2Result } from "./bieu2";
import { bieu2SheetSpec } from "./bieu2-spec";
import { excelSerial } from "./dates";
import { c, Rows, S, type RegisterHeading } from "./sheet-parts";
import type { RegisterPerson } from "./types";

export const PERSON_LIST_SHEET_NAME = "Danh sách kết nạp (tổng hợp)";

const labelOf = (list: ReadonlyArray<{ key: string; label: string }>, key: string | null): string => (key === null ? "" : (list.find((x) => x.key === key)?.label ?? ""));
const yesNo = (b: boolean | null): string => (b === true ? "Có" : "");

export function personListSheetSpec(persons: readonly RegisterPerson[]): SheetSpec {
  const headers = [
    "STT",
    "Tổ chức cơ sở đảng",
    "Chi bộ",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Tôn giáo",
    "Đoàn viên",
    "Nghề nghiệp",
    "Trình độ GDPT",
    "Chuyên môn",
    "Học hàm",
    "Chủ DN tư nhân",
    "Kết nạp lại",
    "Ngày kết nạp",
    "Tuổi khi kết nạp",
  ];
  const t = new Rows(headers.length);
  t.add([c("DANH SÁCH ĐẢNG VIÊN MỚI KẾT NẠP (TỔNG HỢP)", S.title)]);
  t.add();
  const header = t.add(headers.map((h) => c(h, S.header)));
  const sorted = [...persons].sort((a, b) => a.organization.localeCompare(b.organization, "vi") || a.admitted.year - b.admitted.year || a.admitted.month - b.admitted.month || a.admitted.day - b.admitted.day);
  sorted.forEach((p, i) => {
    t.add([
      c(i + 1, S.number),
      c(p.organization, S.text),
      c(p.chiBo, S.text),
      c(p.name, S.text),
      c(excelSerial(p.birth), S.date),
      c(p.female === null ? "" : p.female ? "Nữ" : "Nam", S.text),
      c(p.ethnicity, S.text),
      c(p.religion, S.text),
      c(yesNo(p.youthUnion), S.text),
      c(labelOf(OCCUPATIONS, p.occupation), S.text),
      c(labelOf(EDUCATION_LEVELS, p.education), S.text),
      c(labelOf(QUALIFICATIONS, p.qualification), S.text),
      c(labelOf(ACADEMIC_TITLES, p.academicTitle), S.text),
      c(yesNo(p.businessOwner), S.text),
      c(yesNo(p.readmitted), S.text),
      c(excelSerial(p.admitted), S.date),
      c(p.age, S.number),
    ]);
  });
  return {
    name: PERSON_LIST_SHEET_NAME,
    role: "progress",
    rows: t.rows,
    columns: [6, 26, 18, 24, 12, 8, 10, 10, 9, 30, 16, 16, 10, 9, 9, 12, 9].map((width) => ({ width })),
    merges: [{ top: 0, left: 0, bottom: 0, right: headers.length - 1 }],
    freeze: { rows: header + 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: header, last: header } },
  };
}

export interface RegisterSheetsOptions {
  readonly heading: RegisterHeading;
  /** Opt-in: the person list is added only when true (`--with-register`). */
  readonly withPersonList?: boolean;
  /** The persons behind the figures, needed only with withPersonList. */
  readonly persons?: readonly RegisterPerson[];
}

/** The sheets the progress workbook gains: Biểu 2 always, the person list only when asked for. */
export function registerSheets(result: Bieu2Result, options: RegisterSheetsOptions): SheetSpec[] {
  const sheets = [bieu2SheetSpec(result, options.heading)];
  if (options.withPersonList === true) {
    const months = new Set(result.period.months);
    sheets.push(personListSheetSpec((options.persons ?? []).filter((p) => p.admitted.year === result.period.year && months.has(p.admitted.month))));
  }
  return sheets;
}
