/** Report templates: new workbooks where Excel can open them (1.8), else owned sheets in this workbook. */
import type { SheetSpec, WorkbookSpec } from "../core/sheet-spec";
import type { WriteResult } from "../taskpane/host";

export const NO_CREATE_WORKBOOK_NOTE =
  "Excel này không mở được sổ làm việc mới (ExcelApi 1.8) nên các mẫu được thêm thành trang tính trong sổ này. / This Excel cannot open new workbooks (ExcelApi 1.8), so the templates were added as sheets in this workbook.";

/** Encodes without building one giant string argument for btoa (which overflows the stack on big files). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Sheets of several template workbooks, flattened for hosts that can only add sheets; names are made unique per book. */
export function templateSheets(books: readonly WorkbookSpec[]): SheetSpec[] {
  return books.flatMap((book) => {
    const prefix = book.fileName?.replace(/\.xlsx$/i, "");
    return book.sheets.map((sheet) => (book.sheets.length === 1 && prefix ? { ...sheet, name: prefix } : sheet));
  });
}

export async function deliverAsWorkbooks(
  books: readonly WorkbookSpec[],
  writeWorkbook: (spec: WorkbookSpec) => Promise<Uint8Array>,
  createWorkbook: (base64: string) => Promise<void>,
): Promise<WriteResult> {
  const written: string[] = [];
  for (const book of books) {
    // One at a time: each opens a window, and ExcelJS output is large enough to pace.
    const bytes = await writeWorkbook(book);
    await createWorkbook(toBase64(bytes));
    written.push(book.fileName ?? book.sheets[0]?.name ?? "");
  }
  return { written, notes: [] };
}
