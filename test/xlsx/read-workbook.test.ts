/** Reading values, displayed text and CSV the way the engine needs them. */
import * as path from "path";
import { readCsv } from "../../src/xlsx/csv";
import { formatNumber } from "../../src/xlsx/number-format";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const ALLOCATION = path.resolve(__dirname, "..", "fixtures", "allocation");
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("displayed text of numbers", () => {
  test.each([
    [9, "00", "09"],
    [12, "00", "12"],
    [3, "000", "003"],
    [3, "0", "3"],
    [1234567, "#,##0", "1,234,567"],
    [1234.56, "#,##0.00", "1,234.56"],
    [2.25, "0.0", "2.3"],
    [0.915, "0%", "92%"],
    [5, '"Chỉ tiêu: "0', "Chỉ tiêu: 5"],
    [-4, "0;(0)", "(4)"],
    [-4, "0", "-4"],
    [0, "0;-0;\"-\"", "-"],
    [7, "@", "7"],
    [7, "General", "7"],
    [0.1 + 0.2, "General", "0.3"],
    [45750, "dd/mm/yyyy", "03/04/2025"],
    [45750, "d/m/yy", "3/4/25"],
    [3, "[$-42A]00", "03"],
  ])("%p with format %p shows %p", (value, code, shown) => {
    expect(formatNumber(value, code)).toBe(shown);
  });

  test("formats outside the supported subset give undefined rather than a wrong text", () => {
    expect(formatNumber(0.5, "# ?/?")).toBeUndefined();
    expect(formatNumber(123456, "000-000")).toBeUndefined();
    expect(formatNumber(12345.6789, "[>=100000]0.000 <;[Red]0.000 >")).toBeUndefined();
  });
});

describe("readWorkbook on files written by other programs", () => {
  test("numbers formatted 00 by openpyxl keep their displayed text 01, 02 …", async () => {
    const r = await readWorkbookFile(path.join(ALLOCATION, "seed-numbers-00.xlsx"));
    if (!r.ok) throw new Error(r.problem.message.en);
    const cells = r.grids.flatMap((g) => g.rows.flat()).filter((c) => c?.numFmt === "00");
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) expect(c!.text).toBe(String(c!.value).padStart(2, "0"));
  });

  test("a missing file is FILE_NOT_FOUND naming the path", async () => {
    const r = await readWorkbookFile("/nonexistent/dir/phan-bo.xlsx");
    expect(r.ok ? null : [r.problem.code, r.problem.file]).toEqual(["FILE_NOT_FOUND", "phan-bo.xlsx"]);
  });
});

describe("CSV", () => {
  test("UTF-8 with BOM, semicolons, quoted fields with separators, quotes and line breaks, CRLF", async () => {
    const text = '\uFEFFSTT;Tên TCCSĐ;Chỉ tiêu\r\n01;"Đảng bộ xã Ka Đô; huyện ""Đơn Dương""";03 (01 HS)\r\n02;"Chi bộ\r\nthôn Một";3\r\n';
    const r = await readWorkbook(bytes(text), "phan-bo.csv");
    if (!r.ok) throw new Error(r.problem.message.en);
    const rows = r.grids[0]!.rows;
    expect(r.grids[0]!.name).toBe("phan-bo");
    expect(rows[0]!.map((c) => c?.value)).toEqual(["STT", "Tên TCCSĐ", "Chỉ tiêu"]);
    expect(rows[1]!.map((c) => c?.value)).toEqual([1, 'Đảng bộ xã Ka Đô; huyện "Đơn Dương"', "03 (01 HS)"]);
    expect(rows[1]![0]!.text).toBe("01");
    expect(rows[2]![1]!.value).toBe("Chi bộ\r\nthôn Một");
    expect(rows).toHaveLength(3);
  });

  test("comma separated without BOM; decimals and Vietnamese thousands stay text for the engine", () => {
    const g = readCsv(bytes('a,b,c\n1.234,"1,5",-7\n'), "x.csv");
    expect(g.rows[1]!.map((c) => c?.value)).toEqual(["1.234", "1,5", -7]);
  });

  test("UTF-16LE with BOM (Excel's Unicode Text) and tabs", () => {
    const body = "STT\tTên\n1\tĐảng bộ Công an huyện\n";
    const buf = new Uint8Array(2 + body.length * 2);
    buf[0] = 0xff;
    buf[1] = 0xfe;
    for (let i = 0; i < body.length; i++) {
      buf[2 + i * 2] = body.charCodeAt(i) & 0xff;
      buf[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    const g = readCsv(buf, "u16.csv");
    expect(g.rows[1]!.map((c) => c?.value)).toEqual([1, "Đảng bộ Công an huyện"]);
  });

  test("Windows-1258 bytes (Excel CSV on Vietnamese Windows) decode to Vietnamese", () => {
    // "Đảng" in Windows-1258: Đ=D0, a, combining hook above=D2, n, g.
    const g = readCsv(new Uint8Array([0xd0, 0x61, 0xd2, 0x6e, 0x67, 0x2c, 0x31, 0x0a]), "cp1258.csv");
    expect(String(g.rows[0]![0]!.value).normalize("NFC")).toBe("Đảng");
  });

  test("formula-like fields stay inert strings", () => {
    const g = readCsv(bytes('=cmd|"/c calc"!A1,+1+1,@SUM(A1)\n'), "inj.csv");
    expect(g.rows[0]!.map((c) => [c?.value, c?.formula])).toEqual([
      ['=cmd|"/c calc"!A1', undefined],
      ["+1+1", undefined],
      ["@SUM(A1)", undefined],
    ]);
  });

  // Issue #15 item 17: text named .xlsx is damage, not a sheet; named .xls (Excel opens tab-separated text so) it is still read.
  test("text named .xlsx is FILE_CORRUPT with a hint to name it .csv; named .xls it is read as CSV", async () => {
    const r = await readWorkbook(bytes("STT,Tên\n1,A\n"), "renamed.xlsx");
    expect(r.ok ? "ok" : [r.problem.code, r.problem.args["detail"]]).toEqual(["FILE_CORRUPT", "text, not an .xlsx workbook; if it is a CSV export, name it .csv"]);
    const x = await readWorkbook(bytes("STT,Tên\n1,A\n"), "renamed.xls");
    expect(x.ok && x.grids[0]!.rows.length).toBe(2);
  });
});
