/**
 * The kind of a grassroots organisation, from its name: the allocation check
 * expects a student quota only for upper-secondary schools, and the matcher
 * never merges organisations of different kinds.
 */
import { foldKey, identityKey } from "../text/normalize";
import { statedKind } from "./identity";

export type OrgKind = "commune" | "police" | "military" | "upperSecondary" | "lowerSecondary" | "village" | "other";

export const ORG_KINDS: readonly OrgKind[] = ["commune", "police", "military", "upperSecondary", "lowerSecondary", "village", "other"];

/**
 * Units named after the head, as in `Đảng bộ Cơ quan Quân sự huyện` or
 * `Chi bộ Giáo viên Trường THCS …`. Communes and villages are not looked for
 * here: `xã` further on only says where a unit is (`Chi bộ Cơ quan UBND xã …`).
 */
const KEYWORDS: readonly { kind: OrgKind; pattern: RegExp }[] = [
  { kind: "police", pattern: /\bcong an\b/ },
  { kind: "military", pattern: /\b(quan su|bchqs)\b/ },
  { kind: "upperSecondary", pattern: /\b(thpt|ptth|trung hoc pho thong|pho thong trung hoc)\b/ },
  { kind: "lowerSecondary", pattern: /\b(thcs|trung hoc co so|tieu hoc|mam non|mau giao|dtnt|dan toc noi tru)\b/ },
];

/** The kind of a grassroots organisation, from its name as written. */
export function classifyKind(name: string): OrgKind {
  const stated = statedKind(name);
  if (stated !== null && stated !== "other") return stated;
  const folded = ` ${foldKey(identityKey(name))} `;
  return KEYWORDS.find((k) => k.pattern.test(folded))?.kind ?? "other";
}
