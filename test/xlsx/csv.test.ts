/**
 * The streaming CSV reader: separator detection that ignores quoted content
 * (issue #10 item 1), bounded fields and memory (issue #17 item 8), encodings
 * decided per evidence and said in a note (issue #17 item 9).
 */
import { CsvParser, detectSeparator, parseCsv, readCsv } from "../../src/xlsx/csv";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { MAX_CELL_TEXT } from "../../src/xlsx/text-bounds";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = le ? 0xff : 0xfe;
    out[o++] = le ? 0xfe : 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = le ? c & 0xff : c >> 8;
    out[o++] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe("separator", () => {
  test('a\\ta / \\t";;" / \\t";" is two tab-separated columns (fast-check counterexample, issue #10 item 1)', () => {
    const text = 'a\ta\n\t";;"\n\t";"\n';
    expect(detectSeparator(text)).toBe("\t");
    expect(readCsv(utf8(text), "x.csv").rows.map((r) => r.map((c) => c?.value ?? ""))).toEqual([
      ["a", "a"],
      ["", ";;"],
      ["", ";"],
    ]);
  });

  test("cells over several lines (quoted notes with semicolons) still leave the commas the separator", () => {
    const text = 'STT,Tên,Ghi chú\n1,"Chi bộ A","Đã nộp; còn thiếu\nhồ sơ; lý lịch\nvà giấy khám"\n2,"Chi bộ B","x; y"\n3,"Chi bộ C","nhiều dòng\nnữa"\n';
    expect(detectSeparator(text)).toBe(",");
    expect(readCsv(utf8(text), "x.csv").rows.map((r) => r.length)).toEqual([3, 3, 3, 3]);
  });

  test("semicolons inside quoted names do not outvote the commas", () => {
    expect(detectSeparator('STT,Tên\n1,"Chi bộ A; thôn B"\n2,"Chi bộ C; D; E"\n')).toBe(",");
  });

  // Written by LibreOffice 7 from an openpyxl workbook (soffice --convert-to 'csv:Text - txt - csv (StarCalc):44|59,34,76,1,,0,false,true,false,false'):
  // quotes only where needed, as Excel writes them; decimal commas bare under ";", notes over several lines holding both separators and quotes.
  const libreOfficeComma =
    'STT,TCCSĐ,Tháng,Kết nạp,Tỷ lệ,Ghi chú\n1,Chi bộ Thôn Đông,01/2025,3,"66,7%","Đã nộp hồ sơ; còn thiếu\nlý lịch, giấy khám ""sức khỏe"""\n' +
    '2,Đảng bộ xã Ea Kao,02/2025,0,1.950,\n3,"Chi bộ ""Hoa Sen""",03/2025,12,"0,5","Ghi chú:\n- dòng 1, có phẩy\n- dòng 2; có chấm phẩy"\n4,Chi bộ Trường THCS,04/2025,1,100%,xong\n';
  const libreOfficeSemicolon =
    'STT;TCCSĐ;Tháng;Kết nạp;Tỷ lệ;Ghi chú\n1;Chi bộ Thôn Đông;01/2025;3;66,7%;"Đã nộp hồ sơ; còn thiếu\nlý lịch, giấy khám ""sức khỏe"""\n' +
    '2;Đảng bộ xã Ea Kao;02/2025;0;1.950;\n3;"Chi bộ ""Hoa Sen""";03/2025;12;0,5;"Ghi chú:\n- dòng 1, có phẩy\n- dòng 2; có chấm phẩy"\n4;Chi bộ Trường THCS;04/2025;1;100%;xong\n';

  test.each([
    ["commas", ",", libreOfficeComma],
    ["semicolons", ";", libreOfficeSemicolon],
  ])("LibreOffice's CSV in %s, with Vietnamese text and quoted notes over several lines, is read with its separator", (_name, sep, text) => {
    expect(detectSeparator(text)).toBe(sep);
    const rows = readCsv(utf8(text), "x.csv").rows;
    expect(rows.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
    expect([rows[1]?.[4]?.value, rows[1]?.[5]?.value, rows[3]?.[1]?.value]).toEqual(["66,7%", 'Đã nộp hồ sơ; còn thiếu\nlý lịch, giấy khám "sức khỏe"', 'Chi bộ "Hoa Sen"']);
  });

  test("a file with a quote out of place under every separator (typed by hand) is still judged by its counts", () => {
    expect(detectSeparator('STT;TCCSĐ;Ghi chú\n1;Ống 5" thôn A;x\n2;B;y, z\n3;C;w\n')).toBe(";");
  });

  test("Excel's sep= line states the separator and is not a row", () => {
    const g = readCsv(utf8("sep=;\nSTT;Tên\n1;A\n"), "x.csv");
    expect(g.rows.map((r) => r.map((c) => c?.value))).toEqual([
      ["STT", "Tên"],
      [1, "A"],
    ]);
  });
});

describe("streaming", () => {
  const tricky = 'a,"b ""q"" c",d\r\n"x\r\ny",,"z"\r\n"unfinished ""';

  test("records are the same wherever the text is split into pieces", () => {
    const whole = parseCsv(tricky, ",");
    for (let cut = 0; cut <= tricky.length; cut++) {
      const got: string[][] = [];
      const p = new CsvParser(",", { maxRecords: Infinity, maxFieldsPerRecord: Infinity, maxFields: Infinity, maxFieldLength: Infinity }, (r) => got.push(r));
      p.write(tricky.slice(0, cut));
      p.write(tricky.slice(cut));
      p.end();
      expect([cut, got]).toEqual([cut, whole]);
    }
  });

  test("misplaced quotes are counted the same wherever the text is split into pieces", () => {
    // A quote after the field's start, a closing quote followed by text, and a closing quote before the separator (not misplaced).
    const text = 'a,b"c,"d"e,"f"\r\n"g"h,""';
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new CsvParser(",", { maxRecords: Infinity, maxFieldsPerRecord: Infinity, maxFields: Infinity, maxFieldLength: Infinity }, () => undefined);
      p.write(text.slice(0, cut));
      p.write(text.slice(cut));
      p.end();
      expect([cut, p.misplacedQuotes]).toEqual([cut, 3]);
    }
  });

  test("an unclosed quote in a 40 MB file keeps one field of 32,767 characters and says so", async () => {
    const bytes = new Uint8Array(40 * 1024 * 1024).fill(0x78);
    const head = utf8('STT,Tên\n1,"');
    bytes.set(head);
    const r = await readWorkbook(bytes, "unclosed.csv");
    if (!r.ok) throw new Error(r.problem.message.en);
    const cell = r.grids[0]?.rows[1]?.[1];
    expect(String(cell?.value).length).toBe(MAX_CELL_TEXT);
    const note = r.notes?.find((n) => n.code === "FILE_TEXT_CUT");
    expect([note?.cell, note?.args["length"]]).toEqual(["B2", bytes.length - head.length]);
    // The message names the length, not the text.
    expect(note?.message.en.length).toBeLessThan(300);
  });

  test("the row limit stops the parse at the first row past it", async () => {
    const r = await readWorkbook(utf8("a\n".repeat(5000)), "rows.csv", { maxRowsPerSheet: 1000 });
    expect(r.ok ? "ok" : [r.problem.code, r.problem.args["actual"]]).toEqual(["FILE_LIMIT_EXCEEDED", "1001+"]);
  });
});

describe("encodings decided per evidence", () => {
  test("UTF-8 with one invalid byte stays UTF-8: a replacement character and a note counting it", async () => {
    const good = utf8("STT,Tên\n1,Đảng bộ xã Ka Đô\n2,Chi bộ thôn Một\n");
    const bytes = new Uint8Array(good.length + 1);
    bytes.set(good);
    bytes[good.length - 1] = 0xff;
    bytes[good.length] = 0x0a;
    const r = await readWorkbook(bytes, "bad-byte.csv");
    if (!r.ok) throw new Error(r.problem.message.en);
    expect(r.grids[0]?.rows[1]?.[1]?.value).toBe("Đảng bộ xã Ka Đô");
    expect(r.grids[0]?.rows[2]?.[1]?.value).toBe("Chi bộ thôn Một\uFFFD");
    expect(r.notes?.map((n) => [n.code, n.args["encoding"], n.args["bad"]])).toEqual([["FILE_ENCODING_REPAIRED", "UTF-8", 1]]);
  });

  test("UTF-16LE without a BOM is read, with a note saying why", async () => {
    const r = await readWorkbook(utf16("STT\tTên\n1\tĐảng bộ Công an huyện\n", true, false), "u16.csv");
    if (!r.ok) throw new Error(r.problem.message.en);
    expect(r.grids[0]?.rows[1]?.map((c) => c?.value)).toEqual([1, "Đảng bộ Công an huyện"]);
    expect(r.notes?.map((n) => [n.code, n.args["encoding"]])).toEqual([["FILE_ENCODING_USED", "UTF-16LE"]]);
  });

  test("UTF-16BE without a BOM is read too", async () => {
    const r = await readWorkbook(utf16("STT,Tên\n1,Ka Đô\n", false, false), "u16be.csv");
    expect(r.ok && r.grids[0]?.rows[1]?.map((c) => c?.value)).toEqual([1, "Ka Đô"]);
  });

  test("Windows-1258 is chosen when most high bytes are not UTF-8, and the note says so", async () => {
    // "Đảng,1": Đ=D0, a, combining hook above=D2, n, g.
    const r = await readWorkbook(new Uint8Array([0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x2c, 0x31, 0x0a]), "cp1258.csv");
    if (!r.ok) throw new Error(r.problem.message.en);
    expect(String(r.grids[0]?.rows[0]?.[0]?.value).normalize("NFC")).toBe("Đảng");
    expect(r.notes?.map((n) => [n.code, n.args["encoding"], n.args["reason"]])).toEqual([["FILE_ENCODING_USED", "WINDOWS-1258", "2 of 2 non-ASCII byte sequences are not UTF-8"]]);
  });

  test("plain UTF-8 gets no note", async () => {
    const r = await readWorkbook(utf8("STT,Tên\n1,Ka Đô\n"), "plain.csv");
    expect(r.ok && r.notes).toBeUndefined();
  });
});
