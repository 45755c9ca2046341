/**
 * Report templates: one new workbook holding every organisation's template
 * where Excel can open it (1.8), else owned sheets in this workbook.
 */
import type { LocalizedText } from "../core";
import type { SheetSpec, WorkbookSpec } from "../core";
import type { WriteResult } from "../host";
import { SCOPE_MARKER, scopeDefinedNames } from "./scope-names";
import { sheetNameKey, uniqueSheetName } from "./sheet-names";

export const NO_CREATE_WORKBOOK_NOTE: LocalizedText = {
  vi: "Excel này không mở được sổ làm việc mới (ExcelApi 1.8) nên các mẫu được thêm thành trang tính trong sổ này.",
  en: "This Excel cannot open new workbooks (ExcelApi 1.8), so the templates were added as sheets in this workbook.",
};

export const ONE_WORKBOOK_NOTE = (sheets: number): LocalizedText => ({
  vi: `Đã mở một sổ làm việc mới gồm ${sheets} mẫu, mỗi tổ chức một trang tính (các tên đã đặt thuộc riêng từng trang). Để gửi mỗi tổ chức một tệp riêng, bấm chuột phải vào trang tính → Di chuyển hoặc Sao chép → (sổ mới), hoặc tải từng tệp bằng bản trình duyệt của PTĐV.`,
  en: `Opened one new workbook with ${sheets} templates, one sheet per organisation (its defined names are scoped to each sheet). To send each organisation its own file, right-click a sheet → Move or Copy → (new book), or download the files one by one from the PTĐV browser edition.`,
});

/** Encodes without building one giant string argument for btoa (which overflows the stack on big files). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/**
 * Drops the words every name starts with ("Mẫu báo cáo 2025 - "), so that the
 * 31 characters of a sheet name go to what tells the organisations apart.
 */
export function withoutCommonPrefix(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  let common = names[0] ?? "";
  for (const n of names) while (!n.startsWith(common)) common = common.slice(0, -1);
  // Cut only after a " - " separator: "Xã Ka Đô" / "Xã Ka Đơn" must keep "Xã Ka".
  const separator = /\s[-–]\s/g;
  let end = 0;
  for (let m = separator.exec(common); m !== null; m = separator.exec(common)) end = m.index + m[0].length;
  const trimmed = names.map((n) => n.slice(end).trim());
  return trimmed.some((n) => n === "") ? [...names] : trimmed;
}

/** Sheets of several template workbooks, flattened for hosts that can only add sheets; a single-sheet book takes its file's name. */
export function templateSheets(books: readonly WorkbookSpec[]): SheetSpec[] {
  const prefixes = books.map((book) => book.fileName?.replace(/\.xlsx$/i, "") ?? "");
  const shortNames = withoutCommonPrefix(prefixes.filter((p) => p !== ""));
  let next = 0;
  return books.flatMap((book, i) => {
    const name = prefixes[i] === "" ? undefined : shortNames[next++];
    return book.sheets.map((sheet) => (book.sheets.length === 1 && name ? { ...sheet, name } : sheet));
  });
}

/**
 * Every template in one workbook: sheet names made unique within 31
 * characters, and each sheet's defined names marked with its position so that
 * `scopeDefinedNames` can turn them into sheet-scoped names of the same name
 * (every template keeps PTDV_INPUTS etc., which the report reader relies on).
 */
export function combineTemplateBooks(books: readonly WorkbookSpec[]): WorkbookSpec {
  const taken = new Set<string>();
  const sheets = templateSheets(books).map((sheet, index): SheetSpec => {
    const name = uniqueSheetName(sheet.name, (n) => taken.has(sheetNameKey(n)));
    taken.add(sheetNameKey(name));
    const { definedNames, ...rest } = sheet;
    if (!definedNames) return { ...rest, name };
    const marked = Object.fromEntries(Object.entries(definedNames).map(([n, r]) => [`${n}${SCOPE_MARKER}${index}`, r]));
    return { ...rest, name, definedNames: marked };
  });
  const first = books[0];
  return { sheets, fileName: "Mẫu báo cáo PTĐV.xlsx", ...(first?.properties ? { properties: first.properties } : {}) };
}

export async function deliverAsOneWorkbook(
  books: readonly WorkbookSpec[],
  writeWorkbook: (spec: WorkbookSpec) => Promise<Uint8Array>,
  createWorkbook: (base64: string) => Promise<void>,
): Promise<WriteResult> {
  if (books.length === 0) return { written: [], notes: [] };
  const combined = combineTemplateBooks(books);
  const hasNames = combined.sheets.some((s) => Object.keys(s.definedNames ?? {}).length > 0);
  let bytes = await writeWorkbook(combined);
  if (hasNames) bytes = await scopeDefinedNames(bytes);
  // One window for all organisations instead of one per organisation.
  await createWorkbook(toBase64(bytes));
  return { written: combined.sheets.map((s) => s.name), notes: [ONE_WORKBOOK_NOTE(combined.sheets.length)] };
}
