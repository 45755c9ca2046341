/**
 * Findings only the command line can have: about the files and folders named on it. Kept in the
 * CLI's own typed catalogue (the engine never sees a file system).
 */
import { makeFinding, type Finding, type FindingCatalogue } from "../core";

type InputCode = "SUBMISSION_SKIPPED_LINK";

interface InputArgs {
  readonly SUBMISSION_SKIPPED_LINK: { readonly path: string };
}

const INPUT_FINDINGS: FindingCatalogue<InputCode, InputArgs> = {
  SUBMISSION_SKIPPED_LINK: {
    // A report behind a link counts as "chưa nộp" when skipped: worth a warning, not a note.
    severity: "warning",
    vi: ({ path }) => `${path} là liên kết (symlink) trong thư mục đầu vào nên không được đọc; nếu đó là báo cáo, hãy ghi trực tiếp đường dẫn này trên dòng lệnh.`,
    en: ({ path }) => `${path} is a symbolic link inside an input folder and was not read; if it is a report, name it on the command line.`,
  },
};

export function skippedLink(shownPath: string, fileName: string): Finding {
  return makeFinding(INPUT_FINDINGS, "SUBMISSION_SKIPPED_LINK", { file: fileName }, { path: shownPath });
}
