/** Why an output file was not created, in the user's words. */
import type { LocalizedText } from "../core";
import { OutputExistsError, OutputNotRegularError } from "./atomic-write";

const KIND_VI: Readonly<Record<string, string>> = {
  folder: "thư mục",
  "character device": "thiết bị",
  "block device": "thiết bị khối",
  FIFO: "FIFO/đường ống",
  socket: "socket",
  "special file": "tệp đặc biệt",
};

export function notRegularMessage(shown: string, kind: string): LocalizedText {
  return {
    vi: `${shown} không phải tệp thông thường (${KIND_VI[kind] ?? kind}); --force chỉ ghi đè tệp thông thường. Hãy chọn tên tệp khác. [FILE_NOT_REGULAR]`,
    en: `${shown} is not a regular file (${kind}); --force overwrites regular files only. Choose another name. [FILE_NOT_REGULAR]`,
  };
}

/** `shown` maps a target path to the way the user should see it. */
export function outputProblemMessage(e: unknown, shown: (target: string) => string): LocalizedText | null {
  if (e instanceof OutputNotRegularError) return notRegularMessage(shown(e.path), e.kind);
  if (e instanceof OutputExistsError) {
    const list = e.paths.map(shown).join(", ");
    return {
      vi: `${list} vừa được tạo trong khi đang xử lý (bởi một chương trình khác?); không ghi đè, chưa ghi tệp nào. Hãy chọn tên khác, hoặc thêm --force để ghi đè.`,
      en: `${list} appeared while this run was working (another program?); nothing was overwritten or written. Choose another name, or add --force to overwrite it.`,
    };
  }
  return null;
}
