/**
 * Nesting in word/document.xml: 20,000 nested content controls (`w:sdt`) cost 15 s because saxes
 * resolved each element's prefix by walking every open element. The reader now resolves prefixes
 * itself in constant time per element and refuses nesting past the workbook reader's bound, with
 * the same code and detail.
 */
import * as fs from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { readDocx } from "../../src/docx/read-docx";
import { DEFAULT_DOCX_LIMITS } from "../../src/docx/docx-limits";
import { MAX_XML_DEPTH } from "../../src/xlsx/ooxml/xml-part";

const SEED = path.join(__dirname, "fixtures", "seed-plan.python-docx.docx");

/** The python-docx seed plan with `levels` nested `w:sdt`/`w:sdtContent` pairs inserted after `<w:body>`. */
function nested(pairs: number, inner = "<w:p><w:r/></w:p>"): Uint8Array {
  const files = unzipSync(new Uint8Array(fs.readFileSync(SEED)));
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const deep = "<w:sdt><w:sdtContent>".repeat(pairs) + inner + "</w:sdtContent></w:sdt>".repeat(pairs);
  return zipSync({ ...files, "word/document.xml": strToU8(xml.replace("<w:body>", `<w:body>${deep}`)) });
}

function outcome(bytes: Uint8Array): unknown[] {
  const r = readDocx(bytes, "plan.docx");
  return r.ok ? ["ok", r.grids.length, r.grids[0]?.rows.length] : [r.problem.code, r.problem.args["detail"]];
}

afterEach(() => jest.restoreAllMocks());

test("the Word reader's nesting bound is the workbook reader's", () => {
  expect(DEFAULT_DOCX_LIMITS.maxXmlDepth).toBe(MAX_XML_DEPTH);
});

test("a plan nested exactly to the bound reads as the plan itself", () => {
  const plain = outcome(nested(0));
  expect(plain[0]).toBe("ok");
  // w:document, w:body, 4,998 pairs, w:p, w:r: 10,000 elements open at once.
  expect(outcome(nested((MAX_XML_DEPTH - 4) / 2))).toEqual(plain);
});

test.each([[(MAX_XML_DEPTH - 2) / 2], [20_000]])("%i nested content controls are refused as damage, as a workbook would be", (pairs) => {
  expect(outcome(nested(pairs))).toEqual(["FILE_CORRUPT", `word/document.xml: elements nested deeper than ${MAX_XML_DEPTH} levels`]);
});

test("no prefix is resolved by walking the open elements (saxes's resolve, quadratic in the nesting)", () => {
  const resolve = jest.spyOn(SaxesParser.prototype, "resolve");
  expect(outcome(nested(4_000))[0]).toBe("ok");
  expect(resolve).not.toHaveBeenCalled();
});

test("the refusal is worded in Vietnamese, with the bound written the Vietnamese way", () => {
  const r = readDocx(nested(20_000), "plan.docx");
  expect(r.ok ? undefined : r.problem.args).toEqual(expect.objectContaining({ reason: "nestedTooDeep", part: "word/document.xml", max: MAX_XML_DEPTH }));
  expect(r.ok ? "" : r.problem.message.vi).toContain("(word/document.xml: các phần tử lồng nhau sâu quá 10.000 cấp)");
});
