/**
 * @jest-environment jsdom
 */
/** Cài đặt's document layout and the Word report's place after Tổng hợp, in the pane over a fake Excel host. */
import { DOCUMENT_SETTINGS_KEY, parseDocumentSettings } from "../../src/core";
import { host } from "./goal-inputs";
import { mountPane, q, settle, waitFor } from "./fake-host";

describe("document layout and the Word report in the pane", () => {
  test("Excel says why the Word report cannot be downloaded here instead of offering a button", async () => {
    const root = await mountPane(host());
    q<HTMLButtonElement>(root, "#tab-consolidate").click();
    await waitFor(() => root.querySelectorAll("[data-testid=source-sheet]").length === 3, "sources");
    q<HTMLButtonElement>(root, "#consolidate-run").click();
    const line = await waitFor(() => root.querySelector("[data-testid=word-unavailable]"), "word line");
    expect(line.textContent).toContain("Excel không cho phần bổ trợ tải tệp xuống");
    expect(root.querySelector("#download-word")).toBeNull();
  });

  test("saves the layout typed in Cài đặt to the workbook's settings", async () => {
    const h = host();
    const root = await mountPane(h);
    q<HTMLButtonElement>(root, "#tab-settings").click();
    await settle();
    q<HTMLInputElement>(root, "#doc-symbol").value = "BC/BXDĐ";
    q<HTMLTextAreaElement>(root, "#doc-issuing-body").value = "ĐẢNG ỦY XÃ KA ĐÔ\nBAN XÂY DỰNG ĐẢNG";
    q<HTMLInputElement>(root, "#doc-date-chosen").checked = true;
    q<HTMLInputElement>(root, "#doc-date").value = "2025-05-05";
    q<HTMLSelectElement>(root, "#doc-authority").value = "K/T";
    q<HTMLInputElement>(root, "#doc-signer-name").value = "Nguyễn Thị Hoa";
    q<HTMLButtonElement>(root, "#doc-save").click();
    await waitFor(() => q(root, "[data-testid=doc-settings-note]").textContent === "Đã lưu thể thức văn bản.", "saved");
    const saved = parseDocumentSettings(h.settings.get(DOCUMENT_SETTINGS_KEY)).settings;
    expect(saved.symbol).toBe("BC/BXDĐ");
    expect(saved.issuingBody).toEqual(["ĐẢNG ỦY XÃ KA ĐÔ", "BAN XÂY DỰNG ĐẢNG"]);
    expect(saved.reportDate).toBe("2025-05-05");
    expect(saved.signatory.authority).toBe("K/T");
    expect(saved.signatory.name).toBe("Nguyễn Thị Hoa");
  });

  test("refuses a deadline day that is not 1–31", async () => {
    const h = host();
    const root = await mountPane(h);
    q<HTMLButtonElement>(root, "#tab-settings").click();
    await settle();
    q<HTMLInputElement>(root, "#doc-deadline").value = "32";
    q<HTMLButtonElement>(root, "#doc-save").click();
    expect(q(root, "[data-testid=doc-settings-note]").textContent).toBe("Hãy nhập số nguyên từ 1 đến 31.");
    expect(h.settings.has(DOCUMENT_SETTINGS_KEY)).toBe(false);
  });
});
