import fc from "fast-check";
import { assertProperty } from "./seed";
import { displayText, type Cell } from "../../src/core/grid";
import { CsvParser, parseCsv, readCsv } from "../../src/xlsx/csv";
import { RUNS } from "./arbitraries";

/** Field text with everything CSV has to escape; no `s` so no field can be read as Excel's `sep=` line. */
const field = fc.string({
  unit: fc.constantFrom(..."aĐưệ Ộ09=+-@", ",", ";", "\t", '"', "\n", "\r", "\r\n", "\u00A0"),
  maxLength: 12,
});

/** RFC 4180 quoting, as Excel, LibreOffice and Google Sheets write it. */
function quote(f: string): string {
  return /[",;\t\r\n]/.test(f) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f;
}

function writeCsv(rows: readonly string[][], sep: string, eol: string): string {
  return rows.map((r) => r.map((f) => quote(f)).join(sep)).join(eol) + eol;
}

/** A header row then up to 6 rows of random fields, 2 to 5 columns wide. */
function tableUnder(header: (width: number) => fc.Arbitrary<string[]>): fc.Arbitrary<string[][]> {
  return fc
    .record({ width: fc.integer({ min: 2, max: 5 }), height: fc.integer({ min: 1, max: 6 }) })
    .chain(({ width, height }) =>
      fc.record({
        header: header(width),
        body: fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: height }),
      }),
    )
    .map(({ header, body }) => [header, ...body]);
}

// Real headers are words (TCCSĐ, Tháng, Kết nạp).
const table = tableUnder((width) =>
  fc.array(fc.string({ unit: fc.constantFrom(..."aĐưệỘ09 "), minLength: 1, maxLength: 8 }).filter((f) => f.trim() !== ""), { minLength: width, maxLength: width }),
);

/**
 * A header of random fields too (quoted separators, quotes, line ends), not all
 * blank: a file of blank fields only has no separator to detect.
 */
const tableUnderAnyHeader = tableUnder((width) => fc.array(field, { minLength: width, maxLength: width }).filter((h) => h.some((f) => f.trim() !== "")));

/**
 * What a reader must give back, cell by cell: an empty field is no cell, every
 * other field a cell showing exactly its text, each row as wide as written.
 * A missing cell where text was written fails, as does a row of another width.
 */
function fieldsOf(rows: readonly (readonly (Cell | undefined)[])[]): (string | null)[][] {
  return rows.map((r) => Array.from(r, (c) => (c === undefined ? null : displayText(c))));
}

function expectedFields(rows: readonly string[][]): (string | null)[][] {
  const expected = rows.map((r) => r.map((f) => (f === "" ? null : f)));
  // Blank lines at the end of a file are not rows.
  while (expected.length > 0 && expected[expected.length - 1]!.every((f) => f === null)) expected.pop();
  return expected;
}

const separator = fc.constantFrom(",", ";", "\t");
const lineEnd = fc.constantFrom("\n", "\r\n");

describe("the CSV reader under random fields", () => {
  it("parses back exactly the fields written with quotes, commas, semicolons, tabs and newlines", () => {
    assertProperty(
      fc.property(table, separator, lineEnd, (rows, sep, eol) => {
        expect(parseCsv(writeCsv(rows, sep, eol), sep)).toEqual(rows);
      }),
      RUNS,
    );
  });

  it("finds no misplaced quote in what it writes, read with the separator it was written with", () => {
    assertProperty(
      fc.property(table, separator, lineEnd, (rows, sep, eol) => {
        const parser = new CsvParser(sep, { maxRecords: Infinity, maxFieldsPerRecord: Infinity, maxFields: Infinity, maxFieldLength: Infinity }, () => undefined);
        parser.write(writeCsv(rows, sep, eol));
        parser.end();
        expect(parser.misplacedQuotes).toBe(0);
      }),
      RUNS,
    );
  });

  it("detects the separator under a header of words and keeps every field's text when reading UTF-8 bytes", () => {
    assertProperty(
      fc.property(table, separator, lineEnd, fc.boolean(), (rows, sep, eol, bom) => {
        const text = (bom ? "\uFEFF" : "") + writeCsv(rows, sep, eol);
        const grid = readCsv(new TextEncoder().encode(text), "log.csv");
        expect(fieldsOf(grid.rows)).toEqual(expectedFields(rows));
      }),
      RUNS,
    );
  });

  it("detects the separator under a header of random fields too: only the separator written with reads every quote where RFC 4180 puts it", () => {
    assertProperty(
      fc.property(tableUnderAnyHeader, separator, lineEnd, (rows, sep, eol) => {
        const grid = readCsv(new TextEncoder().encode(writeCsv(rows, sep, eol)), "log.csv");
        expect(fieldsOf(grid.rows)).toEqual(expectedFields(rows));
      }),
      RUNS,
    );
  });

  it("keeps a field starting with `=`, `+`, `-` or `@` as text, never a formula", () => {
    assertProperty(
      fc.property(fc.constantFrom("=", "+", "-", "@"), fc.string({ unit: fc.constantFrom(..."SUM(A1)HYPERLINK\"x\"cmd|' "), minLength: 1, maxLength: 12 }), (lead, rest) => {
        const f = `${lead}${rest}`;
        const grid = readCsv(new TextEncoder().encode(`TCCSĐ,Ghi chú\r\nKa Đô,${quote(f)}\r\n`), "x.csv");
        const cell = grid.rows[1]?.[1];
        expect(cell).toBeDefined();
        expect(cell?.formula).toBeUndefined();
        // A signed whole number ("-1", or "-1 " padded as spreadsheets pad it) is data the reader may take as a number; anything else stays the very text.
        if (/^[-+]\d+ *$/.test(f)) expect(cell?.value === f || cell?.value === Number(f)).toBe(true);
        else expect(cell?.value).toBe(f);
      }),
      RUNS,
    );
  });

  // Counterexamples the properties above found, kept as plain cases.
  it("reads a field '-1' as data (the number or its text), never as a formula", () => {
    const cell = readCsv(new TextEncoder().encode("TCCSĐ,Ghi chú\r\nKa Đô,-1\r\n"), "x.csv").rows[1]?.[1];
    expect(cell?.formula).toBeUndefined();
    expect([-1, "-1"]).toContain(cell?.value);
  });

  it("reads a padded field '-1 ' as data (the number or its text), never as a formula (seed 774094214)", () => {
    const cell = readCsv(new TextEncoder().encode('TCCSĐ,Ghi chú\r\nKa Đô,"-1 "\r\n'), "x.csv").rows[1]?.[1];
    expect(cell?.formula).toBeUndefined();
    expect([-1, "-1 "]).toContain(cell?.value);
  });

  it.each([
    ["a tab-separated file whose fields are quoted semicolons as tab-separated (issue #10 counterexample)", 'a\ta\n\t";;"\n\t";"\n', [["a", "a"], [null, ";;"], [null, ";"]]],
    ['a,a / ,";" / ";;", / ";", as commas: under ";" the quote inside the field `,"` is misplaced (seed 986802926)', 'a,a\n,";"\n";;",\n";",\n', [["a", "a"], [null, ";"], [";;", null], [";", null]]],
    ['a,a / ,";;" / ";;", as commas, not one record of semicolon fields swallowed by quotes (seed 134623)', 'a,a\n,";;"\n";;",\n', [["a", "a"], [null, ";;"], [";;", null]]],
    ['a,a / ,"<tab>" / ,"<tab>" as commas (seed 158226613, the counterexample of the reverted line-share weighing)', 'a,a\n,"\t"\n,"\t"\n', [["a", "a"], [null, "\t"], [null, "\t"]]],
  ])("reads %s", (_what, text, fields) => {
    expect(fieldsOf(readCsv(new TextEncoder().encode(text), "log.csv").rows)).toEqual(fields);
  });

  it("returns a grid for any bytes at all, never throwing", () => {
    assertProperty(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const grid = readCsv(bytes, "random.csv");
        expect(Array.isArray(grid.rows)).toBe(true);
      }),
      RUNS,
    );
  });
});
