/**
 * Office.js rejects with OfficeExtension.Error objects whose `code` is stable;
 * users get a sentence about what to do instead of "GeneralException".
 */
import type { LocalizedText } from "../core";
import { HostError, isHostError, type HostErrorCode } from "../host";

/** A HostError raised by Excel: its message is already Vietnamese / English. */
export class ExcelHostError extends HostError {
  constructor(
    text: LocalizedText,
    /** The Office error code or an adapter code such as `SHEET_TOO_LARGE`. */
    code: HostErrorCode,
    cause?: unknown,
  ) {
    super(text, code, "excel", cause);
    this.name = "ExcelHostError";
  }
}

export const OFFICE_ERROR_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  InvalidOperationInCellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.",
    en: "Excel is in cell-edit mode. Press Enter or Esc, then try again.",
  },
  AccessDenied: {
    vi: "Excel không cho phép thao tác này (sổ hoặc trang tính đang được bảo vệ, hoặc chỉ đọc).",
    en: "Excel refused the operation (the workbook or sheet is protected or read-only).",
  },
  ItemNotFound: {
    vi: "Không tìm thấy trang tính hoặc ô cần dùng; có thể nó vừa bị đổi tên hoặc xóa. Hãy làm mới danh sách.",
    en: "A sheet or cell it needs is gone; it may have been renamed or deleted. Refresh the list.",
  },
  ItemAlreadyExists: {
    vi: "Đã có một trang tính hoặc tên cùng tên. Hãy đổi tên rồi thử lại.",
    en: "A sheet or name with that name already exists. Rename it and try again.",
  },
  InvalidArgument: {
    vi: "Excel không nhận dữ liệu gửi vào (tên trang tính hoặc địa chỉ ô không hợp lệ).",
    en: "Excel rejected the data sent to it (an invalid sheet name or cell address).",
  },
  InvalidReference: {
    vi: "Địa chỉ ô không hợp lệ trong sổ này.",
    en: "A cell reference is not valid in this workbook.",
  },
  InsertDeleteConflict: {
    vi: "Thao tác vướng vùng ô đang bị chèn/xóa hoặc bảng. Hãy thử lại.",
    en: "The operation conflicts with inserted/deleted cells or a table. Try again.",
  },
  MergedRangeConflict: {
    vi: "Thao tác vướng một vùng ô gộp.",
    en: "The operation conflicts with merged cells.",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu một chức năng cần dùng. Hãy cập nhật Excel hoặc dùng bản trình duyệt.",
    en: "This Excel version lacks a needed feature. Update Excel or use the browser edition.",
  },
  UnsupportedOperation: {
    vi: "Excel này không hỗ trợ thao tác đó.",
    en: "This Excel does not support that operation.",
  },
  NotImplemented: {
    vi: "Excel này không hỗ trợ thao tác đó.",
    en: "This Excel does not support that operation.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Dữ liệu quá lớn để gửi sang Excel một lần. Hãy chia nhỏ trang tính.",
    en: "Too much data to send to Excel at once. Split the sheet.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Trang tính quá lớn để đọc một lần trong Excel trên web. Hãy chia nhỏ trang tính.",
    en: "The sheet is too large to read at once in Excel on the web. Split the sheet.",
  },
  ActivityLimitReached: {
    vi: "Excel đang bận. Chờ một chút rồi thử lại.",
    en: "Excel is busy. Wait a moment and try again.",
  },
  RequestAborted: {
    vi: "Yêu cầu tới Excel bị hủy giữa chừng. Hãy thử lại.",
    en: "The request to Excel was aborted. Try again.",
  },
  Conflict: {
    vi: "Sổ vừa bị người khác sửa cùng lúc. Hãy thử lại.",
    en: "Someone else changed the workbook at the same time. Try again.",
  },
  GeneralException: {
    vi: "Excel báo lỗi chung khi thực hiện thao tác. Hãy lưu sổ, mở lại và thử lại.",
    en: "Excel reported a general error. Save the workbook, reopen it and try again.",
  },
};

const UNKNOWN: LocalizedText = {
  vi: "Excel báo lỗi không xác định",
  en: "Excel reported an unexpected error",
};

function officeCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** Turns whatever Excel.run rejected with into an ExcelHostError the pane can show. */
export function toHostError(e: unknown): HostError {
  if (isHostError(e)) return e;
  const code = officeCode(e);
  const known = code === undefined ? undefined : OFFICE_ERROR_MESSAGES[code];
  if (known) return new ExcelHostError(known, code ?? "Unknown", e);
  const detail = e instanceof Error ? e.message : String(e);
  return new ExcelHostError({ vi: `${UNKNOWN.vi} (${code ?? detail}).`, en: `${UNKNOWN.en} (${code ?? detail}).` }, code ?? "Unknown", e);
}
