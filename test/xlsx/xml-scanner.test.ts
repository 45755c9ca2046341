import { InvariantError } from "../../src/core";
import { isXmlSyntaxError, MAX_ATTRIBUTES, XmlScanner, XmlSyntaxError } from "../../src/xlsx/ooxml/xml-scanner";

type Event = string;

function scan(chunks: readonly string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, attrs, selfClosing) => events.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join("")}${selfClosing ? "/" : ""}>`),
    close: (name) => events.push(`</${name}>`),
    text: (t) => {
      const last = events.length - 1;
      if (last >= 0 && (events[last] as string).startsWith("text:")) events[last] += t;
      else events.push(`text:${t}`);
    },
  });
  for (const c of chunks) scanner.write(c);
  scanner.close();
  return events;
}

function refusal(xml: string): string {
  try {
    scan([xml]);
  } catch (e) {
    if (isXmlSyntaxError(e)) return e.message;
    throw e;
  }
  throw new Error(`accepted: ${xml}`);
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="4"><c r="A4" t="n"><v>1</v></c><c r="B4" t="inlineStr"><is><t>Chi b&#7897; th&#244;n S&#7889; 1</t></is></c><c r="C4" s="2"/></row>' +
  "</sheetData></worksheet>";

describe("the streaming XML scanner", () => {
  it("reads a worksheet into elements, attributes and decoded text", () => {
    expect(scan([SHEET])).toEqual([
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      "<sheetData>",
      '<row r="4">',
      '<c r="A4" t="n">',
      "<v>",
      "text:1",
      "</v>",
      "</c>",
      '<c r="B4" t="inlineStr">',
      "<is>",
      "<t>",
      "text:Chi bộ thôn Số 1",
      "</t>",
      "</is>",
      "</c>",
      '<c r="C4" s="2"/>',
      "</c>",
      "</row>",
      "</sheetData>",
      "</worksheet>",
    ]);
  });

  it("gives the same events whatever the chunks, down to one character at a time", () => {
    expect(scan(Array.from(SHEET))).toEqual(scan([SHEET]));
    expect(scan([SHEET.slice(0, 7), SHEET.slice(7, 200), SHEET.slice(200)])).toEqual(scan([SHEET]));
  });

  it("refuses an XML declaration anywhere after the start, however the document was cut into chunks", () => {
    expect(() => scan(["<a>", 'xyz<?xml version="1.0"?></a>'])).toThrow(/not at the start/);
    expect(() => scan(["<a>xyz", '<?xml version="1.0"?></a>'])).toThrow(/not at the start/);
  });

  it("normalises a carriage return at the start of CDATA, and reads comments, CDATA and instructions cut anywhere", () => {
    expect(scan(["<a><![CDATA[\rx]]></a>"])).toEqual(["<a>", "text:\nx", "</a>"]);
    const xml = '<?xml version="1.0" encoding="UTF-8"?><!-- a --><a><?pi x?><![CDATA[<b>]]><!----><c d="1"/></a>';
    expect(scan(Array.from(xml))).toEqual(scan([xml]));
    expect(scan([xml])).toEqual(["<a>", "text:<b>", '<c d="1"/>', "</c>", "</a>"]);
  });

  it("clips a quoted piece only past 40 characters", () => {
    expect(refusal(`<a></${"b".repeat(40)}>`)).toBe(`end tag </${"b".repeat(40)}> closes <a>`);
    expect(refusal(`<a></${"b".repeat(41)}>`)).toBe(`end tag </${"b".repeat(40)}…> closes <a>`);
  });

  it("normalises written line ends in text but keeps a carriage return written as a reference", () => {
    expect(scan(["<t>a\r\nb\rc&#13;d</t>"])).toEqual(["<t>", "text:a\nb\nc\rd", "</t>"]);
    expect(scan(["<t>a\r", "\nb</t>"])).toEqual(["<t>", "text:a\nb", "</t>"]);
  });

  it("turns white space written in an attribute into spaces, but not white space written as references", () => {
    expect(scan(['<a b="x\ty\nz\r\nw&#9;&#10;"/>'])).toEqual(['<a b="x y z w\\t\\n"/>', "</a>"]);
  });

  it("decodes the five predefined entities and decimal and hexadecimal references, leading zeros and astral characters included", () => {
    expect(scan(["<t>&amp;&lt;&gt;&quot;&apos;&#0000065;&#x1EA1;&#x1D54F;</t>"])).toEqual(["<t>", "text:&<>\"'Aạ𝕏", "</t>"]);
  });

  it("passes CDATA through as text, markup characters and all", () => {
    expect(scan(["<t><![CDATA[<b>&amp;</b>]]></t>"])).toEqual(["<t>", "text:<b>&amp;</b>", "</t>"]);
  });

  it("skips comments, processing instructions and white space around the root", () => {
    expect(scan(['<?xml version="1.0"?>\n<!-- c --><?mso-application progid="Excel.Sheet"?>\n<a/>\n<!-- end -->\n'])).toEqual(["<a/>", "</a>"]);
  });

  it("drops the prefix of element names, as some writers prefix them, and keeps attribute names whole", () => {
    expect(scan(['<x:c r:id="rId1" xml:space="preserve"><v/></x:c >'])).toEqual(['<c r:id="rId1" xml:space="preserve">', "<v/>", "</v>", "</c>"]);
  });

  it("drops a leading colon as a prefix too", () => {
    expect(scan(["<:a><:b/></:a>"])).toEqual(["<a>", "<b/>", "</b>", "</a>"]);
  });

  it("still matches end tags to start tags as written, prefix and all", () => {
    expect(refusal("<x:c></c>")).toMatch(/closes <x:c>/);
    expect(refusal("<x:c></y:c>")).toMatch(/closes <x:c>/);
  });

  it("refuses nesting past its depth bound where it passes, and reads up to it", () => {
    const nested = (depth: number, selfClosingInnermost: boolean): string =>
      "<a>".repeat(depth - 1) + (selfClosingInnermost ? "<a/>" : "<a></a>") + "</a>".repeat(depth - 1);
    const count = (xml: string, maxDepth: number): number => {
      let opened = 0;
      const scanner = new XmlScanner({ open: () => opened++, close: () => undefined, text: () => undefined }, maxDepth);
      scanner.write(xml);
      scanner.close();
      return opened;
    };
    expect(count(nested(5, false), 5)).toBe(5);
    expect(count(nested(5, true), 5)).toBe(5);
    expect(() => count(nested(6, true), 5)).toThrow(/nested deeper than 5 levels/);
    expect(() => count(nested(6, false), 5)).toThrow(XmlSyntaxError);
  });

  it("drops an attribute named __proto__ instead of changing the attributes object's prototype", () => {
    const seen: Array<Record<string, string>> = [];
    const scanner = new XmlScanner({ open: (_n, attrs) => seen.push({ ...attrs }), close: () => undefined, text: () => undefined });
    scanner.write('<a __proto__="x" r="A1"/>');
    scanner.close();
    expect(seen).toEqual([{ r: "A1" }]);
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
  });

  it("reads a text run far longer than any chunk", () => {
    const long = "ộ".repeat(300_000);
    const chunks = ["<t>"];
    for (let i = 0; i < long.length; i += 1000) chunks.push(long.slice(i, i + 1000));
    chunks.push("</t>");
    expect(scan(chunks)).toEqual(["<t>", `text:${long}`, "</t>"]);
  });

  it("reads constructs far longer than a chunk, cut anywhere: a comment, an attribute value, CDATA, a run of references", () => {
    const inChunks = (xml: string, size: number): string[] => Array.from({ length: Math.ceil(xml.length / size) }, (_, i) => xml.slice(i * size, (i + 1) * size));
    const value = "v".repeat(300_000);
    const refs = "&#7897;".repeat(50_000);
    const xml = `<a><!-- ${"c".repeat(300_000)} --><b x="${value}"/><![CDATA[${"d".repeat(300_000)}]]><t>${refs}</t></a>`;
    const expected = ["<a>", `<b x="${value}"/>`, "</b>", `text:${"d".repeat(300_000)}`, "<t>", `text:${"ộ".repeat(50_000)}`, "</t>", "</a>"];
    expect(scan(inChunks(xml, 65_536))).toEqual(expected);
    expect(scan(inChunks(xml, 1_000))).toEqual(expected);
  });

  it("refuses a reference cut off by a character no reference holds at once, without holding the rest of the text for it", () => {
    const scanner = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
    expect(() => scanner.write(`<t>&e ${"x ".repeat(10_000)}`)).toThrow(/not closed by ';'/);
    // However many letters come first.
    const later = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
    expect(() => later.write(`<t>&${"e".repeat(100)} ${"x ".repeat(10_000)}`)).toThrow(/not closed by ';'/);
    // Letters, digits and "#" may still be a reference whose ';' is in the next chunk.
    expect(scan(["<t>&#78", "97;&am", "p;</t>"])).toEqual(["<t>", "text:ộ&", "</t>"]);
  });

  it("checks an attribute named __proto__ like any other: twice, or with a value that is not XML, is refused", () => {
    expect(refusal('<a __proto__="1" __proto__="2"/>')).toMatch(/__proto__ twice/);
    expect(refusal('<a __proto__="&foo;"/>')).toMatch(/undefined entity/);
    expect(refusal('<a __proto__="<"/>')).toMatch(/'<'/);
  });

  it("normalises line ends and attribute white space across the slices long text is cut into", () => {
    // A "\r\n" astride the 8,192-character slice boundary is still one line end.
    const text = `${"a".repeat(8191)}\r\n${"b".repeat(9000)}\r${"c".repeat(20000)}\r\n`;
    expect(scan([`<t>${text}</t>`])).toEqual(["<t>", `text:${text.replace(/\r\n?/g, "\n")}`, "</t>"]);
    const value = `${"a".repeat(8191)}\r\n\t${"b".repeat(9000)}\n`;
    expect(scan([`<a v="${value}"/>`])).toEqual([`<a v=${JSON.stringify(value.replace(/\r\n|[\t\n\r]/g, " "))}/>`, "</a>"]);
    const cdata = `${"x".repeat(8191)}\r\ny\r`;
    expect(scan([`<t><![CDATA[${cdata}]]></t>`])).toEqual(["<t>", "text:" + cdata.replace(/\r\n?/g, "\n"), "</t>"]);
  });

  it("keeps a carriage return before another carriage return and a newline as two line ends, at any slice boundary", () => {
    for (const at of [8190, 8191, 8192]) {
      const text = `${"x".repeat(at)}\r\r\n${"y".repeat(9000)}`;
      expect(scan([`<t>${text}</t>`])).toEqual(["<t>", `text:${"x".repeat(at)}\n\n${"y".repeat(9000)}`, "</t>"]);
      expect(scan([`<a v="${text}"/>`])).toEqual([`<a v=${JSON.stringify(`${"x".repeat(at)}  ${"y".repeat(9000)}`)}/>`, "</a>"]);
    }
  });

  it("decodes references in a long run whatever slice they fall in, and a reference at the start of a long run", () => {
    const text = `&amp;${"a".repeat(20_000)}&#7897;${"b".repeat(8_185)}&lt;${"c".repeat(9_000)}`;
    expect(scan([`<t>${text}</t>`])).toEqual(["<t>", `text:&${"a".repeat(20_000)}ộ${"b".repeat(8_185)}<${"c".repeat(9_000)}`, "</t>"]);
    expect(scan([`<a v="${text}"/>`])).toHaveLength(2);
  });

  it("passes on a long run of closing brackets or carriage returns, holding back only the last ones", () => {
    const pieces: string[] = [];
    const scanner = new XmlScanner({ open: () => undefined, close: () => undefined, text: (t) => pieces.push(t) });
    scanner.write(`<t>${"]".repeat(100_000)}`);
    expect(pieces.join("").length).toBe(99_998);
    scanner.write(`x${"\r".repeat(100_000)}`);
    expect(pieces.join("").length).toBe(100_000 + 1 + 99_999);
    scanner.write("\n</t>");
    scanner.close();
    expect(pieces.join("")).toBe(`${"]".repeat(100_000)}x${"\n".repeat(100_000)}`);
  });

  it("quotes at most a short piece of the document in a message, however long the piece", () => {
    const message = refusal(`<t>&${"a".repeat(100_000)};</t>`);
    expect(message).toMatch(/^undefined entity &a+…;$/);
    expect(message.length).toBeLessThan(80);
    expect(refusal(`<${"n".repeat(100_000)}></m>`).length).toBeLessThan(120);
  });

  it(`reads ${MAX_ATTRIBUTES} attributes on an element and refuses one more`, () => {
    const attributes = (n: number): string => Array.from({ length: n }, (_, i) => ` a${i}="${i}"`).join("");
    expect(scan([`<a${attributes(MAX_ATTRIBUTES)}/>`])).toHaveLength(2);
    expect(refusal(`<a${attributes(MAX_ATTRIBUTES + 1)}/>`)).toMatch(`more than ${MAX_ATTRIBUTES} attributes`);
  });

  it("reads a part declared in the encoding it was decoded from and refuses any other, which would have been read wrongly", () => {
    expect(scan(['<?xml version="1.0" encoding="UTF-8"?><a/>'])).toEqual(["<a/>", "</a>"]);
    expect(scan(["<?xml version='1.0' encoding='utf-8'?><a/>"])).toEqual(["<a/>", "</a>"]);
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).toMatch(/encoding ISO-8859-1 declared/);
    expect(refusal('<?xml version="1.0" encoding="windows-1258"?><a/>')).toMatch(/in a part that is UTF-8/);
    const utf16 = (xml: string): number => {
      let opened = 0;
      const scanner = new XmlScanner({ open: () => opened++, close: () => undefined, text: () => undefined }, 10, "utf-16");
      scanner.write(xml);
      scanner.close();
      return opened;
    };
    expect(utf16('<?xml version="1.0" encoding="UTF-16"?><a/>')).toBe(1);
    expect(() => utf16('<?xml version="1.0" encoding="UTF-8"?><a/>')).toThrow(/in a part that is UTF-16/);
  });

  it("passes elements on as they arrive, before the document ends", () => {
    const seen: string[] = [];
    const scanner = new XmlScanner({ open: (n) => seen.push(n), close: (n) => seen.push(`/${n}`), text: (t) => seen.push(t) });
    scanner.write("<sheetData><row><c><v>1</v></c></row><ro");
    expect(seen).toEqual(["sheetData", "row", "c", "v", "1", "/v", "/c", "/row"]);
    scanner.write("w/></sheetData>");
    scanner.close();
    expect(seen.slice(8)).toEqual(["row", "/row", "/sheetData"]);
  });

  it("passes a long run of text on as it arrives, holding back only what the next chunk could change", () => {
    const pieces: string[] = [];
    const scanner = new XmlScanner({ open: () => undefined, close: () => undefined, text: (t) => pieces.push(t) });
    scanner.write("<t>");
    for (let i = 0; i < 100; i++) scanner.write("ộ".repeat(1000));
    expect(pieces.join("").length).toBe(100_000);
    // A reference, a carriage return and closing brackets cut by the chunk's end wait for the next chunk.
    scanner.write("x&#78");
    scanner.write("97;y\r");
    expect(pieces.join("").slice(100_000)).toBe("xộy");
    scanner.write("\nz]]");
    expect(pieces.join("").slice(100_000)).toBe("xộy\nz");
    scanner.write("]x</t>");
    scanner.close();
    expect(pieces.join("").slice(100_000)).toBe("xộy\nz]]]x");
    expect(() => scan(["<t>a]", "]>b</t>"])).toThrow(/']]>'/);
  });

  it.each([
    ["a DOCTYPE", "<!DOCTYPE a [<!ENTITY x 'y'>]><a/>", /DOCTYPE/],
    ["an undefined entity", "<a>&nbsp;</a>", /undefined entity &nbsp;/],
    ["an entity named like an Object property", "<a>&constructor;</a>", /undefined entity/],
    ["a reference with no ';'", "<a>AT&T</a>", /not closed/],
    ["a reference to NUL", "<a>&#0;</a>", /not an XML character/],
    ["a reference to a surrogate", "<a>&#xD800;</a>", /not an XML character/],
    ["a reference past U+10FFFF", "<a>&#x110000;</a>", /not an XML character/],
    ["an upper-case X in a hexadecimal reference", "<a>&#X41;</a>", /malformed character reference/],
    ["a control character", "<a>\u0001</a>", /not allowed/],
    ["U+FFFF", "<a>\uffff</a>", /not allowed/],
    ["'<' in an attribute value", '<a b="<"/>', /'<'/],
    ["the same attribute twice", '<a b="1" b="2"/>', /twice/],
    ["an unquoted attribute value", "<a b=1/>", /not quoted/],
    ["an attribute with no value", "<a b/>", /no value/],
    ["attributes with no space between them", '<a b="1"c="2"/>', /no white space/],
    ["an end tag that closes another element", "<a><b></a></b>", /closes <b>/],
    ["an end tag with nothing open", "<a/></a>", /no element open/],
    ["an unclosed element", "<a><b></b>", /unclosed element <a>/],
    ["a document cut inside a tag", '<a><b c="1"', /ends inside markup/],
    ["a document ending in '<'", "<a>x<", /ends inside markup/],
    ["a second root", "<a/><b/>", /second root/],
    ["text before the root", "x<a/>", /outside the root/],
    ["text after the root", "<a/>x", /outside the root/],
    ["CDATA outside the root", "<a/><![CDATA[x]]>", /CDATA outside/],
    ["']]>' in text", "<a>]]></a>", /']]>'/],
    ["'--' inside a comment", "<a><!-- a -- b --></a>", /malformed comment/],
    ["an XML declaration after the start", ' <?xml version="1.0"?><a/>', /not at the start/],
    ["an XML declaration without a version", '<?xml encoding="UTF-8"?><a/>', /malformed XML declaration/],
    ["a processing instruction without a target", "<a><? x?></a>", /without a target/],
    ["a name starting with a digit", "<1a/>", /malformed start tag/],
    ["space before an end tag's name", "<a></ a>", /malformed end tag/],
    ["an empty document", "", /no root element/],
    ["an unknown declaration", "<a><!ELEMENT a ANY></a>", /malformed declaration/],
  ])("refuses %s", (_what, xml, message) => {
    expect(refusal(xml)).toMatch(message);
  });

  it("refuses a DOCTYPE even when it arrives split across chunks", () => {
    expect(() => scan(["<!DOC", "TYPE a><a/>"])).toThrow(XmlSyntaxError);
  });

  it("throws a programmer error for a write after close", () => {
    const scanner = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
    scanner.write("<a/>");
    scanner.close();
    expect(() => scanner.write("<b/>")).toThrow(InvariantError);
  });
});
