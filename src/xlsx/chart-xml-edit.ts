/**
 * Structural edits of package XML (a worksheet, a .rels part, [Content_Types].xml)
 * located with a streaming XML parser, never with a pattern over the text: the
 * parts carry user text (formulas, validation messages, sheet names), and only
 * the parser knows where markup ends and text begins.
 */
import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";
import { InvariantError } from "../core";

/** A direct child of the root element. */
export interface XmlChild {
  /** Local name, without prefix. */
  readonly local: string;
  readonly uri: string;
  /** Attribute values (decoded), by qualified name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Attribute values (decoded), by `{namespace URI}local name` (`{}name` when unqualified). */
  readonly attributesNS: Readonly<Record<string, string>>;
  /** String index just after the child's end (`/>` or its end tag). */
  readonly end: number;
}

export interface XmlOutline {
  /** Qualified name of the root element, with its prefix if it has one. */
  readonly rootName: string;
  readonly rootPrefix: string;
  readonly rootUri: string;
  /** Namespace bindings declared on the root (prefix → URI; `""` is the default namespace). */
  readonly rootNamespaces: Readonly<Record<string, string>>;
  /** String index just after the root's start tag (after `/>` when it is empty). */
  readonly rootOpenEnd: number;
  readonly rootSelfClosing: boolean;
  readonly children: readonly XmlChild[];
}

/**
 * The root element and its direct children, with their positions in `xml`.
 * The parts edited here come from our own writer, so malformed XML is a bug:
 * it throws InvariantError.
 */
export function outlineXml(xml: string): XmlOutline {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  let root: Omit<XmlOutline, "children"> | undefined;
  const children: XmlChild[] = [];
  let pending: Omit<XmlChild, "end"> | undefined;
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (depth === 0) {
      root = {
        rootName: tag.name,
        rootPrefix: tag.prefix,
        rootUri: tag.uri,
        rootNamespaces: { ...tag.ns },
        rootOpenEnd: parser.position,
        rootSelfClosing: tag.isSelfClosing,
      };
    } else if (depth === 1) {
      pending = { local: tag.local, uri: tag.uri, ...attributesOf(tag) };
    }
    depth++;
  });
  parser.on("closetag", () => {
    depth--;
    if (depth === 1 && pending) {
      children.push({ ...pending, end: parser.position });
      pending = undefined;
    }
  });
  parse(parser, xml);
  if (!root) throw new InvariantError("XML without a root element");
  return { ...root, children };
}

function attributesOf(tag: SaxesTagNS): Pick<XmlChild, "attributes" | "attributesNS"> {
  const attributes: Record<string, string> = {};
  const attributesNS: Record<string, string> = {};
  for (const [name, attr] of Object.entries(tag.attributes)) {
    attributes[name] = attr.value;
    attributesNS[`{${attr.uri}}${attr.local}`] = attr.value;
  }
  return { attributes, attributesNS };
}

/**
 * The elements reached by a path of local names from the root, e.g.
 * `["workbook", "sheets", "sheet"]`, in document order. Throws InvariantError on malformed XML.
 */
export function elementsAt(xml: string, path: readonly string[]): Array<Omit<XmlChild, "end">> {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const found: Array<Omit<XmlChild, "end">> = [];
  parser.on("opentag", (tag: SaxesTagNS) => {
    stack.push(tag.local);
    if (stack.length === path.length && stack.every((name, i) => name === path[i])) found.push({ local: tag.local, uri: tag.uri, ...attributesOf(tag) });
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parse(parser, xml);
  return found;
}

function parse(parser: SaxesParser<{ xmlns: true }>, xml: string): void {
  parser.on("doctype", () => {
    throw new InvariantError("DOCTYPE in package XML");
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof InvariantError) throw e;
    throw new InvariantError(`malformed package XML: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `xml` with `insert` placed at string index `at`. */
export function insertAt(xml: string, at: number, insert: string): string {
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * Appends `content` as the last children of the root element, whatever the
 * root's prefix, and whether or not it is written `<root/>`.
 */
export function appendToRoot(xml: string, content: string): string {
  const outline = outlineXml(xml);
  if (outline.rootSelfClosing) {
    // The start tag ends in `/>` (whitespace is not allowed between them).
    const close = outline.rootOpenEnd - 2;
    return `${xml.slice(0, close)}>${content}</${outline.rootName}>${xml.slice(outline.rootOpenEnd)}`;
  }
  const last = outline.children[outline.children.length - 1];
  return insertAt(xml, last ? last.end : outline.rootOpenEnd, content);
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/**
 * Text and attribute values escaped for XML. Tab, line feed and carriage return
 * become character references: a parser would otherwise turn a CR into LF in
 * text, and all three into spaces in an attribute.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch] ?? ch);
}
