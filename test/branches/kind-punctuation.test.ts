/**
 * Loại cells with punctuation around or between the words, as people type
 * them: "- Thôn", "Chi bộ - Thôn", "Tổ dân phố / khu phố".
 */
import { parseBranchKind } from "../../src/core/branches/kind";

describe("a Loại cell with punctuation", () => {
  it.each([
    ["- Thôn", "village"],
    ["(Trường học)", "school"],
    ["Chi bộ - Thôn", "village"],
    ["Chi bộ , Trường học", "school"],
    ["Cơ quan - đơn vị.", "agency"],
    ["* Khác", "other"],
  ])("reads %p as %p", (text, kind) => {
    expect(parseBranchKind(text)).toBe(kind);
  });

  it.each(["", " - ", "..."])("reads %p, which has no words, as nothing", (text) => {
    expect(parseBranchKind(text)).toBeNull();
  });
});
