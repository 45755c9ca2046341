/** `ptdv check` text and JSON (issue 11): grouped findings, the target's source, the year, Vietnamese numbers. */
import * as path from "path";
import { ptdv, REPO } from "./helpers";

const ALLOCATION = path.join(REPO, "test", "fixtures", "allocation");
const PROVINCE = path.join(ALLOCATION, "real-plans", "province-22-openpyxl.xlsx");

describe("ptdv check text output", () => {
  it("says the eleven text-number notes of the seed once, with their cells, and counts them all", async () => {
    const r = await ptdv(REPO, ["check", path.join(ALLOCATION, "seed-text.xlsx"), "--target", "88"]);
    const lines = r.out.split("\n");
    expect(lines.filter((l) => l.includes("[QUOTA_STORED_AS_TEXT]"))).toEqual([
      expect.stringMatching(/^ {2}i Phụ lục!C5–C14, C19 {2}11 ô chỉ tiêu lưu dạng văn bản: C5–C14, C19 — PTĐV vẫn đọc đúng/),
    ]);
    expect(r.out).toContain("Thông tin (11):");
    expect(r.out).toContain("0 lỗi, 0 cảnh báo, 11 lưu ý.");
    const en = await ptdv(REPO, ["check", path.join(ALLOCATION, "seed-text.xlsx"), "--lang", "en"]);
    expect(en.out).toMatch(/^ {2}i Phụ lục!C5–C14, C19 {2}11 quota cells are stored as text: C5–C14, C19/m);
  });

  it("keeps one finding per cell in --json", async () => {
    const json = JSON.parse((await ptdv(REPO, ["check", path.join(ALLOCATION, "seed-text.xlsx"), "--json"])).out);
    expect(json.findings.filter((f: { code: string }) => f.code === "QUOTA_STORED_AS_TEXT")).toHaveLength(11);
  });

  it("reads the target from the sheet, says which cell, and writes numbers the Vietnamese way", async () => {
    const r = await ptdv(REPO, ["check", PROVINCE]);
    expect(r.out.split("\n")[0]).toBe(
      "province-22-openpyxl.xlsx › Phân bổ: Tổng chỉ tiêu 1.950 (trong đó 0 học sinh), 22 tổ chức cơ sở đảng (kế hoạch năm 2024); đạt chỉ tiêu kế hoạch từ 1.905 trở lên, đọc ở ô A3 (vượt 45).",
    );
    const en = await ptdv(REPO, ["check", PROVINCE, "--lang", "en"]);
    expect(en.out.split("\n")[0]).toBe(
      "province-22-openpyxl.xlsx › Phân bổ: Total quota 1,950 (of which 0 students), 22 organisations (plan for 2024); meets the plan target of 1,905 or more, read from cell A3 (by 45 over).",
    );
  });

  it("puts the --target given on the line before the sheet's, and says nothing of a cell then", async () => {
    const r = await ptdv(REPO, ["check", PROVINCE, "--target", "2000"]);
    expect(r.out).toContain("; CHƯA ĐẠT chỉ tiêu kế hoạch từ 2.000 trở lên (thiếu 50).");
    const json = JSON.parse((await ptdv(REPO, ["check", PROVINCE, "--json"])).out);
    expect(json).toMatchObject({ target: 1905, targetSource: "sheet", targetCell: "A3", year: 2024, totals: { quota: 1950, quotaMax: 1950 } });
    const given = JSON.parse((await ptdv(REPO, ["check", PROVINCE, "--json", "--target", "2000"])).out);
    expect(given).toMatchObject({ target: 2000, targetSource: "option", targetCell: null });
  });

  it("shows a range total as floor–ceiling", async () => {
    const r = await ptdv(REPO, ["check", path.join(ALLOCATION, "real-plans", "ward-floors-openpyxl.xlsx")]);
    expect(r.out).toMatch(/Tổng chỉ tiêu 14–18 \(trong đó 0 học sinh\), 9 tổ chức cơ sở đảng \(kế hoạch năm 2026\); chưa có chỉ tiêu kế hoạch \(--target N\) để so sánh\./);
  });
});
