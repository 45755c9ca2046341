/**
 * Vietnamese text normalisation. Display text keeps the user's spelling;
 * keys are for comparison only.
 *
 * NOTE(scaffold): minimal first version; the names issue owns and deepens it
 * (tone placement, UniKey "Unicode tổ hợp", punctuation folding).
 */

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060\u2032]/g;

/** NFC, apostrophe variants to `'`, whitespace collapsed and trimmed. Safe for display. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(APOSTROPHES, "'").replace(/[\s\u00A0]+/g, " ").trim();
}

/** Key that keeps diacritics: equal for the same name written with other case, spacing, apostrophes or tone placement. */
export function identityKey(text: string): string {
  return cleanText(text).toLowerCase();
}

/** Key without diacritics (`đ` → `d`): for recognising headers and keywords. */
export function foldKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}
