/**
 * A streaming XML 1.0 scanner for the parts of an Office workbook: chunks of
 * decoded text in, open / close / text events out, every well-formedness rule
 * a workbook part can break checked (names, attributes, entities, character
 * references, comments, CDATA, one root, nesting). Written by hand because the
 * maintained streaming parsers measured slower on sheet XML, where the reader
 * spends most of its time (issue #16; docs/DEPENDENCIES.md gives the figures):
 * saxes walks a state machine per character, this scanner jumps between `<`,
 * `>` and quotes with indexOf. It is held to saxes by a differential property
 * test (test/properties/xml-scanner.property.test.ts): the same events on
 * well-formed documents cut into any chunks, and on damaged ones a refusal
 * wherever saxes refuses (where the two disagree, libxml2 decides).
 *
 * Not supported on purpose: DOCTYPE (OPC forbids it in a package's parts; it
 * is how entity bombs and external entities arrive), encodings other than
 * UTF-8 and UTF-16 (the caller decodes; a declaration must name what it
 * decoded), namespaces (prefixes are checked for matching start and end tags,
 * then dropped from element names), and positions in messages. Bounded: at
 * most MAX_ATTRIBUTES per element and the caller's depth; a message quotes at
 * most 40 characters of the document.
 */

import { corruptDetail, InvariantError, type CorruptData, type CorruptReason } from "../../core";

/** Element names arrive without their namespace prefix (`x:c` → `c`), as some writers prefix them; attribute names keep theirs. */
export interface XmlEvents {
  open(name: string, attrs: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Thrown for a document that is not well-formed XML, a property of the input, never of the code:
 * why, as a reason key and its data (file-corrupt-reasons.ts), its English as the message.
 */
export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: CorruptReason,
    readonly data: CorruptData = {},
  ) {
    super(corruptDetail(reason, data, "en"));
    this.name = "XmlSyntaxError";
  }
}

export function isXmlSyntaxError(e: unknown): e is XmlSyntaxError {
  return e instanceof XmlSyntaxError;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOS = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** ASCII name characters (§2.3): 2 may start a name, 1 may only follow. A table, not calls: the CLI reads cold, in V8's interpreter. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 58 || c === 95) ASCII_NAME[c] = 2;
  else if ((c >= 48 && c <= 57) || c === 45 || c === 46) ASCII_NAME[c] = 1;
}

/** The end of the name that starts at `from` (its first character already checked). */
function nameEnd(s: string, from: number): number {
  let at = from;
  for (;;) {
    const c = s.charCodeAt(at);
    if (c < 128 ? ASCII_NAME[c] === 0 : !isWideNameChar(c)) return at;
    at++;
  }
}

/** XML 1.0 (Fifth Edition) §2.3 NameStartChar; astral characters arrive as surrogate pairs (U+10000–U+EFFFF). */
function isNameStart(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 58 || c === 95;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xd800 && c <= 0xdb7f) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/** §2.3 NameChar beyond ASCII: ASCII name characters are looked up in ASCII_NAME. */
function isWideNameChar(c: number): boolean {
  return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** Not §2.2 Char, less what TextDecoder cannot produce (lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_A_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function isCharCode(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The encodings a workbook part may be in (OPC: UTF-8, or UTF-16 with a byte order mark). */
export type XmlEncoding = "utf-8" | "utf-16";

/** Names a declaration may give each, lower-cased (libxml2 takes "utf8" too). */
const ENCODING_NAMES: Readonly<Record<XmlEncoding, readonly string[]>> = {
  "utf-8": ["utf-8", "utf8"],
  "utf-16": ["utf-16", "utf-16le", "utf-16be", "utf16"],
};

/** §2.8 XMLDecl after `<?xml`: version, then encoding and standalone if given, in that order. */
const XML_DECLARATION =
  /^[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("1\.[0-9]+"|'1\.[0-9]+')([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*("(yes|no)"|'(yes|no)'))?[ \t\r\n]*$/;

/** Object.hasOwn is ES2022, newer than the webviews the pane supports (docs/DEPLOYMENT.md §3). */
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function fail(reason: CorruptReason, data?: CorruptData): never {
  throw new XmlSyntaxError(reason, data);
}

/** A piece of the document quoted in a message: a hint, however long the piece (a hostile name can run for megabytes). */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Element attributes, at most: Office writes a few dozen at most (a root's namespace declarations). */
export const MAX_ATTRIBUTES = 1_000;

/** Text is normalised in slices of this many characters, each made one flat string at once. */
const SLICE = 8_192;

/**
 * Replaces every `from` by `to` (in order), slice by slice, each slice flattened by join: V8's
 * String.prototype.replace returns a rope of about 32 bytes per replacement, so a run of 120
 * million carriage returns (a 1.6 MB file) exhausted the heap before it was ever flattened.
 */
function replaceFlat(raw: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const parts: string[] = [];
  for (let from = 0; from < raw.length; ) {
    let to = Math.min(from + SLICE, raw.length);
    // Never between "\r" and "\n": the pair is one line end.
    if (to < raw.length && raw.charCodeAt(to - 1) === 13 && raw.charCodeAt(to) === 10) to++;
    let part = raw.slice(from, to);
    for (const [a, b] of pairs) if (part.indexOf(a) >= 0) part = part.split(a).join(b);
    parts.push(part);
    from = to;
  }
  return parts.length === 1 ? (parts[0] as string) : parts.join("");
}

/** §2.11: "\r\n" and a lone "\r" are read as "\n". */
const LINE_ENDS: ReadonlyArray<readonly [string, string]> = [
  ["\r\n", "\n"],
  ["\r", "\n"],
];
/** §3.3.3: in an attribute value, a line end and every other white space character are read as a space. */
const ATTRIBUTE_SPACE: ReadonlyArray<readonly [string, string]> = [
  ["\r\n", " "],
  ["\r", " "],
  ["\n", " "],
  ["\t", " "],
];

/** The code point of a character reference's digits (`&#233;`, `&#xE9;`), or -1 when they are not digits. */
function referencedCode(raw: string, from: number, to: number): number {
  const hex = raw.charCodeAt(from) === 120;
  let i = hex ? from + 1 : from;
  if (i >= to) return -1;
  let code = 0;
  for (; i < to; i++) {
    const c = raw.charCodeAt(i);
    let digit: number;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if (hex && c >= 97 && c <= 102) digit = c - 87;
    else if (hex && c >= 65 && c <= 70) digit = c - 55;
    else return -1;
    // Past U+10FFFF no number is a character; stopping there keeps the arithmetic exact however many digits follow.
    code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
  }
  return code;
}

/** Replaces entity and character references (§4.1, §4.6); only the five predefined entities exist here. */
function decodeReferences(raw: string, from: number): string {
  // A long run is built from pieces joined once: `+=` makes a rope of about ten bytes per character until it is flattened.
  if (raw.length > SLICE) {
    const pieces: string[] = [];
    for (let at = 0; at < raw.length; ) {
      let to = Math.min(at + SLICE, raw.length);
      // Searched within the slice only: searching back from its end could walk to the start of the run each time.
      const inSlice = raw.slice(at, to).lastIndexOf("&");
      const amp = inSlice < 0 ? -1 : at + inSlice;
      // Never inside a reference: the slice ends before a '&' whose ';' is past its end.
      if (amp >= at && to < raw.length && raw.indexOf(";", amp) >= to) to = amp > at ? amp : raw.indexOf(";", amp) + 1;
      const part = raw.slice(at, to);
      const first = part.indexOf("&");
      pieces.push(first < 0 ? part : decodeShort(part, first));
      at = to;
    }
    return pieces.join("");
  }
  return decodeShort(raw, from);
}

function decodeShort(raw: string, from: number): string {
  let out = raw.slice(0, from);
  let at = from;
  while (at >= 0) {
    const semi = raw.indexOf(";", at + 1);
    if (semi < 0) fail("refNotClosed", { value: clip(raw.slice(at)) });
    if (raw.charCodeAt(at + 1) === 35) {
      const code = referencedCode(raw, at + 2, semi);
      if (code < 0) fail("badCharRef", { value: clip(raw.slice(at, semi + 1)) });
      if (!isCharCode(code)) fail("charRefNotXml", { value: clip(raw.slice(at, semi + 1)) });
      out += code < 0x10000 ? String.fromCharCode(code) : String.fromCodePoint(code);
    } else {
      const name = raw.slice(at + 1, semi);
      const value = PREDEFINED[name];
      if (value === undefined || !hasOwn(PREDEFINED, name)) fail("undefinedEntity", { name: clip(name) });
      out += value;
    }
    const next = raw.indexOf("&", semi + 1);
    out += raw.slice(semi + 1, next < 0 ? raw.length : next);
    at = next;
  }
  return out;
}

/** What an attribute value needs besides being taken as it is. */
const NEEDS_REFERENCES = 1;
const NEEDS_WHITE_SPACE = 2;
const HAS_LESS_THAN = 4;

/**
 * One pass over an attribute value that is not plain: refuses what §2.2 says is
 * not a character (C0 controls other than tab, newline and return; U+FFFE,
 * U+FFFF — lone surrogates cannot come out of TextDecoder), and says what else
 * it holds.
 */
function survey(raw: string): number {
  let needs = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32) {
      if (c === 13 || c === 10 || c === 9) needs |= NEEDS_WHITE_SPACE;
      else fail("badChar");
    } else if (c === 38) needs |= NEEDS_REFERENCES;
    else if (c === 60) needs |= HAS_LESS_THAN;
    else if (c >= 0xfffe) fail("badChar");
  }
  return needs;
}

/**
 * Anything in a run of text or an attribute value besides plain characters: one native search
 * for the common case (`A4`, `n`, `Chi bộ 1`) of none, which is then taken as it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_PLAIN = /[\u0000-\u001f&<\ufffe\uffff]/;

/** Character data as written: line ends normalised (§2.11), references replaced, forbidden characters refused. */
function charData(raw: string): string {
  if (!NOT_PLAIN.test(raw)) return raw;
  // Native searches rather than survey(): runs of text are long (a name spelt in references), and read cold.
  checkChars(raw);
  const text = raw.indexOf("\r") < 0 ? raw : replaceFlat(raw, LINE_ENDS);
  const amp = text.indexOf("&");
  return amp < 0 ? text : decodeReferences(text, amp);
}

/** An attribute value as written: line ends and other white space become spaces (§3.3.3), then references. */
function attributeValue(raw: string): string {
  const needs = survey(raw);
  if (needs === 0) return raw;
  if (needs & HAS_LESS_THAN) fail("ltInAttribute");
  const spaced = needs & NEEDS_WHITE_SPACE ? replaceFlat(raw, ATTRIBUTE_SPACE) : raw;
  return needs & NEEDS_REFERENCES ? decodeReferences(spaced, spaced.indexOf("&")) : spaced;
}

/** Comments, processing instructions and CDATA: only the characters are checked. */
function checkChars(raw: string): void {
  if (NOT_A_CHAR.test(raw)) fail("badChar");
}

/** The construct starting at the position read so far is cut by the end of the chunk. */
const INCOMPLETE = -1;

/** Pending text past which a cut construct is retried only when the text has doubled. */
const RETRY_DOUBLING = 64 * 1024;

/**
 * Where a run of text cut by the chunk's end may be reported up to, so that a long run is
 * passed on as it arrives instead of held whole: before a reference with no ';' yet, a
 * carriage return (a "\n" may follow) and closing brackets ("]]>" is not allowed in text).
 */
function safeTextEnd(s: string, pos: number): number {
  let end = s.length;
  const amp = s.lastIndexOf("&");
  if (amp >= pos && s.indexOf(";", amp) < 0) {
    // Only letters, digits and "#" can come before the ';' of a reference: past anything else it is
    // damage now, not megabytes later (the whole run would be held waiting for it). The whole tail is
    // looked at: held, it is looked at again only once it has doubled (the retry rule), so in linear time.
    if (/[^#0-9A-Za-z]/.test(s.slice(amp + 1))) fail("refNotClosed", { value: clip(s.slice(amp)) });
    end = amp;
  }
  // One "\r" (a "\n" may follow) and two "]" (a ">" may follow) are all the next chunk can change.
  if (end > pos && s.charCodeAt(end - 1) === 13) end--;
  for (let i = 0; i < 2 && end > pos && s.charCodeAt(end - 1) === 93; i++) end--;
  return end;
}

export class XmlScanner {
  private pending = "";
  /** Characters consumed before `pending` starts: the XML declaration must be at 0. */
  private consumed = 0;
  /**
   * A construct cut by a chunk's end is retried at the next chunk, but once it is longer than
   * RETRY_DOUBLING only when the pending text has doubled: linear time however long the construct
   * (a megabyte comment, a huge attribute value), at the cost of holding up to as much text again.
   */
  private retryAt = 0;
  /** The open elements' names as written (end tags must match them) and as reported. */
  private readonly open: string[] = [];
  private readonly openLocal: string[] = [];
  private seenRoot = false;
  private closed = false;

  /**
   * `maxDepth`: elements open at once, at most; nesting past it is refused where it passes.
   * `decodedAs`: how the caller decoded the bytes; a declaration naming another encoding is refused,
   * since the text would have been read wrongly.
   */
  constructor(
    private readonly events: XmlEvents,
    private readonly maxDepth: number = Number.POSITIVE_INFINITY,
    private readonly decodedAs: XmlEncoding = "utf-8",
  ) {}

  write(chunk: string): void {
    if (this.closed) throw new InvariantError("XmlScanner.write after close");
    this.pending = this.pending === "" ? chunk : this.pending + chunk;
    if (this.pending.length >= this.retryAt) this.scan(false);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.scan(true);
    const innermost = this.open[this.open.length - 1];
    if (innermost !== undefined) fail("unclosedElement", { name: clip(innermost) });
    if (!this.seenRoot) fail("noRoot");
  }

  private scan(final: boolean): void {
    const s = this.pending;
    let pos = 0;
    while (pos < s.length) {
      const next = s.charCodeAt(pos) === LT ? this.markup(s, pos, final) : this.text(s, pos, final);
      if (next === INCOMPLETE) break;
      pos = next;
    }
    if (pos < s.length && final) fail("endsInMarkup");
    this.consumed += pos;
    this.pending = pos === 0 ? s : s.slice(pos);
    this.retryAt = this.pending.length > RETRY_DOUBLING ? this.pending.length * 2 : 0;
  }

  private text(s: string, pos: number, final: boolean): number {
    const lt = s.indexOf("<", pos);
    const end = lt >= 0 || final ? (lt < 0 ? s.length : lt) : safeTextEnd(s, pos);
    if (end === pos) return INCOMPLETE;
    const raw = s.slice(pos, end);
    if (this.open.length === 0) {
      if (!/^[ \t\r\n]*$/.test(raw)) fail("textOutsideRoot");
      return end;
    }
    if (raw.indexOf("]]>") >= 0) fail("cdataEnd");
    this.events.text(charData(raw));
    return end;
  }

  private markup(s: string, pos: number, final: boolean): number {
    if (pos + 1 >= s.length) return final ? fail("endsInMarkup") : INCOMPLETE;
    const c = s.charCodeAt(pos + 1);
    if (c === SLASH) return this.endTag(s, pos);
    if (c === QUESTION) return this.instruction(s, pos);
    if (c === BANG) return this.declaration(s, pos, final);
    return this.startTag(s, pos);
  }

  private endTag(s: string, pos: number): number {
    const gt = s.indexOf(">", pos + 2);
    if (gt < 0) return INCOMPLETE;
    if (!isNameStart(s.charCodeAt(pos + 2))) fail("badEndTag");
    const end = nameEnd(s, pos + 3);
    for (let i = end; i < gt; i++) if (!isSpace(s.charCodeAt(i))) fail("badEndTag");
    const name = s.slice(pos + 2, end);
    const expected = this.open.pop();
    if (expected === undefined) fail("endTagNothingOpen", { name: clip(name) });
    if (expected !== name) fail("endTagMismatch", { name: clip(name), value: clip(expected) });
    this.events.close(this.openLocal.pop() as string);
    return gt + 1;
  }

  private instruction(s: string, pos: number): number {
    const end = s.indexOf("?>", pos + 2);
    if (end < 0) return INCOMPLETE;
    if (!isNameStart(s.charCodeAt(pos + 2))) fail("piNoTarget");
    const targetEnd = nameEnd(s, pos + 3);
    if (targetEnd < end && !isSpace(s.charCodeAt(targetEnd))) fail("badPi");
    const target = s.slice(pos + 2, targetEnd);
    const body = s.slice(targetEnd, end);
    checkChars(body);
    if (target.toLowerCase() === "xml") {
      if (target !== "xml" || this.consumed + pos !== 0) fail("declarationNotAtStart");
      const declared = XML_DECLARATION.exec(body);
      if (declared === null) fail("badDeclaration");
      // The bytes were decoded as UTF-8: a part that says otherwise would be read wrongly, not refused.
      const encoding = declared[3]?.slice(1, -1);
      if (encoding !== undefined && !ENCODING_NAMES[this.decodedAs].includes(encoding.toLowerCase())) {
        fail("encodingMismatch", { name: clip(encoding), encoding: this.decodedAs === "utf-8" ? "UTF-8" : "UTF-16" });
      }
    }
    return end + 2;
  }

  private declaration(s: string, pos: number, final: boolean): number {
    if (s.startsWith("<!--", pos)) {
      const end = s.indexOf("-->", pos + 4);
      if (end < 0) return INCOMPLETE;
      const body = s.slice(pos + 4, end);
      // §2.5: "--" may not occur in a comment, nor may it end with "-".
      if (body.indexOf("--") >= 0 || body.endsWith("-")) fail("badComment");
      checkChars(body);
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", pos)) {
      const end = s.indexOf("]]>", pos + 9);
      if (end < 0) return INCOMPLETE;
      if (this.open.length === 0) fail("cdataOutsideRoot");
      const body = s.slice(pos + 9, end);
      checkChars(body);
      this.events.text(body.indexOf("\r") < 0 ? body : replaceFlat(body, LINE_ENDS));
      return end + 3;
    }
    if (s.startsWith("<!DOCTYPE", pos)) fail("doctype");
    // Too short to tell which declaration it is: wait for more text.
    if (!final && s.length - pos < 9) return INCOMPLETE;
    return fail("badMarkupDeclaration");
  }

  private startTag(s: string, pos: number): number {
    if (!isNameStart(s.charCodeAt(pos + 1))) fail("badStartTag");
    let at = pos + 2;
    let colon = s.charCodeAt(pos + 1) === 58 ? pos + 1 : -1;
    for (;;) {
      const c = s.charCodeAt(at);
      if (c === 58) colon = at;
      else if (c < 128 ? ASCII_NAME[c] === 0 : !isWideNameChar(c)) break;
      at++;
    }
    if (at >= s.length) return INCOMPLETE;
    const name = s.slice(pos + 1, at);
    const local = colon < 0 ? name : s.slice(colon + 1, at);
    const attrs: Record<string, string> = {};
    let count = 0;
    let sawProto = false;
    for (;;) {
      const before = at;
      while (at < s.length && isSpace(s.charCodeAt(at))) at++;
      if (at >= s.length) return INCOMPLETE;
      const c = s.charCodeAt(at);
      if (c === GT) return this.opened(name, local, attrs, false, at + 1);
      if (c === SLASH) {
        if (at + 1 >= s.length) return INCOMPLETE;
        if (s.charCodeAt(at + 1) !== GT) fail("badStartTagNamed", { name: clip(name) });
        return this.opened(name, local, attrs, true, at + 2);
      }
      if (at === before) fail("noSpaceBeforeAttribute", { name: clip(name) });
      if (++count > MAX_ATTRIBUTES) fail("tooManyAttributes", { max: MAX_ATTRIBUTES, name: clip(name) });
      const attrStart = at;
      if (!isNameStart(c)) fail("badAttribute", { name: clip(name) });
      at = nameEnd(s, at + 1);
      const attr = s.slice(attrStart, at);
      while (at < s.length && isSpace(s.charCodeAt(at))) at++;
      if (at >= s.length) return INCOMPLETE;
      if (s.charCodeAt(at) !== EQUALS) fail("attributeNoValue", { value: clip(attr), name: clip(name) });
      at++;
      while (at < s.length && isSpace(s.charCodeAt(at))) at++;
      if (at >= s.length) return INCOMPLETE;
      const quote = s.charCodeAt(at);
      if (quote !== QUOTE && quote !== APOS) fail("attributeNotQuoted", { value: clip(attr), name: clip(name) });
      const close = s.indexOf(quote === QUOTE ? '"' : "'", at + 1);
      if (close < 0) return INCOMPLETE;
      // A plain object (fast properties), where "__proto__" cannot be a key: no Office part uses it, so it
      // is checked like any attribute and then left out.
      const proto = attr === "__proto__";
      if (proto ? sawProto : hasOwn(attrs, attr)) fail("attributeTwice", { value: clip(attr), name: clip(name) });
      const value = attributeValue(s.slice(at + 1, close));
      if (proto) sawProto = true;
      else attrs[attr] = value;
      at = close + 1;
    }
  }

  private opened(name: string, local: string, attrs: Record<string, string>, selfClosing: boolean, next: number): number {
    if (this.open.length === 0) {
      if (this.seenRoot) fail("secondRoot");
      this.seenRoot = true;
    }
    if (this.open.length >= this.maxDepth) fail("nestedTooDeep", { max: this.maxDepth });
    if (!selfClosing) {
      this.open.push(name);
      this.openLocal.push(local);
    }
    this.events.open(local, attrs, selfClosing);
    if (selfClosing) this.events.close(local);
    return next;
  }
}
