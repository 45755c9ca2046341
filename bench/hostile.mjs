/**
 * The worst hostile file of each kind from issue #17, generated in a temp
 * folder (nothing big is committed): each is run through the CLI as a user
 * would, and the bench reports what it cost (time, peak memory) and how it
 * ended (exit status, first finding). Figures only: the bounds themselves are
 * asserted by the tests, by count, never by time.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

const require = createRequire(import.meta.url);

/** Writes a CSV in pieces so the 40 MB file is never one string in this process. */
function writePieces(file, pieces) {
  const fd = openSync(file, "w");
  try {
    for (const p of pieces) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

function* repeated(text, times) {
  for (let i = 0; i < times; i++) yield text;
}

const ALLOCATION_HEADER = "STT,TCCSĐ,CHỈ TIÊU\n";
const LOG_HEADER = "Tổ chức cơ sở đảng,Tháng,Kết nạp\n";

/**
 * Each case: a label, the files it needs (written into dir), and the ptdv
 * arguments that read them. `quick` makes the big ones smaller (same shape).
 */
export function hostileCases(dir, root, quick) {
  const big = require(path.join(root, "test", "xlsx", "make-big-xlsx.ts"));
  const scale = quick ? 10 : 1;
  const at = (name) => path.join(dir, name);
  const cases = [];

  {
    const chars = 3_500_000 / scale;
    const file = at("shared-string-bomb.xlsx");
    const sheet = [big.SHEET_HEAD];
    for (let r = 1; r <= 50; r++) sheet.push(`<row r="${r}"><c r="A${r}" t="s"><v>0</v></c></row>`);
    sheet.push(big.SHEET_TAIL);
    const parts = big.workbookParts(big.streamedPart("xl/worksheets/sheet1.xml", sheet));
    parts.push(big.streamedPart("xl/sharedStrings.xml", ["<sst><si><t>", "Đ".repeat(chars), "</t></si></sst>"]));
    big.writeZip(file, parts);
    cases.push({ kind: "shared-string bomb", what: `one ${chars.toLocaleString("en-US")}-char shared string × 50 cells`, file, argv: ["check", "--json", file] });
  }
  {
    const chars = 5_000_000 / scale;
    const file = at("long-cell.csv");
    writePieces(file, [ALLOCATION_HEADER, "1,", ...repeated("Đ".repeat(100_000), chars / 100_000), ",3\n"]);
    cases.push({ kind: "long CSV cell", what: `a cell of ${chars.toLocaleString("en-US")} "Đ"`, file, argv: ["check", "--json", file] });
  }
  {
    const mb = 40 / scale;
    const file = at("unclosed-quote.csv");
    writePieces(file, [ALLOCATION_HEADER, "1,Chi bộ A,3\n2,\"Chi bộ B", ...repeated(`${"x".repeat(1023)}\n`, mb * 1024), "\n"]);
    cases.push({ kind: "unclosed quote", what: `${mb} MB CSV, a quote never closed`, file, argv: ["check", "--json", file] });
  }
  {
    const file = at("zip-bomb.xlsx");
    const repeat = 1024 / scale;
    const rowBlock = `<row><c t="inlineStr"><is><t>${"A".repeat(1000)}</t></is></c></row>`.repeat(1000);
    const parts = big.workbookParts(big.bombPart("xl/worksheets/sheet1.xml", big.SHEET_HEAD, rowBlock, repeat, 4096));
    big.writeZip(file, parts);
    cases.push({ kind: "zip bomb", what: `sheet part inflating to ~${repeat} MB, declared 4 KB`, file, argv: ["check", "--json", file] });
  }
  {
    const file = at("entities.xlsx");
    const doctype =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const parts = big.workbookParts(big.textPart("xl/worksheets/sheet1.xml", `${big.SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${big.SHEET_TAIL}`));
    parts.push(big.textPart("xl/sharedStrings.xml", `${doctype}<sst><si><t>&lol3;&xxe;</t></si></sst>`));
    big.writeZip(file, parts);
    cases.push({ kind: "XML entities", what: "billion laughs + external entity (DOCTYPE)", file, argv: ["check", "--json", file] });
  }
  {
    const depth = 1_000_000 / scale;
    const file = at("deep-xml.xlsx");
    const sheet = [big.SHEET_HEAD, '<row r="1"><c r="A1" t="inlineStr"><is>', ...repeated("<r>".repeat(10_000), depth / 10_000), ...repeated("</r>".repeat(10_000), depth / 10_000), "</is></c></row>", big.SHEET_TAIL];
    big.writeZip(file, big.workbookParts(big.streamedPart("xl/worksheets/sheet1.xml", sheet)));
    cases.push({ kind: "deep XML", what: `${depth.toLocaleString("en-US")} nested elements in one cell`, file, argv: ["check", "--json", file] });
  }
  {
    const length = 10_000;
    const allocation = at("long-names-allocation.csv");
    const log = at("long-names-log.csv");
    const stem = (i) => `Chi bộ ${"Đảng ủy xã Tân Lập ".repeat(length / 19).slice(0, length - 12)} ${String(i).padStart(4, "0")}`;
    writeFileSync(allocation, ALLOCATION_HEADER + Array.from({ length: 10 }, (_, i) => `${i + 1},${stem(i)},3\n`).join(""));
    // Ten unknown names, each one letter away from an allocation name: every suggestion search compares long with long.
    writeFileSync(log, LOG_HEADER + Array.from({ length: 10 }, (_, i) => `${stem(i).replace("Tân", "Tăn")}X,5/2025,1\n`).join(""));
    cases.push({
      kind: "names for suggestions",
      what: `ten ${length.toLocaleString("en-US")}-char names, ten similar unknown`,
      file: log,
      argv: ["consolidate", "--json", "--allocation", allocation, "--month", "2025-05", log],
    });
  }
  return cases;
}
