/**
 * The progress workbook's chart as LibreOffice sees it: converted to PDF, the
 * chart is drawn (its title, which no cell holds, and every organisation's name
 * on a page of its own, with bars in the series' colours that the same workbook
 * without the chart does not have); saved again as .xlsx by LibreOffice, the
 * chart keeps its references, so LibreOffice read the ranges, not only the cache.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { consolidate, DEFAULT_REPORT_SETTINGS, gridFromValues, progressWorkbookSpec } from "../../src/core";
import type { SpecCell, WorkbookSpec } from "../../src/core";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { sofficeConvert, tempDir } from "../reports/cli-helpers";
import { PYTHON, SEED, seedAllocation } from "../reports/helpers";

const log = gridFromValues("Nhật ký", [
  ["TCCSĐ", "Tháng", "Kết nạp"],
  ["Đảng bộ xã Ka Đô", "2/2026", 1],
  ["Đảng bộ xã Ka Đô", "3/2026", 2],
  ["Chi bộ Trường THPT Pró", "3/2026", 1],
]);
const result = consolidate([{ file: "log.xlsx", grids: [log] }], { allocation: seedAllocation(), year: 2026, month: 3, target: 88 });
const book = progressWorkbookSpec(result, DEFAULT_REPORT_SETTINGS);
const chartless: WorkbookSpec = { ...book, sheets: book.sheets.map((s) => ({ ...s, charts: [] })) };
const TITLE = book.sheets[0]!.charts![0]!.title;

const squeeze = (s: string): string => s.replace(/\s+/g, "");

/** The text of each page (pdftotext separates pages with form feeds). */
function pagesOf(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
}

function render(pdf: string, page: number): Buffer {
  return execFileSync("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), pdf]);
}

/** Pixels of a page rendered at 40 dpi whose colour is within `tolerance` of `hex` on every channel. */
function pixelsNear(pdf: string, page: number, hex: string, tolerance = 24): number {
  const ppm = render(pdf, page);
  // Binary PPM: "P6", width, height, maxval, then RGB triples.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("pdftoppm did not give a P6 image");
  const start = header[0].length;
  const target = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (target.every((t, k) => Math.abs(ppm[i + k]! - t) <= tolerance)) count++;
  }
  return count;
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
}

describe("the progress workbook converted to PDF by LibreOffice", () => {
  let dir: string;
  let pdf: string;
  let plainPdf: string;
  beforeAll(async () => {
    dir = tempDir("chart-pdf");
    fs.writeFileSync(path.join(dir, "with-chart.xlsx"), await writeWorkbook(book));
    fs.writeFileSync(path.join(dir, "no-chart.xlsx"), await writeWorkbook(chartless));
    pdf = sofficeConvert(path.join(dir, "with-chart.xlsx"), "pdf", dir);
    plainPdf = sofficeConvert(path.join(dir, "no-chart.xlsx"), "pdf", dir);
  }, 240000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints the chart's title, which no cell of the workbook holds", () => {
    const cellTexts = book.sheets.flatMap((s) => s.rows.flatMap((r) => r.filter((c): c is SpecCell => c !== null).map((c) => String(c.value))));
    expect(cellTexts.some((t) => squeeze(t).toLowerCase().includes(squeeze(TITLE).toLowerCase()))).toBe(false);
    expect(squeeze(pagesOf(pdf).join(""))).toContain(squeeze(TITLE));
    expect(squeeze(pagesOf(plainPdf).join(""))).not.toContain(squeeze(TITLE));
  });

  /** One-based number of the page with the quota bars. */
  const chartPage = (): number => Array.from({ length: pageCount(pdf) }, (_, i) => i + 1).find((p) => pixelsNear(pdf, p, "9DC3E6") > 500) ?? 0;

  it("draws the bars of both series on one page, which the workbook without the chart does not have", () => {
    const quotaBars = Array.from({ length: pageCount(pdf) }, (_, i) => pixelsNear(pdf, i + 1, "9DC3E6"));
    expect(quotaBars.filter((n) => n > 20)).toHaveLength(1);
    const page = chartPage();
    const admittedBars = pixelsNear(pdf, page, "C00000");
    expect(admittedBars).toBeGreaterThan(20);
    // Quotas are 91 in all against 4 admitted: the quota bars cover far more.
    expect(quotaBars[page - 1]!).toBeGreaterThan(admittedBars * 5);
    for (let p = 1; p <= pageCount(plainPdf); p++) expect(pixelsNear(plainPdf, p, "9DC3E6")).toBeLessThan(20);
  });

  it("starts the chart on a page of its own after the signature block, leaving every other page as it was", () => {
    const page = chartPage();
    expect(page - 1).toBeGreaterThan(pagesOf(pdf).findIndex((p) => p.includes("Nơi nhận")));
    expect(pageCount(pdf)).toBe(pageCount(plainPdf) + 1);
    // No part of the chart is cut off onto the page before it, nothing else moves.
    const others = Array.from({ length: pageCount(pdf) }, (_, i) => i + 1).filter((p) => p !== page);
    others.forEach((p, i) => expect(render(pdf, p).equals(render(plainPdf, i + 1))).toBe(true));
  });

  it("labels the bars with every organisation's name", () => {
    // A wrapped label may have a bar's value printed between its lines; no name holds a digit.
    const labels = squeeze(pagesOf(pdf)[chartPage() - 1]!).replace(/\d/g, "");
    for (const [name] of SEED) expect(labels).toContain(squeeze(name));
  });
});

describe("the chart after LibreOffice saves the workbook again as .xlsx", () => {
  const SHEET = "Tổng hợp D'Ran T05-2025";
  const renamed: WorkbookSpec = { ...book, sheets: book.sheets.map((s, i) => (i === 0 ? { ...s, name: SHEET } : s)) };
  let refs: { title: string; refs: string[][] }[];
  beforeAll(async () => {
    const dir = tempDir("chart-roundtrip");
    try {
      const input = path.join(dir, "in", "book.xlsx");
      fs.mkdirSync(path.dirname(input));
      fs.writeFileSync(input, await writeWorkbook(renamed));
      const saved = sofficeConvert(input, "xlsx:Calc MS Excel 2007 XML", dir);
      const script = String.raw`
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([{"title": "".join(r.t for p in c.title.tx.rich.p for r in (p.r or [])),
                   "refs": [[(s.cat.strRef or s.cat.numRef).f, s.val.numRef.f] for s in c.series]} for c in ws._charts]))
`;
      refs = JSON.parse(execFileSync(PYTHON, ["-W", "ignore", "-c", script, saved, SHEET], { encoding: "utf8" })) as typeof refs;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240000);

  it("keeps the chart on the sheet whose name has an apostrophe, with the same ranges", () => {
    const q = "'Tổng hợp D''Ran T05-2025'";
    expect(refs).toEqual([
      {
        title: TITLE,
        refs: [
          [`${q}!$B$9:$B$23`, `${q}!$C$9:$C$23`],
          [`${q}!$B$9:$B$23`, `${q}!$F$9:$F$23`],
        ],
      },
    ]);
  });
});
