/** The lines the progress sheet, the CLI and the pane show for the chi bộ goals. */
import type { Lang } from "../findings";
import type { BranchResult } from "./compute";
import { formatCount, formatPercent } from "./format";
import type { BranchThresholds } from "./types";

export function membersGoalLine(atLeastMin: number, goalKinds: number, percent: number | null, t: BranchThresholds, lang: Lang): string {
  const figures = `${formatCount(atLeastMin, lang)}/${formatCount(goalKinds, lang)} (${formatPercent(percent, lang)})`;
  return lang === "vi"
    ? `Chi bộ thôn, tổ dân phố, trường học có từ ${formatCount(t.minMembers, lang)} đảng viên trở lên: ${figures}`
    : `Village, residential-group and school chi bộ with ${formatCount(t.minMembers, lang)} members or more: ${figures}`;
}

function noAdmissionLine(withSources: number, t: BranchThresholds, lang: Lang): string {
  return lang === "vi"
    ? `Chi bộ ${formatCount(t.years, lang)} năm trở lên chưa kết nạp đảng viên, còn nguồn: ${formatCount(withSources, lang)}`
    : `Chi bộ with no admission for ${formatCount(t.years, lang)} years or more, still with candidates: ${formatCount(withSources, lang)}`;
}

/** The two goal lines of the progress sheet's summary, in order. */
export function branchSummaryLines(r: BranchResult, lang: Lang): string[] {
  return [membersGoalLine(r.atLeastMin, r.goalKinds, r.percent, r.thresholds, lang), noAdmissionLine(r.noAdmissionWithSources, r.thresholds, lang)];
}
