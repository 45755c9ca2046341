/** The forms one name takes on its way into a report. */
import { encodeLegacy } from "../../src/core/text/legacy";

/** UniKey's "Unicode tổ hợp": precomposed â/ơ/ư…, the tone as a combining mark. */
export function unikeyCombining(s: string): string {
  return s
    .normalize("NFD")
    .replace(/([a-zA-Z])([\u0302\u0306\u031B])/g, (_m, base: string, mark: string) => (base + mark).normalize("NFC"));
}

export function abbreviated(s: string): string {
  return s
    .replace(/^Đảng bộ /, "ĐB ")
    .replace(/^Chi bộ /, "CB ")
    .replace("Trường ", "")
    .replace("Phổ thông Dân tộc Nội trú", "PT DTNT")
    .replace("Công an", "CA")
    .replace("thị trấn", "TT");
}

export function oldTonePlacement(s: string): string {
  return s.replace(/ủy/g, "uỷ").replace(/òa/g, "oà").replace(/óa/g, "oá").replace(/ùy/g, "uỳ");
}

/** Legacy keyboards type the ASCII apostrophe: ’ does not exist in TCVN3 or VISCII. */
export function legacyTyped(s: string): string {
  return s.replace(/[’‘]/g, "'");
}

export const FORMS: ReadonlyArray<readonly [string, (s: string) => string]> = [
  ["as written", (s) => s],
  ["NFD", (s) => s.normalize("NFD")],
  ["UniKey Unicode tổ hợp", unikeyCombining],
  ["upper case", (s) => s.toUpperCase()],
  ["TCVN3", (s) => encodeLegacy(legacyTyped(s), "tcvn3")],
  ["TCVN3 upper case (.VnTimeH)", (s) => encodeLegacy(legacyTyped(s).toUpperCase(), "tcvn3")],
  ["VNI", (s) => encodeLegacy(legacyTyped(s), "vni")],
  ["VISCII", (s) => encodeLegacy(legacyTyped(s), "viscii")],
  ["abbreviated", abbreviated],
  ["old tone placement", oldTonePlacement],
  ["NBSP and double spaces", (s) => `\u00A0${s.replace(/ /g, "  ")}\u00A0`],
  ["curly apostrophe", (s) => s.replace(/'/g, "’")],
];
