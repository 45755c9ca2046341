/**
 * File-system failures the user can fix (a missing folder, a file where a folder should be, no
 * permission, a full disk) said plainly with the path, instead of as an internal bug.
 */
import type { LocalizedText } from "../core";

const USER_FIXABLE_CODES = new Set(["ENOENT", "EEXIST", "ENOTDIR", "EACCES", "EPERM", "EISDIR", "ENOSPC", "EROFS", "ENAMETOOLONG", "ELOOP", "EDQUOT", "EFBIG"]);

export function errorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** The path Node attached to a system error, if any. */
export function errorPath(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const p = (e as { path?: unknown }).path;
  return typeof p === "string" ? p : undefined;
}

export function isUserFixableFsError(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && USER_FIXABLE_CODES.has(code);
}

/** `shown` is the path as the user wrote it, so the message points at what they typed. */
export function fsProblemMessage(e: unknown, shown: string): LocalizedText | null {
  const code = errorCode(e);
  if (code === undefined || !USER_FIXABLE_CODES.has(code)) return null;
  switch (code) {
    case "ENOENT":
      return { vi: `không tìm thấy ${shown} (hoặc thư mục chứa nó)`, en: `${shown} (or a folder on its path) does not exist` };
    case "EEXIST":
    case "ENOTDIR":
      return {
        vi: `${shown}: một phần của đường dẫn này là tệp, không phải thư mục (${code}). Hãy chọn một thư mục khác.`,
        en: `${shown}: part of this path is a file, not a folder (${code}). Choose another folder.`,
      };
    case "EISDIR":
      return { vi: `${shown} là một thư mục, cần một tệp`, en: `${shown} is a folder; a file is needed` };
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return {
        vi: `không có quyền truy cập ${shown} (${code}). Hãy kiểm tra quyền của thư mục/tệp, hoặc chọn nơi khác.`,
        en: `permission denied for ${shown} (${code}). Check the folder/file permissions, or choose another place.`,
      };
    case "ENOSPC":
    case "EDQUOT":
      return { vi: `ổ đĩa đã đầy, không ghi được ${shown} (${code})`, en: `the disk is full; could not write ${shown} (${code})` };
    case "EFBIG":
      return { vi: `${shown} đã lớn tới mức tối đa cho phép, không ghi thêm được (${code})`, en: `${shown} has reached the largest size allowed; could not write more (${code})` };
    default:
      return { vi: `không truy cập được ${shown} (${code})`, en: `could not access ${shown} (${code})` };
  }
}
