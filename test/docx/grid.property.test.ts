/** The hand-written part of the Word reader (rows, spans, cells) against generated tables. fast-check prints the seed of a failure. */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { cellAt, displayText, type Grid } from "../../src/core/grid";
import { readDocx } from "../../src/docx/read-docx";
import { anyText, vietnameseWords } from "../properties/arbitraries";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
}

const cell = fc.record({ text: fc.oneof(vietnameseWords, fc.stringMatching(/^\d{1,4}$/)), span: fc.integer({ min: 1, max: 3 }) });
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

describe("a generated Word table read back", () => {
  it("puts every cell's text at its grid column and every span in the merges", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const body = `<w:tbl>${rows
          .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr><w:p><w:r><w:t>${escape(c.text)}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`)
          .join("")}</w:tbl>`;
        const r = readDocx(docx(body), "p.docx");
        if (!r.ok) throw new Error(r.problem.message.en);
        const grid = r.grids[0] as Grid;
        const merges: Grid["merges"][number][] = [];
        rows.forEach((row, ri) => {
          let col = 0;
          for (const c of row) {
            expect(displayText(cellAt(grid, ri, col))).toBe(c.text);
            if (c.span > 1) merges.push({ top: ri, left: col, bottom: ri, right: col + c.span - 1 });
            col += c.span;
          }
        });
        expect(grid.merges).toEqual(merges);
      }),
    );
  });

  it("gives grids or a FILE_* finding for any text in a cell, never a throw", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = readDocx(docx(`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${escape(text)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`), "a.docx");
        expect(r.ok || r.problem.code.startsWith("FILE_")).toBe(true);
      }),
    );
  });
});
