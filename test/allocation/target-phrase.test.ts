/** targetPhrase: how every host names the plan's target and where it was read. */
import { targetPhrase } from "../../src/core/allocation/target-text";

type Input = Parameters<typeof targetPhrase>[0];
const sheetCell: Input = { target: 1905, targetSource: "sheet", targetCell: "A3", targetText: "phấn đấu kết nạp 1.905 đảng viên" };
const paragraph: Input = { target: 88, targetSource: "sheet", targetCell: null, targetText: "- Phấn đấu kết nạp từ 88 đảng viên trở lên" };

describe("targetPhrase", () => {
  it.each<[string, Input, string, string]>([
    ["typed by the user", { target: 1905, targetSource: "option", targetCell: null }, "chỉ tiêu kế hoạch từ 1.905 trở lên", "plan target of 1,905 or more"],
    ["typed by the user over a sheet's target (its cell is not where it came from)", { target: 90, targetSource: "option", targetCell: "A3" }, "chỉ tiêu kế hoạch từ 90 trở lên", "plan target of 90 or more"],
    ["typed, with a sentence known", { target: 20, targetSource: "option", targetCell: null, targetText: "kết nạp 20 đảng viên" }, "chỉ tiêu kế hoạch từ 20 trở lên", "plan target of 20 or more"],
    ["read in a cell", sheetCell, "chỉ tiêu kế hoạch từ 1.905 trở lên, đọc ở ô A3", "plan target of 1,905 or more, read from cell A3"],
    [
      "read in a document's paragraph, its bullet dropped",
      paragraph,
      "chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Phấn đấu kết nạp từ 88 đảng viên trở lên”",
      "plan target of 88 or more, read from “Phấn đấu kết nạp từ 88 đảng viên trở lên”",
    ],
    ["a paragraph with a dash inside", { ...paragraph, targetText: "Năm 2025-2026 kết nạp 88 đảng viên" }, "chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Năm 2025-2026 kết nạp 88 đảng viên”", "plan target of 88 or more, read from “Năm 2025-2026 kết nạp 88 đảng viên”"],
    ["a bullet without a space", { ...paragraph, targetText: "•kết nạp 88 đảng viên" }, "chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “kết nạp 88 đảng viên”", "plan target of 88 or more, read from “kết nạp 88 đảng viên”"],
    ["a bullet followed by a word", { ...paragraph, targetText: "+ Kết nạp 88 đảng viên" }, "chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Kết nạp 88 đảng viên”", "plan target of 88 or more, read from “Kết nạp 88 đảng viên”"],
    ["from the sheet, neither cell nor sentence", { target: 88, targetSource: "sheet", targetCell: null, targetText: "" }, "chỉ tiêu kế hoạch từ 88 trở lên", "plan target of 88 or more"],
    ["from the sheet, sentence unknown", { target: 88, targetSource: "sheet", targetCell: null }, "chỉ tiêu kế hoạch từ 88 trở lên", "plan target of 88 or more"],
    ["a source given without a cell", { target: 0, targetSource: null, targetCell: null, targetText: "kết nạp 0 đảng viên" }, "chỉ tiêu kế hoạch từ 0 trở lên", "plan target of 0 or more"],
  ])("%s", (_what, input, vi, en) => {
    expect(targetPhrase(input, "vi")).toBe(vi);
    expect(targetPhrase(input, "en")).toBe(en);
  });

  it("is null without a target", () => {
    expect(targetPhrase({ target: null, targetSource: null, targetCell: null }, "vi")).toBeNull();
    expect(targetPhrase({ target: null, targetSource: "sheet", targetCell: "A3" }, "en")).toBeNull();
  });
});
