/** Namespaces in word/document.xml, resolved by the reader itself (docx-namespaces.ts): any prefix, or none, for WordprocessingML. */
import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/docx/read-docx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

function read(xml: string): unknown {
  const bytes = zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?>${xml}`) });
  const r = readDocx(bytes, "x.docx");
  if (!r.ok) return [r.problem.code, r.problem.args["detail"]];
  // The span (an attribute in the w namespace) shows as a merge.
  return r.grids.map((g) => ({ rows: g.rows.map((row) => Array.from(row, (c) => c?.value ?? null)), merges: g.merges.length }));
}

const table = (w: string): string =>
  `<${w}tbl><${w}tr><${w}tc><${w}tcPr><${w}gridSpan ${w}val="2"/></${w}tcPr><${w}p><${w}r><${w}t>A</${w}t></${w}r></${w}p></${w}tc></${w}tr>` +
  `<${w}tr><${w}tc><${w}p><${w}r><${w}t>1</${w}t></${w}r></${w}p></${w}tc><${w}tc><${w}p><${w}r><${w}t>2</${w}t></${w}r></${w}p></${w}tc></${w}tr></${w}tbl>`;

test("a table reads the same under w:, another prefix, or the default namespace", () => {
  const expected = [{ rows: [["A"], [1, 2]], merges: 1 }];
  expect(read(`<w:document xmlns:w="${W}"><w:body>${table("w:")}</w:body></w:document>`)).toEqual(expected);
  expect(read(`<ns0:document xmlns:ns0="${W}"><ns0:body>${table("ns0:")}</ns0:body></ns0:document>`)).toEqual(expected);
  expect(read(`<document xmlns="${W}"><body>${table("")}</body></document>`)).toEqual(expected);
});

test("a prefix redeclared inside an element applies there only", () => {
  const other = "urn:not-word";
  const hidden = `<w:p xmlns:w="${other}"><w:r><w:t>hidden</w:t></w:r></w:p>`;
  expect(read(`<w:document xmlns:w="${W}"><w:body>${hidden}${table("w:")}</w:body></w:document>`)).toEqual([{ rows: [["A"], [1, 2]], merges: 1 }]);
});

test("an unbound prefix is damage", () => {
  expect(read(`<w:document xmlns:w="${W}"><w:body><x:p/></w:body></w:document>`)).toEqual(["FILE_CORRUPT", 'word/document.xml: unbound namespace prefix: "x"']);
});
