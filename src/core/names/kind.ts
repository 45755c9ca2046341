/**
 * NOTE(scaffold): minimal first version; the names issue owns and deepens it.
 */
import { foldKey } from "../text/normalize";

export type OrgKind = "commune" | "police" | "military" | "upperSecondary" | "lowerSecondary" | "village" | "other";

export const ORG_KINDS: readonly OrgKind[] = ["commune", "police", "military", "upperSecondary", "lowerSecondary", "village", "other"];

/** The kind of a grassroots organisation, from its name as written. */
export function classifyKind(name: string): OrgKind {
  const k = ` ${foldKey(name)} `;
  if (/\b(cong an|ca)\b/.test(k)) return "police";
  if (/\b(quan su|qs)\b/.test(k)) return "military";
  if (/\b(thpt|ptth|trung hoc pho thong)\b/.test(k) && !/\bdtnt thcs\b/.test(k)) return "upperSecondary";
  if (/\b(thcs|tieu hoc|mam non|dtnt)\b/.test(k)) return "lowerSecondary";
  if (/\b(xa|phuong|thi tran)\b/.test(k)) return "commune";
  if (/\b(thon|to dan pho|ban|buon)\b/.test(k)) return "village";
  return "other";
}
