/**
 * How every host names the plan's target and where it came from: "chỉ tiêu kế
 * hoạch từ 1.905 trở lên, đọc ở ô A3" (from the sheet) or "… (nhập tay)".
 */
import { parseA1 } from "../address";
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
  // A cell of a Word table is found by its row: a target there is a title row across the table.
  const tableRow = result.cellNaming === "tableRowColumn" && result.targetCell !== null ? parseA1(result.targetCell) : undefined;
  // A document's paragraph has no cell: quote the sentence instead (a .docx plan's body).
  const quoted = result.targetSource === "sheet" && result.targetCell === null && typeof result.targetText === "string" && result.targetText !== "" ? `“${result.targetText.replace(/^[-–•+*]\s*/, "")}”` : null;
  if (lang === "vi") {
    const where = result.targetSource !== "sheet" ? "" : tableRow !== undefined ? `, đọc ở dòng ${tableRow.row + 1} của bảng` : result.targetCell !== null ? `, đọc ở ô ${result.targetCell}` : quoted !== null ? `, đọc ở câu ${quoted}` : "";
    return `chỉ tiêu kế hoạch từ ${n} trở lên${where}`;
  }
  const where = result.targetSource !== "sheet" ? "" : tableRow !== undefined ? `, read from row ${tableRow.row + 1} of the table` : result.targetCell !== null ? `, read from cell ${result.targetCell}` : quoted !== null ? `, read from ${quoted}` : "";
  return `plan target of ${n} or more${where}`;
}
