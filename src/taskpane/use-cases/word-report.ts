/**
 * "Tải báo cáo Word (.docx)" (issue #13): the month's report from the last
 * consolidation, with the document settings it was written with. A download
 * where the host offers one (the browser edition); otherwise the pane says why not.
 */
import { branchSummaryLines, documentSettingsOf, hasBranchData, type LocalizedText } from "../../core";
import type { PaneSession } from "../context";
import { extrasOf } from "./pane-extras";

export type WordReportOutcome =
  | { readonly kind: "needConsolidation" }
  | { readonly kind: "unavailable"; readonly reason: LocalizedText }
  | { readonly kind: "downloaded"; readonly file: string };

export const NO_DOWNLOAD_IN_EXCEL: LocalizedText = {
  vi: "Excel không cho phần bổ trợ tải tệp xuống ở đây, nên không tạo được tệp Word trong Excel. Hãy dùng bản trình duyệt của PTĐV (mở cùng các tệp) hoặc lệnh “ptdv consolidate --docx”.",
  en: "Excel does not let the add-in download files here, so the Word file cannot be made inside Excel. Use the PTĐV browser edition (open the same files) or the command “ptdv consolidate --docx”.",
};

export const BROWSER_TOO_OLD_FOR_DOCX: LocalizedText = {
  vi: "Trình duyệt này quá cũ để tạo tệp Word (thiếu String.prototype.matchAll). Hãy dùng trình duyệt mới hơn hoặc lệnh “ptdv consolidate --docx”.",
  en: "This browser is too old to make the Word file (it lacks String.prototype.matchAll). Use a newer browser or the command “ptdv consolidate --docx”.",
};

/**
 * The Word writer (the docx package) calls String.prototype.matchAll, which the
 * pane's oldest webviews (Safari 12.1) lack; its chunk loads only past this check
 * (test/excel/bundle-syntax.test.ts relies on it).
 */
function canWriteDocx(): boolean {
  return "matchAll" in String.prototype;
}

/** Whether this host can deliver the .docx; null when it can. */
export function wordReportUnavailable(session: PaneSession): LocalizedText | null {
  const { host } = session;
  if (!host.capabilities().download || !host.downloadFile) return NO_DOWNLOAD_IN_EXCEL;
  return canWriteDocx() ? null : BROWSER_TOO_OLD_FOR_DOCX;
}

export function wordReportFileName(year: number, month: number): string {
  return `Bao-cao-PTDV-T${String(month).padStart(2, "0")}-${year}.docx`;
}

export async function downloadWordReport(session: PaneSession): Promise<WordReportOutcome> {
  const x = extrasOf(session);
  const result = x.result;
  if (!result || !x.reportSettings) return { kind: "needConsolidation" };
  const reason = wordReportUnavailable(session);
  const download = session.host.downloadFile;
  if (reason !== null || !download) return { kind: "unavailable", reason: reason ?? NO_DOWNLOAD_IN_EXCEL };
  // The Word writer is its own chunk, loaded on the first click: the pane's first paint stays small.
  const { DOCX_MIME, monthlyReportDocx } = await import(/* webpackChunkName: "docx" */ "../../docx/write-docx");
  const bytes = await monthlyReportDocx(result, documentSettingsOf(x.reportSettings), hasBranchData(result) ? { branchGoalLines: branchSummaryLines(result.branches, "vi") } : {});
  const file = wordReportFileName(result.year, result.month);
  await download.call(session.host, file, bytes, DOCX_MIME);
  return { kind: "downloaded", file };
}
