/** Excel's sheet-name rules, and the " (2)" naming that keeps a user's sheet untouched. */

export const MAX_SHEET_NAME = 31;

/** Removes what Excel forbids in a sheet name (: \ / ? * [ ]) and leading/trailing apostrophes. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    // Control characters by code point (Excel refuses them): EdgeHTML 18 cannot parse \p{Cc}.
    // eslint-disable-next-line no-control-regex
    .replace(/[:\\/?*[\]\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Apostrophes are stripped after cutting: "…Ea H'Leo" cut to 31 may end in one, which Excel forbids.
  const cut = cutToLength(cleaned, MAX_SHEET_NAME)
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  // "History" is reserved by Excel for change tracking.
  if (cut === "" || cut.toLowerCase() === "history") return cut === "" ? "PTĐV" : `${cut} (PTĐV)`;
  return cut;
}

/** Excel compares sheet names case-insensitively. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/** `base`, or `base (2)`, `base (3)`… shortened to fit 31 characters, whichever is free. */
export function uniqueSheetName(base: string, isTaken: (name: string) => boolean): string {
  const clean = sanitizeSheetName(base);
  if (!isTaken(clean)) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = cutToLength(clean, MAX_SHEET_NAME - suffix.length).trimEnd();
    const candidate = `${stem}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Excel counts a sheet name's length in UTF-16 units, as ExcelJS does; cutting by
 * code points instead would let the two writers disagree on names with emoji.
 * A surrogate pair is never split.
 */
function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}
