/** The engine reads a document's paragraphs around a table (grid.textAround) as a sheet's lines above and below it. */
import { checkAllocation } from "../../src/core/allocation/check";
import { readPlanFacts } from "../../src/core/allocation/plan-target";
import { targetPhrase } from "../../src/core/allocation/target-text";
import { gridFromValues, type Grid } from "../../src/core/grid";

const TABLE = [
  ["STT", "TCCSĐ", "CHỈ TIÊU"],
  ["01", "Đảng bộ Công an huyện", 3],
  ["02", "Đảng bộ xã Tu Tra", 9],
];

function table(before: string[], after: string[] = []): Grid {
  return { ...gridFromValues("Bảng 1", TABLE), textAround: { before, after } };
}

const SIZE_GOAL = "- Phấn đấu các chi bộ thôn, tổ dân phố, trường học trực thuộc Đảng uỷ xã, thị trấn có từ 10 đảng viên trở lên.";
const ADMISSION_GOAL = "- Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo).";
const FILLER = ["2. Đối tượng", "Quần chúng ưu tú …", "3. Nhiệm vụ", "…", "Nơi nhận:", "- Lưu Văn phòng Huyện uỷ.", "Đinh Thị Mai"];

describe("paragraphs around a Word table", () => {
  it("take the admission goal of the body even when the chi bộ size goal comes first", () => {
    const f = readPlanFacts(table(["KẾ HOẠCH", "Phát triển đảng viên năm 2025", SIZE_GOAL, ADMISSION_GOAL, ...FILLER, "PHÂN BỔ CHỈ TIÊU PHÁT TRIỂN ĐẢNG NĂM 2025"]));
    expect(f.target).toMatchObject({ value: 88, cell: null, place: "above" });
    expect(f.year).toEqual({ value: 2025, cell: null });
  });

  it("never take the chi bộ size goal for the target, even just above the table", () => {
    expect(readPlanFacts(table([...FILLER, SIZE_GOAL])).target).toBeNull();
  });

  it("take a line of the title block without admission words, as on a sheet", () => {
    const f = readPlanFacts(table([...FILLER, "PHÂN BỔ CHỈ TIÊU NĂM 2026", "(Chỉ tiêu: từ 73 đảng viên trở lên)"]));
    expect(f.target).toMatchObject({ value: 73, place: "title" });
    expect(f.year?.value).toBe(2026);
  });

  it("take the notes below the table when the body says nothing", () => {
    expect(readPlanFacts(table(FILLER, ["Ghi chú: toàn huyện phấn đấu kết nạp 12 đảng viên mới."])).target).toMatchObject({ value: 12, place: "below" });
  });

  it("give the check a target from the document, quoted since a paragraph has no cell", () => {
    const r = checkAllocation([table([ADMISSION_GOAL])]);
    expect(r).toMatchObject({ target: 88, targetSource: "sheet", targetCell: null, totals: { quota: 12, meetsTarget: false } });
    expect(targetPhrase(r, "vi")).toBe("chỉ tiêu kế hoạch từ 88 trở lên, đọc ở câu “Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo)”");
    expect(targetPhrase(r, "en")).toBe("plan target of 88 or more, read from “Phấn đấu trong năm 2025 kết nạp từ 88 đảng viên trở lên (có phân bổ chi tiết kèm theo)”");
    // Table rows stay the table's: A1 is its header.
    expect(r.organizations.map((o) => o.row)).toEqual([2, 3]);
  });
});
