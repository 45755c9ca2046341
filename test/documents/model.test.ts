/** The paragraph helper every document builder uses. */
import { paragraph, type DocRun } from "../../src/core/documents/model";

describe("paragraph", () => {
  it("wraps plain text in one run with no formatting and no options", () => {
    expect(paragraph("Nơi nhận:")).toEqual({ kind: "paragraph", runs: [{ text: "Nơi nhận:" }] });
    expect(Object.keys(paragraph(" "))).toEqual(["kind", "runs"]);
  });

  it("keeps the runs it is given, in order, with their formatting", () => {
    const runs: DocRun[] = [{ text: "BÁO CÁO", bold: true, size: 15 }, { text: " tháng 3", italic: true }];
    const p = paragraph(runs);
    expect(p).toEqual({ kind: "paragraph", runs });
    expect(p.runs).toBe(runs);
  });

  it("adds the layout options beside the runs", () => {
    expect(paragraph("I. KẾT QUẢ", { align: "justify", firstLineIndent: 10, spaceAfter: 6, keepNext: true })).toEqual({
      kind: "paragraph",
      runs: [{ text: "I. KẾT QUẢ" }],
      align: "justify",
      firstLineIndent: 10,
      spaceAfter: 6,
      keepNext: true,
    });
  });
});
