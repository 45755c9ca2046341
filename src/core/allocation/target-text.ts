/**
 * How every host names the plan's target and where it came from: "chỉ tiêu kế
 * hoạch từ 1.905 trở lên, đọc ở ô A3" (from the sheet) or "… (nhập tay)".
 */
import type { Lang } from "../findings";
import { formatNumber } from "./number-format";
import type { AllocationCheckResult } from "./types";

/** Null without a target. */
export function targetPhrase(result: Pick<AllocationCheckResult, "target" | "targetSource" | "targetCell">, lang: Lang): string | null {
  if (result.target === null) return null;
  const n = formatNumber(result.target, lang);
  if (lang === "vi") {
    const where = result.targetSource === "sheet" && result.targetCell !== null ? `, đọc ở ô ${result.targetCell}` : "";
    return `chỉ tiêu kế hoạch từ ${n} trở lên${where}`;
  }
  const where = result.targetSource === "sheet" && result.targetCell !== null ? `, read from cell ${result.targetCell}` : "";
  return `plan target of ${n} or more${where}`;
}
