/**
 * Namespace prefixes of word/document.xml resolved as elements open and close, in constant time
 * per element. saxes resolves a prefix by walking every open element (quadratic in the nesting:
 * 20,000 nested `w:sdt` took 15 s), so the reader parses without its namespace support and keeps,
 * per prefix, the stack of URIs in scope. An unbound prefix is damage, as saxes said before.
 */
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

export interface ResolvedAttribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

export interface ResolvedTag {
  readonly uri: string;
  readonly local: string;
  readonly attributes: readonly ResolvedAttribute[];
}

export class UnboundPrefixError extends Error {
  constructor(readonly prefix: string) {
    super(`unbound namespace prefix: "${prefix.slice(0, 40)}"`);
    this.name = "UnboundPrefixError";
  }
}

const NONE: readonly string[] = Object.freeze([]);

function split(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(":");
  return colon < 0 ? { prefix: "", local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

export class NamespaceScope {
  private readonly bound = new Map<string, string[]>();
  /** Prefixes each open element declared, innermost last. */
  private readonly frames: Array<readonly string[]> = [];

  get depth(): number {
    return this.frames.length;
  }

  /** Enters an element (its declarations first, as they apply to its own name and attributes). */
  open(name: string, attributes: Readonly<Record<string, string>>): ResolvedTag {
    let declared: string[] | undefined;
    for (const [key, value] of Object.entries(attributes)) {
      const prefix = key === "xmlns" ? "" : key.startsWith("xmlns:") ? key.slice(6) : undefined;
      if (prefix === undefined) continue;
      let stack = this.bound.get(prefix);
      if (stack === undefined) this.bound.set(prefix, (stack = []));
      stack.push(value);
      (declared ??= []).push(prefix);
    }
    this.frames.push(declared ?? NONE);
    const el = split(name);
    const resolved: ResolvedAttribute[] = [];
    for (const [key, value] of Object.entries(attributes)) {
      const a = split(key);
      if (key === "xmlns" || a.prefix === "xmlns") resolved.push({ uri: XMLNS_NAMESPACE, local: a.local, value });
      // An unprefixed attribute is in no namespace (Namespaces in XML 1.0, §6.2).
      else resolved.push({ uri: a.prefix === "" ? "" : this.uri(a.prefix), local: a.local, value });
    }
    return { uri: this.uri(el.prefix), local: el.local, attributes: resolved };
  }

  /** Leaves the innermost element; returns its name resolved as when it opened. */
  close(name: string): { uri: string; local: string } {
    const el = split(name);
    const uri = this.uriOrEmpty(el.prefix);
    for (const prefix of this.frames.pop() ?? NONE) this.bound.get(prefix)?.pop();
    return { uri, local: el.local };
  }

  private uriOrEmpty(prefix: string): string {
    if (prefix === "xml") return XML_NAMESPACE;
    const stack = this.bound.get(prefix);
    return stack?.[stack.length - 1] ?? "";
  }

  private uri(prefix: string): string {
    const uri = this.uriOrEmpty(prefix);
    if (uri === "" && prefix !== "") throw new UnboundPrefixError(prefix);
    return uri;
  }
}
