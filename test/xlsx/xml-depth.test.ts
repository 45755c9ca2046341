/**
 * Nesting depth (issue #17): a million elements nested in one cell is a 34 KB
 * file that cost 400 MiB of parser state; it is damage, refused where the
 * nesting passes MAX_XML_DEPTH, while real parts (a dozen levels) and the
 * committed rich-text fixture (2,005 levels) read.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import type { ReadWorkbookResult } from "../../src/xlsx/read-workbook";
import { MAX_XML_DEPTH } from "../../src/xlsx/ooxml/xml-part";
import { SHEET_HEAD, SHEET_TAIL, streamedPart, workbookParts, writeZip } from "./make-big-xlsx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-xml-depth-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** worksheet, sheetData, row, c, is: five levels before the nested runs. */
function nestedCell(name: string, runs: number): string {
  const file = path.join(dir, name);
  const pieces = [SHEET_HEAD, '<row r="1"><c r="A1" t="inlineStr"><is>'];
  for (let i = 0; i < runs; i += 10_000) pieces.push("<r>".repeat(Math.min(10_000, runs - i)));
  pieces.push("<t>x</t>");
  for (let i = 0; i < runs; i += 10_000) pieces.push("</r>".repeat(Math.min(10_000, runs - i)));
  pieces.push(`</is></c></row><row r="2"><c r="A2"><v>7</v></c></row>${SHEET_TAIL}`);
  writeZip(file, workbookParts(streamedPart("xl/worksheets/sheet1.xml", pieces)));
  return file;
}

function outcome(r: ReadWorkbookResult): readonly unknown[] {
  return r.ok ? ["ok", r.grids[0]?.rows[1]?.[0]?.value] : [r.problem.code, r.problem.args["detail"]];
}

test("a million elements nested in one cell are refused as FILE_CORRUPT naming the depth", async () => {
  expect(outcome(await readWorkbookFile(nestedCell("deep.xlsx", 1_000_000)))).toEqual([
    "FILE_CORRUPT",
    `xl/worksheets/sheet1.xml: elements nested deeper than ${MAX_XML_DEPTH} levels`,
  ]);
});

test("nesting up to the bound still reads, and the bound is far above what Office writes", async () => {
  // Five levels of sheet structure, the runs, and the <t> inside the innermost run.
  expect(outcome(await readWorkbookFile(nestedCell("at-bound.xlsx", MAX_XML_DEPTH - 6)))).toEqual(["ok", 7]);
  expect(outcome(await readWorkbookFile(nestedCell("past-bound.xlsx", MAX_XML_DEPTH - 5)))[0]).toBe("FILE_CORRUPT");
  expect(MAX_XML_DEPTH).toBeGreaterThan(2_005);
});
