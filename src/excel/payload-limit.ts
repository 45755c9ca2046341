/**
 * Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), as
 * Microsoft's "Resource limits and performance optimization for Office Add-ins"
 * says: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * Reads and writes both keep each sync under a budget below that, and halve
 * what Excel still refuses.
 */

/** What one sync may carry either way: under 5 MB (5,242,880 bytes), with room for Office.js's own framing. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** What one Office.js command costs in a request besides its data (its action and object path as JSON), rounded up. */
export const COMMAND_BYTES = 200;

const PAYLOAD_LIMIT_CODES: ReadonlySet<string> = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export function isPayloadLimitError(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && PAYLOAD_LIMIT_CODES.has(code);
}

/** Bytes of `text` in UTF-8, as it travels (Vietnamese letters take 2 or 3 bytes each), without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of 4 bytes.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of a value in a request: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
