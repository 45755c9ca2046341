/**
 * The XML scanner at the edges of XML 1.0's character classes (§2.2 Char, §2.3 NameStartChar and
 * NameChar), held to saxes, whose tables come from the xmlchars package: each code point just
 * inside and just outside every range, as the first character of a name, as a later one, written
 * in text, and as a character reference.
 */
import { SaxesParser } from "saxes";
import { XmlScanner } from "../../src/xlsx/ooxml/xml-scanner";

function saxesAccepts(xml: string): boolean {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("error", (e) => {
    throw e;
  });
  try {
    p.write(xml).close();
    return true;
  } catch {
    return false;
  }
}

function scannerAccepts(xml: string): boolean {
  const s = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
  try {
    s.write(xml);
    s.close();
    return true;
  } catch (e) {
    if (e instanceof Error && e.name === "XmlSyntaxError") return false;
    throw e;
  }
}

/** Every boundary of the ranges in §2.2 and §2.3, with its neighbours. */
const EDGES = [
  0x2d, 0x2e, 0x2f, 0x30, 0x39, 0x3a, 0x3b, 0x40, 0x41, 0x5a, 0x5b, 0x5e, 0x5f, 0x60, 0x61, 0x7a, 0x7b, 0x7f, 0x80, 0xb6, 0xb7, 0xb8, 0xbf, 0xc0, 0xd6, 0xd7, 0xd8, 0xf6,
  0xf7, 0xf8, 0x2ff, 0x300, 0x36f, 0x370, 0x37d, 0x37e, 0x37f, 0x1fff, 0x2000, 0x200b, 0x200c, 0x200d, 0x200e, 0x203e, 0x203f, 0x2040, 0x2041, 0x206f, 0x2070, 0x218f,
  0x2190, 0x2bff, 0x2c00, 0x2fef, 0x2ff0, 0x3000, 0x3001, 0xd7ff, 0xe000, 0xf8ff, 0xf900, 0xfdcf, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0x10000, 0xeffff, 0xf0000, 0x10ffff,
];
const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

describe("the XML scanner at the edges of XML's character classes, against saxes", () => {
  it.each(EDGES.map((c) => [hex(c), c]))("reads %s as the first character of a name as saxes does", (_label, c) => {
    const xml = `<${String.fromCodePoint(c)}a/>`;
    expect(scannerAccepts(xml)).toBe(saxesAccepts(xml));
  });

  it.each(EDGES.map((c) => [hex(c), c]))("reads %s inside element and attribute names as saxes does", (_label, c) => {
    const ch = String.fromCodePoint(c);
    for (const xml of [`<a${ch}b/>`, `<a x${ch}y="1"/>`, `<a x${ch}="1"/>`]) expect([xml, scannerAccepts(xml)]).toEqual([xml, saxesAccepts(xml)]);
  });

  const CHAR_EDGES = [0x0, 0x8, 0x9, 0xa, 0xb, 0xc, 0xd, 0xe, 0x1f, 0x20, 0xd7ff, 0xe000, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff];
  it.each(CHAR_EDGES.map((c) => [hex(c), c]))("reads %s written in text and in an attribute value as saxes does", (_label, c) => {
    const ch = String.fromCodePoint(c);
    for (const xml of [`<a>x${ch}y</a>`, `<a v="x${ch}y"/>`]) expect([xml, scannerAccepts(xml)]).toEqual([xml, saxesAccepts(xml)]);
  });

  it.each([...CHAR_EDGES, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x110000, 0xffffffff].map((c) => [hex(c), c]))("reads a reference to %s as saxes does", (_label, c) => {
    for (const xml of [`<a>&#x${c.toString(16)};</a>`, `<a>&#${c};</a>`, `<a v="&#x${c.toString(16).toUpperCase()};"/>`]) {
      expect([xml, scannerAccepts(xml)]).toEqual([xml, saxesAccepts(xml)]);
    }
  });

  it.each(["&#x;", "&#;", "&#xg;", "&#xG;", "&#x-1;", "&#1a;", "&#x0a;", "&#xA;", "&#xf;", "&#xF;", "&#x00000041;", "&#0065;", "&#X41;", "&# 65;"])(
    "reads the reference %s as saxes does",
    (ref) => {
      const xml = `<a>${ref}</a>`;
      expect(scannerAccepts(xml)).toBe(saxesAccepts(xml));
    },
  );

  it("decodes references to the edges of each range to the same characters as saxes", () => {
    const refs = [0x9, 0xa, 0xd, 0x20, 0x7e, 0xa0, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x1d54f, 0x10ffff].map((c) => `&#x${c.toString(16)};`).join("");
    let fromSaxes = "";
    const p = new SaxesParser({ xmlns: false, position: false });
    p.on("text", (t) => (fromSaxes += t));
    p.write(`<a>${refs}</a>`).close();
    let fromScanner = "";
    const s = new XmlScanner({ open: () => undefined, close: () => undefined, text: (t) => (fromScanner += t) });
    s.write(`<a>${refs}</a>`);
    s.close();
    expect(fromScanner).toBe(fromSaxes);
  });

  it.each([
    '<?XML version="1.0"?><a/>',
    "<a><?XML x?></a>",
    "<a><?xMl?></a>",
    "<a><?pi?></a>",
    "<a><?pi data?></a>",
    "<a><!----x--></a>",
    "<a><!---x--></a>",
    "<a><!-- x- --></a>",
    "<a></a x>",
    "<a></a\t>",
    "<:a></:a>",
    '<a x="1"/ >',
    "<a><![CDATA[x]]]></a>",
    "<a/><?pi?>",
    "<a/><!---->",
    "<a>]]></a>",
    "<a>]>]]</a>",
    "<r><a/ ></r>",
    '<r><a 1x="1"/></r>',
    '<r><a -x="1"/></r>',
  ])("reads %p as saxes does, whole and one character at a time", (xml) => {
    expect(scannerAccepts(xml)).toBe(saxesAccepts(xml));
    const s = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
    let accepted = true;
    try {
      for (const ch of Array.from(xml)) s.write(ch);
      s.close();
    } catch {
      accepted = false;
    }
    expect(accepted).toBe(saxesAccepts(xml));
  });
});
