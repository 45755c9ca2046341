/**
 * The hand-written XML scanner held to saxes, a maintained streaming parser:
 * on random well-formed documents cut into random chunks both report the same
 * elements, attributes and text; on the same documents damaged at a random
 * place, both refuse or both read the same events. Where the two disagree on
 * refusing (saxes lets a "?" inside a processing instruction's target through),
 * libxml2's xmllint decides, and the scanner must side with it.
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XmlScanner } from "../../src/xlsx/ooxml/xml-scanner";
import { assertProperty } from "./seed";

type Event = readonly ["open", string, string, boolean] | readonly ["close", string] | readonly ["text", string];

/** Events with adjacent text joined (either side may cut a run of text) and text outside the root left out. */
class Collector {
  readonly events: Event[] = [];
  private depth = 0;
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void {
    this.depth++;
    const sorted = Object.keys(attrs)
      .sort()
      .map((k) => [k, attrs[k]]);
    this.events.push(["open", name, JSON.stringify(sorted), selfClosing]);
  }
  close(name: string): void {
    this.depth--;
    this.events.push(["close", name]);
  }
  text(t: string): void {
    if (this.depth === 0 || t === "") return;
    const last = this.events[this.events.length - 1];
    if (last?.[0] === "text") this.events[this.events.length - 1] = ["text", last[1] + t];
    else this.events.push(["text", t]);
  }
}

type Outcome = { ok: true; events: Event[] } | { ok: false; message?: string };

function withSaxes(chunks: readonly string[]): Outcome {
  const c = new Collector();
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("error", (e) => {
    throw e;
  });
  p.on("doctype", () => {
    throw new Error("doctype");
  });
  // The scanner reports element names without their prefix (attribute names keep theirs).
  const local = (name: string): string => name.slice(name.lastIndexOf(":") + 1);
  // The scanner checks an attribute named __proto__ and leaves it out (it cannot be a key of a plain object).
  const withoutProto = (attrs: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(Object.entries(attrs).filter(([k]) => k !== "__proto__"));
  p.on("opentag", (t) => c.open(local(t.name), withoutProto(t.attributes), t.isSelfClosing));
  p.on("closetag", (t) => c.close(local(t.name)));
  p.on("text", (t) => c.text(t));
  p.on("cdata", (t) => c.text(t));
  try {
    for (const chunk of chunks) p.write(chunk);
    p.close();
    return { ok: true, events: c.events };
  } catch {
    return { ok: false };
  }
}

function withScanner(chunks: readonly string[]): Outcome {
  const c = new Collector();
  const s = new XmlScanner(c);
  try {
    for (const chunk of chunks) s.write(chunk);
    s.close();
    return { ok: true, events: c.events };
  } catch (e) {
    if (e instanceof Error && e.name === "XmlSyntaxError") return { ok: false, message: e.message };
    throw e;
  }
}

/** The encoding a document's XML declaration names, if any. */
function declaredEncoding(xml: string): string | undefined {
  return /^<\?xml\s[^>]*?encoding\s*=\s*(["'])(.*?)\1/.exec(xml)?.[2];
}

/** libxml2's verdict on well-formedness (xmllint is installed by .ci/run). */
function wellFormedForLibxml2(xml: string): boolean {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, encoding: "utf8" });
  if (run.error) throw run.error;
  return run.status === 0;
}

function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const space = fc.constantFrom("", " ", "  ", "\n", "\r\n", "\t", " \r\n\t");
const someSpace = fc.constantFrom(" ", "\n", "\r\n ", "\t");
const name = fc.constantFrom("c", "v", "row", "x:c", "x:y:z", "sheetData", "a-b.c_d", "_x", "tên", "ô1", "a\u0301", "𝕏a", "r:id", "xml:space", "A", "Ωmega");
const attributeName = fc.oneof({ weight: 9, arbitrary: name }, { weight: 1, arbitrary: fc.constant("__proto__") });

/** Character data as a writer escapes it, and the awkward things XML lets through unescaped. */
const textPiece = fc.constantFrom(
  "Chi b",
  "&#7897;",
  "&#x1EA1;",
  "&#0000065;",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  ">",
  "]]",
  "]",
  " ",
  "\r\n",
  "\r",
  "\n",
  "\t",
  "ộ",
  "𝕏",
  "'",
  '"',
  "08",
  "_x000D_",
  "&#13;",
  "&#xD;&#xA;",
);
/** No "]]>" inside, and no "]" at the end, which the next run of text could turn into one. */
const text = fc.array(textPiece, { maxLength: 6 }).map((ps) => ps.join("").replace(/]]>/g, "]]&gt;").replace(/]$/, "]x"));
const attrValue = fc
  .array(fc.constantFrom("A4", "&amp;", "&#9;", "&#10;", "&#13;", "&lt;", "\t", "\n", "\r\n", "\r", ">", "ô", "&#x1EA1;", " ", "'", '"', "𝕏"), { maxLength: 4 })
  .map((ps) => ps.join(""));

const attribute = fc.tuple(attributeName, space, space, attrValue, fc.boolean()).map(([n, before, after, value, single]) => {
  const q = single ? "'" : '"';
  const escaped = value.split(q).join(single ? "&apos;" : "&quot;");
  return { name: n, text: `${n}${before}=${after}${q}${escaped}${q}` };
});

const misc = fc.constantFrom("<!-- a note -->", "<!---->", "<?pi data?>", "<?mso-application progid=\"Excel.Sheet\"?>", "");

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      name,
      fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 3 }),
      fc.array(someSpace, { minLength: 3, maxLength: 3 }),
      space,
      depth <= 1
        ? fc.constant<string[]>([])
        : fc.array(fc.oneof(text, misc, text.map((t) => `<![CDATA[${t.replace(/]]>/g, "")}]]>`), element(depth - 1)), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([n, attrs, gaps, closingSpace, children, selfClose]) => {
      const attrText = attrs.map((a, i) => `${gaps[i] ?? " "}${a.text}`).join("");
      if (children.length === 0 && selfClose) return `<${n}${attrText}${closingSpace}/>`;
      return `<${n}${attrText}${closingSpace}>${children.join("")}</${n}${closingSpace}>`;
    }),
);

const document = fc
  .tuple(
    fc.constantFrom(
      "",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      "<?xml version='1.0'?>",
      "<?xml version = '1.0' encoding = 'utf-8' ?>",
      '<?xml version="1.0" standalone="no"?>\n',
    ),
    misc,
    space,
    element(4),
    space,
    misc,
  )
  .map(([decl, before, gap, root, after, end]) => `${decl}${before}${gap}${root}${after}${end}`);

const chunkPoints = fc.array(fc.nat(), { maxLength: 6 });

describe("the XML scanner against saxes", () => {
  it("reads the same elements, attributes and text from well-formed documents cut anywhere", () => {
    assertProperty(
      fc.property(document, chunkPoints, (xml, at) => {
        const expected = withSaxes([xml]);
        expect(expected.ok).toBe(true);
        expect(withScanner(cut(xml, at))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("refuses a damaged document wherever saxes refuses it, and reads the same events where it does not", () => {
    const damage = fc.constantFrom("<", ">", "&", ";", '"', "'", "/", "=", "!", "?", "-", "]]>", "\u0001", "\uFFFE", "<!DOCTYPE x>", "&foo;", "&#X41;", "&#0;", "&#xD800;", " ", "x", "</c>", "<c>", ' __proto__="1"', ' a="1"', ":", "\r");
    assertProperty(
      fc.property(document, fc.nat(), fc.nat({ max: 3 }), damage, chunkPoints, (xml, where, removed, inserted, at) => {
        // Damage falls between characters, never inside a surrogate pair: TextDecoder cannot produce a lone surrogate.
        const chars = Array.from(xml);
        const i = where % (chars.length + 1);
        const damaged = chars.slice(0, i).join("") + inserted + chars.slice(i + removed).join("");
        const scanned = withScanner(cut(damaged, at));
        const reference = withSaxes([damaged]);
        if (!scanned.ok && scanned.message?.includes("in a part that is UTF-8")) {
          // Not a well-formedness rule but the reader's own: the bytes were decoded as UTF-8.
          expect(["utf-8", "utf8"]).not.toContain(declaredEncoding(damaged)?.toLowerCase());
          expect(declaredEncoding(damaged)).toBeDefined();
        } else if (scanned.ok === reference.ok) expect(scanned.ok ? scanned : { ok: false }).toEqual(reference);
        else expect({ damaged, ok: scanned.ok }).toEqual({ damaged, ok: wellFormedForLibxml2(damaged) });
      }),
      { numRuns: 1000 },
    );
  });
});
