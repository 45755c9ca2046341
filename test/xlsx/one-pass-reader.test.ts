/**
 * The one-pass reader's own guarantees: zip integrity (CRC, duplicate names,
 * damaged relationships), no entity expansion, bounded text (issue #17 items
 * 1 and 10), and text files posing as workbooks (issue #15 item 17).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { crc32 } from "../../src/xlsx/crc32";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { readWorkbook, type ReadWorkbookResult } from "../../src/xlsx/read-workbook";
import { MAX_CELL_TEXT, MAX_WORKBOOK_TEXT } from "../../src/xlsx/text-bounds";
import { type Part, SHEET_HEAD, SHEET_TAIL, streamedPart, textPart, workbookParts, writeZip } from "./make-big-xlsx";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ptdv-onepass-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function outcome(r: ReadWorkbookResult): unknown {
  return r.ok ? "ok" : [r.problem.code, r.problem.args["limit"] ?? r.problem.args["detail"]];
}

function build(name: string, parts: Part[]): string {
  const file = path.join(dir, name);
  writeZip(file, parts);
  return file;
}

function oneSheet(xml: string): Part[] {
  return workbookParts(streamedPart("xl/worksheets/sheet1.xml", [xml]));
}

const A1_ONE = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`;

test("CRC-32 gives the standard check value", () => {
  expect(crc32(new TextEncoder().encode("123456789")).toString(16)).toBe("cbf43926");
  // Fed in pieces, the same value.
  expect(crc32(new TextEncoder().encode("6789"), crc32(new TextEncoder().encode("12345")))).toBe(0xcbf43926);
});

test("CRC-32 agrees with zlib on 10,000 pseudo-random bytes fed whole and in uneven pieces", () => {
  const data = new Uint8Array(10_000);
  let x = 12345;
  for (let i = 0; i < data.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  const expected = zlib.crc32(data);
  expect(crc32(data)).toBe(expected);
  let running = 0;
  for (let p = 0, step = 1; p < data.length; p += step, step = (step * 7) % 61 || 1) running = crc32(data.subarray(p, Math.min(data.length, p + step)), running);
  expect(running).toBe(expected);
});

describe("zip integrity (issue #17 item 10)", () => {
  test("a sheet whose bytes do not match the recorded CRC is FILE_CORRUPT naming the part", async () => {
    const parts = oneSheet(A1_ONE).map((p) => (p.name.endsWith("sheet1.xml") ? { ...p, crc: (p.crc ^ 1) >>> 0 } : p));
    const r = await readWorkbookFile(build("crc.xlsx", parts));
    expect(outcome(r)).toEqual(["FILE_CORRUPT", "xl/worksheets/sheet1.xml: checksum mismatch (CRC-32)"]);
  });

  test("two parts of the same name are refused, not resolved by picking one", async () => {
    const parts = oneSheet(A1_ONE);
    parts.push(streamedPart("xl/worksheets/sheet1.xml", [`${SHEET_HEAD}<row r="1"><c r="A1"><v>2</v></c></row>${SHEET_TAIL}`]));
    const r = await readWorkbookFile(build("dup.xlsx", parts));
    expect(outcome(r)).toEqual(["FILE_CORRUPT", "duplicate part name: xl/worksheets/sheet1.xml"]);
  });

  test("a damaged workbook.xml.rels is FILE_CORRUPT", async () => {
    const parts = oneSheet(A1_ONE).map((p) => (p.name === "xl/_rels/workbook.xml.rels" ? textPart(p.name, "<Relationships><Relationship Id=") : p));
    const r = await readWorkbookFile(build("rels.xlsx", parts));
    expect(r.ok ? "ok" : r.problem.code).toBe("FILE_CORRUPT");
  });

  test("a workbook.xml.rels that is not a relationships part is FILE_CORRUPT", async () => {
    const parts = oneSheet(A1_ONE).map((p) => (p.name === "xl/_rels/workbook.xml.rels" ? textPart(p.name, "<html><body>x</body></html>") : p));
    const r = await readWorkbookFile(build("rels-html.xlsx", parts));
    expect(outcome(r)).toEqual(["FILE_CORRUPT", "xl/_rels/workbook.xml.rels: not a relationships part"]);
  });
});

describe("XML entities", () => {
  const bomb =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

  test("a billion-laughs DOCTYPE in the shared strings is refused as FILE_CORRUPT, nothing expanded", async () => {
    const parts = oneSheet(`${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`);
    parts.push(textPart("xl/sharedStrings.xml", `${bomb}<sst><si><t>&lol3;</t></si></sst>`));
    const r = await readWorkbookFile(build("lol.xlsx", parts));
    expect(outcome(r)).toEqual(["FILE_CORRUPT", "xl/sharedStrings.xml: DOCTYPE is not allowed in a workbook part"]);
  });

  test("an external entity in a sheet is refused and never read", async () => {
    const r = await readWorkbookFile(build("xxe.xlsx", oneSheet(`${bomb}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`)));
    expect(r.ok ? "ok" : r.problem.code).toBe("FILE_CORRUPT");
    expect(JSON.stringify(r)).not.toContain("root:");
  });

  test("a sheet whose bytes are not UTF-8 is refused as FILE_CORRUPT, not read with replacement characters", async () => {
    const bytes = Buffer.concat([Buffer.from(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Chi b`, "utf8"), Buffer.from([0xff, 0xc0, 0xbc]), Buffer.from(`</t></is></c></row>${SHEET_TAIL}`, "utf8")]);
    const part: Part = { name: "xl/worksheets/sheet1.xml", deflated: zlib.deflateRawSync(bytes), uncompressedSize: bytes.length, crc: zlib.crc32(bytes) };
    expect(outcome(await readWorkbookFile(build("latin1.xlsx", workbookParts(part))))).toEqual(["FILE_CORRUPT", "xl/worksheets/sheet1.xml: bytes that are not UTF-8"]);
  });

  test("a UTF-16 sheet with its byte order mark, as OPC allows and Excel opens, reads like its UTF-8 twin", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?>${SHEET_HEAD.replace(/^<\?xml[^>]*\?>/, "")}<row r="1"><c r="A1" t="inlineStr"><is><t>Chi bộ thôn 𝕏</t></is></c><c r="B1"><v>3</v></c></row>${SHEET_TAIL}`;
    const partOf = (bytes: Buffer): Part => ({ name: "xl/worksheets/sheet1.xml", deflated: zlib.deflateRawSync(bytes), uncompressedSize: bytes.length, crc: zlib.crc32(bytes) });
    const little = Buffer.from(`\ufeff${xml}`, "utf16le");
    const big = Buffer.from(little).swap16();
    for (const [name, bytes] of [["utf16le.xlsx", little], ["utf16be.xlsx", big]] as const) {
      const r = await readWorkbookFile(build(name, workbookParts(partOf(bytes))));
      expect([name, r.ok ? r.grids[0]?.rows[0]?.map((c) => c?.value) : r.problem.args]).toEqual([name, ["Chi bộ thôn 𝕏", 3]]);
    }
    // Declared UTF-16 without the byte order mark: the bytes were read as UTF-8, so the declaration is refused.
    const declaredOnly = Buffer.from(xml, "utf8");
    expect(outcome(await readWorkbookFile(build("declared-only.xlsx", workbookParts(partOf(declaredOnly)))))).toEqual([
      "FILE_CORRUPT",
      "xl/worksheets/sheet1.xml: encoding UTF-16 declared in a part that is UTF-8",
    ]);
  });

  test("an undeclared entity without a DOCTYPE is damage too", async () => {
    const r = await readWorkbookFile(build("undeclared.xlsx", oneSheet(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>&nope;</t></is></c></row>${SHEET_TAIL}`)));
    expect(r.ok ? "ok" : r.problem.code).toBe("FILE_CORRUPT");
  });
});

describe("expanded text (issue #17 item 1)", () => {
  function stringsSheet(refs: number): string[] {
    const pieces = [SHEET_HEAD];
    for (let i = 1; i <= refs; i++) pieces.push(`<row r="${i}"><c r="A${i}" t="s"><v>0</v></c></row>`);
    pieces.push(SHEET_TAIL);
    return pieces;
  }

  test("one 3.5-million-character shared string in 50 cells: a small file, each cell cut at 32,767 with one finding", async () => {
    const parts = workbookParts(streamedPart("xl/worksheets/sheet1.xml", stringsSheet(50)));
    parts.push(streamedPart("xl/sharedStrings.xml", ["<sst><si><t>", "Đ".repeat(3_500_000), "</t></si></sst>"]));
    const file = build("long-string.xlsx", parts);
    expect(fs.statSync(file).size).toBeLessThan(64 * 1024);
    const r = await readWorkbookFile(file);
    if (!r.ok) throw new Error(r.problem.message.en);
    const rows = r.grids[0]?.rows ?? [];
    expect(rows.map((row) => String(row[0]?.value).length)).toEqual(Array(50).fill(MAX_CELL_TEXT));
    expect(r.notes?.map((n) => [n.code, n.sheet, n.cell, n.args["length"], n.args["more"]])).toEqual([["FILE_TEXT_CUT", "Sheet1", "A1", 3_500_000, 49]]);
  });

  test("a long string referenced by 3,000 cells is refused at the cell that passes the workbook's text limit", async () => {
    const parts = workbookParts(streamedPart("xl/worksheets/sheet1.xml", stringsSheet(3000)));
    parts.push(streamedPart("xl/sharedStrings.xml", ["<sst><si><t>", "a".repeat(40_000), "</t></si></sst>"]));
    const r = await readWorkbookFile(build("many-refs.xlsx", parts));
    expect(outcome(r)).toEqual(["FILE_LIMIT_EXCEEDED", "text"]);
    // Counted, not timed: the read stopped at the first cell past 64 Mi characters, long before row 3,000.
    const stopRow = Math.floor(MAX_WORKBOOK_TEXT / MAX_CELL_TEXT) + 1;
    expect(r.ok ? "" : r.problem.args["where"]).toBe(`Sheet1!A${stopRow}`);
  });

  test("inline strings are cut and counted like shared ones", async () => {
    const r = await readWorkbookFile(build("inline-long.xlsx", oneSheet(`${SHEET_HEAD}<row r="1"><c r="B1" t="inlineStr"><is><t>${"x".repeat(40_000)}</t></is></c></row>${SHEET_TAIL}`)));
    if (!r.ok) throw new Error(r.problem.message.en);
    expect([String(r.grids[0]?.rows[0]?.[0]?.value).length, r.notes?.[0]?.cell, r.notes?.[0]?.args["length"]]).toEqual([MAX_CELL_TEXT, "B1", 40_000]);
  });
});

describe("text files posing as workbooks (issue #15 item 17)", () => {
  test("a 9-byte text file named .xlsx is FILE_CORRUPT, not a one-cell sheet", async () => {
    const r = await readWorkbook(new TextEncoder().encode("hello\nab\n"), "report.xlsx");
    expect(r.ok ? "ok" : r.problem.code).toBe("FILE_CORRUPT");
  });

  test("the same bytes named .csv are read as CSV", async () => {
    const r = await readWorkbook(new TextEncoder().encode("hello\nab\n"), "report.csv");
    expect(r.ok && r.grids[0]?.rows.map((row) => row[0]?.value)).toEqual(["hello", "ab"]);
  });
});

describe("workbook structure", () => {
  test("80,000 look-alike <definedNames-x/> elements do not hide the real names", async () => {
    const lookAlikes = "<definedNames-x/>".repeat(80_000);
    const parts = oneSheet(A1_ONE).map((p) =>
      p.name === "xl/workbook.xml"
        ? textPart(
            p.name,
            `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>${lookAlikes}<definedNames><definedName name="Bang">Sheet1!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Area">Sheet1!$A$1:$C$3</definedName></definedNames></workbook>`,
          )
        : p,
    );
    const r = await readWorkbookFile(build("names.xlsx", parts));
    expect(r.ok && r.grids[0]?.definedNames).toEqual({ Bang: { top: 0, left: 0, bottom: 1, right: 1 } });
  });

  test("a sheet part the workbook names but the zip lacks is FILE_CORRUPT", async () => {
    const parts = oneSheet(A1_ONE).filter((p) => !p.name.endsWith("sheet1.xml"));
    const r = await readWorkbookFile(build("no-sheet.xlsx", parts));
    expect(r.ok ? "ok" : r.problem.code).toBe("FILE_CORRUPT");
  });

  test("a shared formula shows its moved text in every cell of its range", async () => {
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2+$A$1</f><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row>${SHEET_TAIL}`;
    const r = await readWorkbookFile(build("shared-f.xlsx", oneSheet(xml)));
    expect(r.ok && r.grids[0]?.rows.map((row) => row[1]?.formula)).toEqual(["A1*2+$A$1", "A2*2+$A$1"]);
  });
});
