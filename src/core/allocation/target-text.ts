/**
 * How every host names the plan's target and where it came from: "chỉ tiêu kế
 * hoạch từ 1.905 trở lên, đọc ở ô A3" (from the sheet) or "… (nhập tay)".
 */
import { cellEn, cellVi } from "../cell-naming";
import type { Lang } from "../findings";
import { formatNumber } from "../number-format";
import type { AllocationCheckResult } from "./types";

/** Null without a target. */
export function targetPhrase(
  result: Pick<AllocationCheckResult, "target" | "targetSource" | "targetCell" | "cellNaming"> & { readonly targetText?: string | null },
  lang: Lang,
): string | null {
  if (result.target === null) return null;
  const n = formatNumber(result.target, lang);
  const naming = result.cellNaming ?? "a1";
  // A document's paragraph has no cell: quote the sentence instead (a .docx plan's body).
  const quoted = result.targetSource === "sheet" && result.targetCell === null && typeof result.targetText === "string" && result.targetText !== "" ? `“${result.targetText.replace(/^[-–•+*]\s*/, "")}”` : null;
  if (lang === "vi") {
    const where = result.targetSource !== "sheet" ? "" : result.targetCell !== null ? `, đọc ở ${cellVi(result.targetCell, naming)}` : quoted !== null ? `, đọc ở câu ${quoted}` : "";
    return `chỉ tiêu kế hoạch từ ${n} trở lên${where}`;
  }
  const where = result.targetSource !== "sheet" ? "" : result.targetCell !== null ? `, read from ${cellEn(result.targetCell, naming)}` : quoted !== null ? `, read from ${quoted}` : "";
  return `plan target of ${n} or more${where}`;
}
