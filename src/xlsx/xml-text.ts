/**
 * Text as XML 1.0 and Excel accept it. ExcelJS writes strings as they are, so a
 * U+FFFE or a control character pasted into an organisation's name would give
 * a file that Excel calls corrupt and our own reader refuses.
 */

import { MAX_CELL_TEXT } from "../core";

export { MAX_CELL_TEXT };

// Tab, LF and CR are allowed; the rest of C0, U+FFFE/U+FFFF and unpaired surrogates are not.
// With the u flag a valid surrogate pair is one code point, so the class matches
// only lone surrogates; a lookbehind would do the same but fails to parse in
// Safari before 16.4 (older Mac webviews), which the bundle test guards.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function xmlSafeText(text: string, maxLength: number = MAX_CELL_TEXT): string {
  let out = text.replace(FORBIDDEN, "");
  if (out.length > maxLength) {
    out = out.slice(0, maxLength);
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  }
  return out;
}
