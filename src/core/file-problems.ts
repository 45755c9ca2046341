/**
 * Why a file could not be read, as Findings with stable codes. Each message says
 * what the user should do, because the usual fix (save as .xlsx, remove the
 * password) is in their hands, not ours. Codes are a public contract: add, never rename.
 */
import { formatNumber } from "./number-format";
import { corruptDetail, isCorruptReason, type CorruptData, type CorruptReason } from "./file-corrupt-reasons";
import { makeFinding, type Finding, type FindingCatalogue, type FindingArgs, type Lang, type NoArgs } from "./findings";

export type FileProblemCode =
  | "FILE_NOT_FOUND"
  | "FILE_EMPTY"
  | "FILE_UNSUPPORTED_XLS"
  | "FILE_UNSUPPORTED_XLSB"
  | "FILE_UNSUPPORTED_ODS"
  | "FILE_UNSUPPORTED_FORMAT"
  | "FILE_ENCRYPTED"
  | "FILE_CORRUPT"
  | "FILE_TOO_LARGE"
  | "FILE_LIMIT_EXCEEDED"
  | "FILE_UNREADABLE"
  | "FILE_NOT_REGULAR";

/** `path` as the user gave it; `detail` the system's reason (an errno code, "is a folder"). */
export type FilePathArgs = { readonly path: string };
export type FilePathDetailArgs = FilePathArgs & { readonly detail: string };
export type FileDetailArgs = { readonly detail: string };
/**
 * `detail` is the English reason, as readers have always written it; a reader that knows why in
 * terms of file-corrupt-reasons.ts adds `reason` and its data, so the Vietnamese message says it in
 * Vietnamese. Without `reason` (a host passing a detail of its own), both messages quote `detail`.
 */
/** `app: "word"` when the file is a Word document, whose fix is made in Word, not in Excel. */
type FileAppArgs = { readonly app?: "word" };
export type FileCorruptArgs = FileDetailArgs & { readonly reason?: CorruptReason } & CorruptData & FileAppArgs;
/** Sizes already formatted for people (formatBytes). */
export type FileTooLargeArgs = { readonly actual: string; readonly limit: string };
/** `limit` names one of the read limits (see LIMIT_VI); `where` is the sheet, when the limit is per sheet. */
export type FileLimitArgs = { readonly limit: string; readonly actual: string | number; readonly max: string | number; readonly where?: string } & FileAppArgs;

export type FileProblemArgs = {
  readonly FILE_NOT_FOUND: FilePathArgs;
  readonly FILE_EMPTY: NoArgs;
  readonly FILE_UNSUPPORTED_XLS: NoArgs;
  readonly FILE_UNSUPPORTED_XLSB: NoArgs;
  readonly FILE_UNSUPPORTED_ODS: NoArgs;
  readonly FILE_UNSUPPORTED_FORMAT: FileDetailArgs;
  readonly FILE_ENCRYPTED: NoArgs;
  readonly FILE_CORRUPT: FileCorruptArgs;
  readonly FILE_TOO_LARGE: FileTooLargeArgs;
  readonly FILE_LIMIT_EXCEEDED: FileLimitArgs;
  readonly FILE_UNREADABLE: FilePathDetailArgs;
  readonly FILE_NOT_REGULAR: FilePathDetailArgs;
};

/**
 * A quantity of a limit message as the language writes it: the readers pass counts as numbers (or
 * digit strings) and sizes as formatBytes text ("61.2 MB"), which JSON keeps as they are; a
 * Vietnamese message groups thousands with "." and writes the decimal comma ("2.000.000", "61,2 MB").
 * Anything else ("250:1") is shown as given.
 */
function quantity(value: string | number, lang: Lang): string {
  if (typeof value === "number") return formatNumber(value, lang);
  // "1048576+": at least that many, where a reader stopped counting.
  const count = /^(\d+)(\+?)$/.exec(value);
  if (count !== null) return `${formatNumber(Number(count[1]), lang)}${count[2] ?? ""}`;
  return lang === "vi" ? value.replace(/(\d)\.(\d)/g, "$1,$2") : value;
}

const SAVE_AS_VI = "Hãy mở tệp bằng Excel (hoặc LibreOffice) rồi Lưu thành (Save As) kiểu “Sổ làm việc Excel (*.xlsx)” và chọn lại tệp mới.";
const SAVE_AS_EN = "Open it in Excel (or LibreOffice), use Save As “Excel Workbook (*.xlsx)” and choose the new file.";

/** The system's reasons a file could not be read (errno codes), as a Vietnamese reader says them; others are quoted. */
const READ_ERROR_VI: Readonly<Record<string, string>> = {
  EACCES: "không có quyền đọc tệp, EACCES",
  EPERM: "hệ thống không cho phép đọc, EPERM",
  EBUSY: "tệp đang bị chương trình khác giữ, EBUSY",
  EIO: "lỗi đọc ổ đĩa, EIO",
  EMFILE: "quá nhiều tệp đang mở, EMFILE",
  ENFILE: "quá nhiều tệp đang mở, ENFILE",
  ELOOP: "liên kết tượng trưng vòng lặp, ELOOP",
  ENAMETOOLONG: "đường dẫn quá dài, ENAMETOOLONG",
};

/** What a special file is (src/xlsx/read-file.ts kindOf), in Vietnamese. */
const SPECIAL_FILE_VI: Readonly<Record<string, string>> = {
  "character device": "thiết bị ký tự",
  "block device": "thiết bị khối",
  pipe: "ống dẫn (pipe)",
  socket: "socket",
  "special file": "tệp đặc biệt",
};

/** Limits are named in words so that the message reads naturally in both languages. */
const LIMIT_VI: Readonly<Record<string, string>> = {
  fileBytes: "dung lượng tệp",
  entryBytes: "dung lượng khi giải nén của một phần trong tệp",
  totalBytes: "tổng dung lượng khi giải nén",
  ratio: "tỉ lệ nén (tệp nén bất thường, có thể là “bom nén”)",
  cells: "số ô có dữ liệu",
  rows: "số dòng của một trang tính",
  columns: "số cột của một trang tính",
  area: "diện tích (số dòng × số cột) của một trang tính",
  entries: "số phần trong tệp nén",
  mergedCells: "số ô nằm trong vùng gộp ô (merge)",
  rowSpan: "dòng cuối cùng có dữ liệu của một trang tính",
  totalRowSpan: "tổng số dòng (từ dòng đầu đến dòng cuối có dữ liệu) của các trang tính",
  text: "tổng số ký tự văn bản của các ô (kể cả chuỗi dùng chung được lặp lại)",
  cellText: "số ký tự trong một ô",
  tables: "số bảng trong văn bản",
};
const LIMIT_EN: Readonly<Record<string, string>> = {
  fileBytes: "file size",
  entryBytes: "uncompressed size of one part of the file",
  totalBytes: "total uncompressed size",
  ratio: "compression ratio (an abnormal archive, possibly a “zip bomb”)",
  cells: "number of cells with data",
  rows: "number of rows on one sheet",
  columns: "number of columns on one sheet",
  area: "area (rows × columns) of one sheet",
  entries: "number of parts in the archive",
  mergedCells: "number of cells inside merged ranges",
  rowSpan: "last row with data on one sheet",
  totalRowSpan: "total rows (first to last row with data) of all sheets",
  text: "total characters of cell text (shared strings counted each time they are used)",
  cellText: "characters in one cell",
  tables: "number of tables in the document",
};

/**
 * FILE_UNSUPPORTED_FORMAT details the readers write that are words rather than format names
 * ("Word .docx", ".pdf", "HTML" read the same in both languages): their Vietnamese.
 */
const UNSUPPORTED_VI: Readonly<Record<string, string>> = {
  binary: "tệp nhị phân",
  "zip archive without a workbook": "tệp nén zip không có sổ làm việc bên trong",
  "not a Word .docx document": "không phải văn bản Word .docx",
  "Office 97–2003 / OLE2": "tệp Office 97–2003 (OLE2)",
};

export const FILE_PROBLEMS: FindingCatalogue<FileProblemCode, FileProblemArgs> = {
  FILE_NOT_FOUND: {
    severity: "error",
    vi: (a) => `Không tìm thấy tệp “${a.path}”. Hãy kiểm tra đường dẫn và tên tệp.`,
    en: (a) => `File “${a.path}” not found. Check the path and the file name.`,
  },
  FILE_EMPTY: {
    severity: "error",
    vi: () => "Tệp rỗng (0 byte), không có dữ liệu để đọc. Có thể tệp chưa được lưu hoặc tải về chưa xong; hãy lấy lại tệp gốc.",
    en: () => "The file is empty (0 bytes). It may not have been saved or downloaded completely; get the original file again.",
  },
  FILE_UNSUPPORTED_XLS: {
    severity: "error",
    vi: () => `Đây là tệp Excel kiểu cũ (.xls, Excel 97–2003), PTĐV chưa đọc được. ${SAVE_AS_VI}`,
    en: () => `This is an old-style Excel file (.xls, Excel 97–2003), which PTĐV does not read. ${SAVE_AS_EN}`,
  },
  FILE_UNSUPPORTED_XLSB: {
    severity: "error",
    vi: () => `Đây là tệp Excel dạng nhị phân (.xlsb), PTĐV chưa đọc được. ${SAVE_AS_VI}`,
    en: () => `This is a binary Excel workbook (.xlsb), which PTĐV does not read. ${SAVE_AS_EN}`,
  },
  FILE_UNSUPPORTED_ODS: {
    severity: "error",
    vi: () => `Đây là bảng tính OpenDocument (.ods, LibreOffice/OpenOffice), PTĐV chưa đọc được. ${SAVE_AS_VI}`,
    en: () => `This is an OpenDocument spreadsheet (.ods, LibreOffice/OpenOffice), which PTĐV does not read. ${SAVE_AS_EN}`,
  },
  FILE_UNSUPPORTED_FORMAT: {
    severity: "error",
    vi: (a) =>
      `Tệp không phải bảng tính hay kế hoạch mà PTĐV đọc được (${UNSUPPORTED_VI[a.detail] ?? a.detail}). Hãy chọn một bảng tính (.xlsx, .xls, .ods, .csv) hoặc, với kế hoạch, một tài liệu Word (.docx).`,
    en: (a) =>
      `The file is not a spreadsheet or plan PTĐV reads (${a.detail}). Choose a spreadsheet (.xlsx, .xls, .ods, .csv) or, for a plan, a Word document (.docx).`,
  },
  FILE_ENCRYPTED: {
    severity: "error",
    vi: () =>
      "Tệp được đặt mật khẩu (mã hoá), PTĐV không mở được. Hãy mở tệp trong Excel, vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu, rồi lưu thành .xlsx không mật khẩu.",
    en: () =>
      "The file is password-protected (encrypted), so PTĐV cannot open it. Open it in Excel, go to File › Info › Protect Workbook › Encrypt with Password, clear the password, and save it as .xlsx without a password.",
  },
  FILE_CORRUPT: {
    severity: "error",
    vi: (a) =>
      `Tệp bị hỏng hoặc không đầy đủ, không đọc được (${isCorruptReason(a.reason) ? corruptDetail(a.reason, a, "vi") : a.detail}). ${a.app === "word" ? "Hãy lấy lại tệp gốc, hoặc mở bằng Word (Word sẽ đề nghị sửa tệp) rồi lưu lại thành .docx." : "Hãy lấy lại tệp gốc, hoặc mở bằng Excel (Excel sẽ đề nghị sửa tệp) rồi lưu lại thành .xlsx."}`,
    en: (a) =>
      `The file is damaged or incomplete and cannot be read (${a.detail}). ${a.app === "word" ? "Get the original file again, or open it in Word (which offers to repair it) and save it again as .docx." : "Get the original file again, or open it in Excel (which offers to repair it) and save it again as .xlsx."}`,
  },
  FILE_TOO_LARGE: {
    severity: "error",
    vi: (a) =>
      `Tệp quá lớn (${quantity(a.actual, "vi")}; PTĐV đọc tối đa ${quantity(a.limit, "vi")}). Hãy sao chép riêng bảng cần kiểm tra sang một sổ làm việc mới rồi chọn tệp đó.`,
    en: (a) =>
      `The file is too large (${quantity(a.actual, "en")}; PTĐV reads at most ${quantity(a.limit, "en")}). Copy just the table you need into a new workbook and choose that file.`,
  },
  FILE_LIMIT_EXCEEDED: {
    severity: "error",
    vi: (a) =>
      `Tệp vượt giới hạn an toàn về ${LIMIT_VI[a.limit] ?? a.limit}${a.where === undefined ? "" : ` (${a.where})`}: ${quantity(a.actual, "vi")}, tối đa ${quantity(a.max, "vi")}. ${a.app === "word" ? "Hãy xoá phần thừa hoặc sao chép riêng bảng phân bổ sang một tài liệu Word mới." : "Hãy xoá các dòng/cột thừa hoặc sao chép riêng bảng cần dùng sang sổ làm việc mới."}`,
    en: (a) =>
      `The file exceeds a safety limit on the ${LIMIT_EN[a.limit] ?? a.limit}${a.where === undefined ? "" : ` (${a.where})`}: ${quantity(a.actual, "en")}, at most ${quantity(a.max, "en")}. ${a.app === "word" ? "Delete what is surplus or copy just the allocation table into a new Word document." : "Delete surplus rows/columns or copy just the table you need into a new workbook."}`,
  },
  FILE_UNREADABLE: {
    severity: "error",
    vi: (a) =>
      a.detail === "is a folder"
        ? `“${a.path}” là một thư mục, không phải một tệp. Hãy chọn một tệp trong thư mục đó.`
        : `Không đọc được tệp “${a.path}” (${READ_ERROR_VI[a.detail] ?? a.detail}). Hãy kiểm tra quyền truy cập, hoặc đóng tệp nếu đang mở ở chương trình khác.`,
    en: (a) =>
      a.detail === "is a folder"
        ? `“${a.path}” is a folder, not a file. Choose a file in it.`
        : `Could not read “${a.path}” (${a.detail}). Check the permissions, or close the file if another program has it open.`,
  },
  FILE_NOT_REGULAR: {
    severity: "error",
    vi: (a) => `“${a.path}” không phải là một tệp thông thường (${SPECIAL_FILE_VI[a.detail] ?? a.detail}), PTĐV không đọc. Hãy chọn một tệp bảng tính hoặc tài liệu Word.`,
    en: (a) => `“${a.path}” is not a regular file (${a.detail}), so PTĐV does not read it. Choose a spreadsheet or Word file.`,
  },
};

/**
 * A literal code checks its arguments (`fileProblem("FILE_NOT_FOUND", f, { path })`); a host
 * that carries a code and its arguments as data (a sniffer's verdict) passes them through as they are.
 */
export function fileProblem<K extends FileProblemCode>(code: K, file: string | undefined, ...args: FindingArgs extends FileProblemArgs[K] ? [args?: FileProblemArgs[K]] : [args: FileProblemArgs[K]]): Finding {
  // Stryker disable next-line ConditionalExpression: makeFinding leaves an undefined file out either way; the type needs the test
  return makeFinding(FILE_PROBLEMS, code, file === undefined ? {} : { file }, ...args);
}

/** Pieces of a hostile file quoted in a message are hints: never more than this many characters. */
const MAX_QUOTED = 160;

/**
 * FILE_CORRUPT's arguments for a reader's reason: its data (quoted pieces cut short) and the
 * English detail rendered from them, exactly as readers wrote it before reasons had keys.
 */
export function corruptArgs(reason: CorruptReason, data: CorruptData = {}): FileCorruptArgs {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data) as Array<[string, string | number | undefined]>) {
    if (value !== undefined) kept[key] = typeof value === "string" && value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  }
  const clipped = kept as CorruptData;
  return { ...clipped, reason, detail: corruptDetail(reason, clipped, "en") };
}

/** `12.3 MB`: sizes in messages are for people. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}
