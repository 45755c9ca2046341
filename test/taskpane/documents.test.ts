/**
 * Issue #13 in the pane over a fake host: document settings kept per
 * workbook (Excel) and per opened allocation (browser edition), used by the
 * consolidation's workbook; the Word report downloaded where the host allows
 * it, and a reason where it does not.
 */
import { unzipSync, strFromU8 } from "fflate";
import { DOCUMENT_SETTINGS_KEY, DEFAULT_DOCUMENT_SETTINGS, parseDocumentSettings, type DocumentSettings } from "../../src/core";
import type { SheetInfo } from "../../src/host";
import { consolidateReports, detectReportSheets } from "../../src/taskpane/use-cases/consolidate";
import { documentSettingsPlace, loadDocumentSettings, saveDocumentSettings } from "../../src/taskpane/use-cases/document-settings";
import { openPaneSession } from "../../src/taskpane/use-cases/session";
import { makeTemplates } from "../../src/taskpane/use-cases/templates";
import { downloadWordReport, NO_DOWNLOAD_IN_EXCEL, wordReportUnavailable } from "../../src/taskpane/use-cases/word-report";
import { FakeHost } from "./fake-host";
import { host } from "./goal-inputs";

const KA_DO_SETTINGS: DocumentSettings = {
  ...DEFAULT_DOCUMENT_SETTINGS,
  superiorBody: "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
  issuingBody: ["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"],
  symbol: "BC/BXDĐ",
  place: "Ka Đô",
  reportDate: "2025-05-05",
  signatory: { authority: "K/T", onBehalfOf: "", title: "PHÓ TRƯỞNG BAN", name: "Nguyễn Thị Hoa" },
  recipients: ["- Ban Tổ chức Tỉnh ủy (b/c);", "- Lưu."],
  deadlineDay: 3,
};

/** The fake as the browser edition: files opened beside the pane, downloads allowed. */
function browserHost(): { h: FakeHost; downloads: Array<{ name: string; bytes: Uint8Array; mime: string }> } {
  const h = host();
  const downloads: Array<{ name: string; bytes: Uint8Array; mime: string }> = [];
  const listed = h.listSheets.bind(h);
  Object.assign(h, {
    kind: "browser",
    capabilities: () => ({ highlight: true, createWorkbook: false, download: true, limitations: [] }),
    downloadFile: async (name: string, bytes: Uint8Array, mime: string) => {
      downloads.push({ name, bytes, mime });
    },
    listSheets: async (): Promise<SheetInfo[]> => (await listed()).map((s) => ({ ...s, file: s.name === "Phân bổ 2025" ? "phan-bo.xlsx" : "bao-cao.xlsx" })),
  });
  return { h, downloads };
}

describe("document settings in the pane", () => {
  test("Excel keeps them in the workbook under one key; the pane's issuing body and place fill the defaults until then", async () => {
    const h = host();
    h.settings.set("ptdv.issuingBody", "HUYỆN ỦY ĐƠN DƯƠNG\nBAN TỔ CHỨC");
    h.settings.set("ptdv.place", "Đơn Dương");
    const session = await openPaneSession(h);
    expect(documentSettingsPlace(session)).toEqual({ key: DOCUMENT_SETTINGS_KEY, file: null });
    const first = await loadDocumentSettings(session);
    expect(first.issuingBody).toEqual(["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"]);
    expect(first.place).toBe("Đơn Dương");
    expect(first.reportDate).toBeNull();
    await saveDocumentSettings(session, KA_DO_SETTINGS);
    expect(parseDocumentSettings(h.settings.get(DOCUMENT_SETTINGS_KEY)).settings).toEqual(KA_DO_SETTINGS);
    expect(await loadDocumentSettings(session)).toEqual(KA_DO_SETTINGS);
    // The older header fields follow, so Cài đặt shows one issuer.
    expect(h.settings.get("ptdv.issuingBody")).toBe("ĐẢNG ỦY XÃ KA ĐÔ\nBAN XÂY DỰNG ĐẢNG");
    expect(h.settings.get("ptdv.place")).toBe("Ka Đô");
  });

  test("the browser edition keeps them per opened allocation file", async () => {
    const { h } = browserHost();
    const session = await openPaneSession(h);
    session.state.allocationRef = { name: "Phân bổ 2025", file: "phan-bo.xlsx" };
    expect(documentSettingsPlace(session)).toEqual({ key: `${DOCUMENT_SETTINGS_KEY}@phan-bo.xlsx`, file: "phan-bo.xlsx" });
    await saveDocumentSettings(session, KA_DO_SETTINGS);
    expect(h.settings.has(DOCUMENT_SETTINGS_KEY)).toBe(false);
    session.state.allocationRef = { name: "Phân bổ 2025", file: "other.xlsx" };
    expect((await loadDocumentSettings(session)).symbol).toBe("");
  });

  test("a stored value that is not JSON falls back to the defaults instead of failing", async () => {
    const h = host();
    h.settings.set(DOCUMENT_SETTINGS_KEY, "{not json");
    const session = await openPaneSession(h);
    expect((await loadDocumentSettings(session)).recipients).toEqual(DEFAULT_DOCUMENT_SETTINGS.recipients);
  });

  test("the progress workbook takes its heading, date and signer from them", async () => {
    const h = host();
    h.settings.set(DOCUMENT_SETTINGS_KEY, JSON.stringify(KA_DO_SETTINGS));
    const session = await openPaneSession(h);
    await detectReportSheets(session);
    await consolidateReports(session, { month: 4, year: 2025 });
    const text = JSON.stringify(h.written[0]?.rows);
    expect(text).toContain("BC/BXDĐ");
    expect(text).toContain("Ka Đô, ngày 05 tháng 5 năm 2025");
    expect(text).toContain("Nguyễn Thị Hoa");
  });
});

describe("templates made in the pane", () => {
  test("carry the deadline day of the document settings in their instruction line", async () => {
    const h = host();
    h.settings.set(DOCUMENT_SETTINGS_KEY, JSON.stringify(KA_DO_SETTINGS));
    const session = await openPaneSession(h);
    expect((await makeTemplates(session, { year: 2025, errorsConfirmed: true })).kind).toBe("done");
    const text = JSON.stringify(h.delivered[0]?.sheets[0]?.rows);
    expect(text).toContain("trước ngày 03 hằng tháng");
  });
});

describe("the Word report", () => {
  test("in Excel, which cannot download from the pane, says why instead", async () => {
    const h = host();
    const session = await openPaneSession(h);
    await detectReportSheets(session);
    await consolidateReports(session, { month: 4, year: 2025 });
    expect(wordReportUnavailable(session)).toEqual(NO_DOWNLOAD_IN_EXCEL);
    expect(await downloadWordReport(session)).toEqual({ kind: "unavailable", reason: NO_DOWNLOAD_IN_EXCEL });
  });

  test("before a consolidation there is nothing to write", async () => {
    const { h } = browserHost();
    const session = await openPaneSession(h);
    expect(await downloadWordReport(session)).toEqual({ kind: "needConsolidation" });
  });

  test("the browser edition downloads a .docx whose document names the month, the figures' goal lines and the signer", async () => {
    const { h, downloads } = browserHost();
    h.settings.set(`${DOCUMENT_SETTINGS_KEY}@phan-bo.xlsx`, JSON.stringify(KA_DO_SETTINGS));
    const session = await openPaneSession(h);
    await detectReportSheets(session);
    expect((await consolidateReports(session, { month: 4, year: 2025 })).kind).toBe("done");
    expect(await downloadWordReport(session)).toEqual({ kind: "downloaded", file: "Bao-cao-PTDV-T04-2025.docx" });
    expect(downloads.map((d) => [d.name, d.mime])).toEqual([["Bao-cao-PTDV-T04-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]]);
    const xml = strFromU8(unzipSync(downloads[0]!.bytes)["word/document.xml"] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("Kết quả công tác phát triển đảng viên tháng 4 năm 2025");
    expect(text).toContain("Chi bộ thôn, tổ dân phố, trường học có từ 10 đảng viên trở lên: 3/4 (75,0%)");
    expect(text).toContain("Nguyễn Thị Hoa");
    expect(text).toContain("Ka Đô, ngày 05 tháng 5 năm 2025");
  });
});
