/** Text on its way to the terminal. Loads nothing: `ptdv --help` uses it too. */

/**
 * What a terminal must never receive from a file's text: C0 controls but tab and newline (ESC
 * starts the sequences that clear the screen or retitle the window, CR overwrites a line), DEL,
 * C1 controls (0x9B is CSI on some terminals) and the bidirectional controls that make a line
 * display other than it reads (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C).
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same class, to ask whether there is anything to mask: `replace` copies the whole text even when nothing matches. */
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE.source);

/** The JSON text jsonText made last: already printable, so the mask on stdout need not scan its megabytes again. */
let vettedJson: string | undefined;

/** The one mask for everything `ptdv` prints: each unprintable character becomes "�". */
export function printable(text: string): string {
  // A string compared with itself is equal at once, whatever its length.
  if (text === vettedJson) return text;
  return text.replace(UNPRINTABLE, "\ufffd");
}

/**
 * JSON for stdout: the same value as JSON.stringify's, with the characters `printable` would mask
 * written as \u escapes, so a script reads the data unchanged and a terminal shows it safely.
 * One scan of the text (a regular expression over a flat string: about 6 ms for the 5 MB of a
 * 10,000-row check; walking the value's strings instead costs more, as they are most of the text).
 */
export function jsonText(value: unknown): string {
  const text = `${maskedJson(value)}\n`;
  vettedJson = text;
  return text;
}

/**
 * jsonText(value) written by `write` as the JSON and its newline apart: joined, the 12 MB of a
 * 10,000-row check's two-byte text would be copied once more, to flatten the join, on its way to
 * the file descriptor (issue #16: about 10 ms of CPU). The bytes written are the same.
 */
export function writeJson(write: (text: string) => void, value: unknown): void {
  const text = maskedJson(value);
  vettedJson = text;
  write(text);
  write("\n");
}

function maskedJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2);
  // Asked first: the 10,000-row check's JSON is 10 MB of two-byte text that a `replace` with no match would copy (issue #16).
  if (!HAS_UNPRINTABLE.test(json)) return json;
  return json.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
