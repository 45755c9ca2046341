/**
 * Hand-written chart XML, tested hard: whatever the sheet name and the cells hold
 * (any Unicode, XML specials, apostrophes, lone surrogates), the chart part is
 * well formed, its references name the sheet exactly, and its caches hold the
 * cells' values; and inserting <drawing> keeps a worksheet well formed with its
 * text untouched. fast-check prints the seed of any failure.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import type { ChartSpec, SpecCell } from "../../src/core";
import { withDrawingElement } from "../../src/xlsx/chart-part";
import { escapeXml } from "../../src/xlsx/chart-xml-edit";
import { chartPartXml } from "../../src/xlsx/chart-xml";
import { safeSheetName } from "../../src/xlsx/write-workbook";
import { xmlSafeText } from "../../src/xlsx/xml-text";
import { anyText, messyText } from "../properties/arbitraries";

interface Parsed {
  refs: string[];
  /** Per `c:pt`, the text of its `c:v`, under strCache or numCache. */
  str: string[];
  num: string[];
  title: string;
}

function parse(xml: string): Parsed {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const out: Parsed = { refs: [], str: [], num: [], title: "" };
  let text = "";
  parser.on("opentag", (t) => {
    stack.push(t.local);
    text = "";
  });
  parser.on("text", (t) => void (text += t));
  parser.on("closetag", () => {
    const path = stack.join("/");
    if (path.endsWith("/f")) out.refs.push(text);
    if (path.endsWith("strCache/pt/v")) out.str.push(text);
    if (path.endsWith("numCache/pt/v")) out.num.push(text);
    if (path.endsWith("title/tx/rich/p/r/t")) out.title += text;
    stack.pop();
    text = "";
  });
  parser.write(xml).close();
  return out;
}

const cellValue = fc.oneof(anyText, messyText, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ noNaN: true }), fc.constant(null));

describe("chart XML for any sheet name and any cell contents", () => {
  it("is well formed, names the sheet exactly and caches what the cells hold", () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.tuple(cellValue, cellValue), { minLength: 1, maxLength: 6 }), anyText, (rawName, pairs, title) => {
        const name = safeSheetName(rawName, new Set());
        const rows: SpecCell[][] = pairs.map(([a, b]) => [{ value: a }, { value: b }]);
        const last = rows.length - 1;
        const chart: ChartSpec = {
          kind: "barClustered",
          title,
          categories: { top: 0, left: 0, bottom: last, right: 0 },
          series: [{ name: title, values: { top: 0, left: 1, bottom: last, right: 1 } }],
          anchor: { top: last + 2, left: 0, bottom: last + 20, right: 5 },
        };
        const parsed = parse(chartPartXml(chart, name, rows));
        for (const ref of parsed.refs) {
          const m = /^'((?:[^']|'')*)'!\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?$/.exec(ref);
          expect(m?.[1]?.replace(/''/g, "'")).toBe(name);
        }
        const shown = (v: SpecCell["value"]) => (v === null || (typeof v === "number" && !Number.isFinite(v)) ? [] : [xmlSafeText(String(v))]);
        expect(parsed.str).toEqual(pairs.flatMap(([a]) => shown(a)));
        expect(parsed.num.map(Number)).toEqual(pairs.flatMap(([, b]) => (typeof b === "number" && Number.isFinite(b) ? [b + 0] : []) /* -0 is cached as 0 */));
        expect(parsed.title).toBe(xmlSafeText(title));
      }),
      // Line breaks and tabs, which XML parsers normalise unless they are written as references.
      { examples: [["Tổng hợp\r", [["Chi bộ\r\nấp 1\tA", 3]], "Tiến độ\r\n"]] },
    );
  });
});

describe("<drawing> inserted into a worksheet holding any text", () => {
  it("keeps the worksheet well formed, its text unchanged, with one drawing as the last child", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 5 }), fc.boolean(), (texts, withExtLst) => {
        const cells = texts.map((t, i) => `<c r="A${i + 1}" t="inlineStr"><is><t>${escapeXml(xmlSafeText(t))}</t></is></c>`).join("");
        const xml =
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          `<sheetData><row r="1">${cells}</row></sheetData><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/>${withExtLst ? "<extLst/>" : ""}</worksheet>`;
        const out = withDrawingElement(xml, "rId1");
        const children: string[] = [];
        const seen: string[] = [];
        const parser = new SaxesParser({ xmlns: true });
        let depth = 0;
        parser.on("opentag", (t) => {
          if (depth === 1) children.push(t.local);
          depth++;
        });
        parser.on("closetag", () => void depth--);
        parser.on("text", (t) => void seen.push(t));
        parser.write(out).close();
        expect(children).toEqual(["sheetData", "pageMargins", "drawing", ...(withExtLst ? ["extLst"] : [])]);
        expect(seen.join("")).toBe(texts.map((t) => xmlSafeText(t)).join(""));
      }),
    );
  });
});
