/** The small judgements on one register cell: yes/no, sex, ethnicity, religion. */
import { displayText, type Cell } from "../grid";
import { foldKey } from "../text/normalize";

export type Parsed<T> = { readonly status: "blank" } | { readonly status: "ok"; readonly value: T } | { readonly status: "unknown"; readonly text: string };

const YES = /^(co|x|v|1|true|yes|y|dung|phai|la doan vien|da|✓|✔|\+)$/;
const NO = /^(khong|k|0|false|no|n|chua|-+)$/;

function folded(cell: Cell): string {
  if (typeof cell.value === "boolean") return cell.value ? "true" : "false";
  return foldKey(displayText(cell)).replace(/[.:;]+$/, "").trim();
}

/** Có / x / ✓ / 1 → yes; Không / 0 / - / blank → no; anything else is unknown. */
export function parseFlag(cell: Cell): Parsed<boolean> {
  const key = folded(cell);
  if (key === "") return { status: "blank" };
  if (YES.test(key)) return { status: "ok", value: true };
  if (NO.test(key)) return { status: "ok", value: false };
  return { status: "unknown", text: displayText(cell).trim() };
}

/** `Nữ` → true (female), `Nam` → false. */
export function parseFemale(cell: Cell): Parsed<boolean> {
  const key = folded(cell);
  if (key === "") return { status: "blank" };
  if (/^(nu|female|f|phu nu)$/.test(key)) return { status: "ok", value: true };
  if (/^(nam|male|m)$/.test(key)) return { status: "ok", value: false };
  return { status: "unknown", text: displayText(cell).trim() };
}

/** Any ethnicity but Kinh (also written "Việt", "Việt (Kinh)", "KINH") is an ethnic minority; blank is unknown, not counted. */
export function isEthnicMinority(text: string): boolean | null {
  const key = foldKey(text).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (key === "" || /^(-+|khong ro)$/.test(key)) return null;
  return !(/\bkinh\b/.test(key) || key === "viet" || key === "nguoi viet");
}

/** A named religion makes a religious person; blank, "Không", "Không theo tôn giáo" do not. */
export function isReligious(text: string): boolean {
  const key = foldKey(text).replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
  if (key === "") return false;
  return !/^(khong|khong co|khong theo|khong theo ton giao|khong ton giao|0|khong theo dao|luong|vo than)$/.test(key);
}
