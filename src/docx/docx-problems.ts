/**
 * The one verdict about a Word file that the engine's FILE_* catalogue has no
 * words for: a Word 97–2003 .doc, which the user can fix by saving as .docx.
 * A code of the FILE_* family, kept beside the reader that gives it.
 */
import { makeFinding, type Finding, type FindingCatalogue } from "../core";

export type DocxProblemCode = "FILE_UNSUPPORTED_DOC";

const DOCX_PROBLEMS: FindingCatalogue<DocxProblemCode> = {
  FILE_UNSUPPORTED_DOC: {
    severity: "error",
    vi: () =>
      "Đây là tệp Word kiểu cũ (.doc, Word 97–2003), PTĐV chưa đọc được. Hãy mở tệp bằng Word (hoặc LibreOffice Writer) rồi Lưu thành (Save As) kiểu “Tài liệu Word (*.docx)” và chọn lại tệp mới.",
    en: () =>
      "This is an old-style Word file (.doc, Word 97–2003), which PTĐV does not read. Open it in Word (or LibreOffice Writer), use Save As “Word Document (*.docx)” and choose the new file.",
  },
};

export function docxProblem(code: DocxProblemCode, file: string | undefined): Finding {
  return makeFinding(DOCX_PROBLEMS, code, file === undefined ? {} : { file });
}
