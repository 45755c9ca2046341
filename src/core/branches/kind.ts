/**
 * Loại chi bộ typed loosely: the template's list values, their parts, common
 * abbreviations (`TDP`, `KP`, `LLVT`), any case, with or without diacritics;
 * and, when Loại is blank, a guess from the chi bộ's own name.
 */
import type { Lang } from "../findings";
import { foldKey } from "../text/normalize";
import type { BranchKind } from "./types";

const LABELS: Readonly<Record<BranchKind, { readonly vi: string; readonly en: string }>> = {
  village: { vi: "thôn/ấp/bản", en: "village/hamlet" },
  residential: { vi: "tổ dân phố/khu phố", en: "residential group" },
  school: { vi: "trường học", en: "school" },
  agency: { vi: "cơ quan - đơn vị", en: "agency/unit" },
  enterprise: { vi: "doanh nghiệp", en: "enterprise" },
  armed: { vi: "lực lượng vũ trang", en: "armed forces" },
  other: { vi: "khác", en: "other" },
};

/** The list value shown in the template's Loại column (Vietnamese) or in English UIs. */
export function branchKindLabel(kind: BranchKind, lang: Lang = "vi"): string {
  return LABELS[kind][lang];
}

/** Words only: `tổ dân phố/khu phố` → `to dan pho khu pho`. */
function words(text: string): string {
  return ` ${foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/** Whole-cell values of the Loại column (after words()). */
const EXACT: ReadonlyArray<{ readonly kind: BranchKind; readonly pattern: RegExp }> = [
  { kind: "village", pattern: /^ (chi bo )?(thon|ap|ban|buon|bon|lang|xom|soc|plei|palei|thon ap ban|thon ban|thon ap|nong thon)( .*)? $/ },
  { kind: "residential", pattern: /^ (chi bo )?(to dan pho|tdp|khu pho|kp|khom|to dan pho khu pho|khu dan cu|kdc|to)( .*)? $/ },
  { kind: "school", pattern: /^ (chi bo )?(truong|truong hoc|giao duc|th|thcs|thpt|mam non|tieu hoc)( .*)? $/ },
  { kind: "agency", pattern: /^ (chi bo )?(co quan|don vi|co quan don vi|hanh chinh|su nghiep|hcsn|co quan hanh chinh)( .*)? $/ },
  { kind: "enterprise", pattern: /^ (chi bo )?(doanh nghiep|dn|cong ty|htx|hop tac xa)( .*)? $/ },
  { kind: "armed", pattern: /^ (chi bo )?(llvt|luc luong vu trang|quan su|cong an|quan doi|bien phong)( .*)? $/ },
  { kind: "other", pattern: /^ (khac|other)( .*)? $/ },
];

/** The Loại cell read loosely; null when blank or not recognised. */
export function parseBranchKind(text: string): BranchKind | null {
  const w = words(text);
  if (w.trim() === "") return null;
  return EXACT.find((e) => e.pattern.test(w))?.kind ?? null;
}

/**
 * Keywords of a chi bộ's name, most telling first: `Chi bộ Quân sự xã` is armed
 * even though `xã` appears, and `Chi bộ Ban Quản lý rừng` is an agency before
 * `bản` (folded `ban`) can make it a village.
 */
const NAME_KEYWORDS: ReadonlyArray<{ readonly kind: BranchKind; readonly pattern: RegExp }> = [
  { kind: "armed", pattern: / (quan su|bchqs|cong an|bien phong|quan doi|dan quan|don bien phong|ban chi huy quan su) / },
  // A state farm or forestry (nông trường, lâm trường) is an enterprise, though its name holds `trường`.
  { kind: "enterprise", pattern: / (nong truong|lam truong) / },
  { kind: "school", pattern: / (truong|th|thcs|thpt|ptth|mam non|mau giao|tieu hoc|nha tre|giao vien) / },
  { kind: "enterprise", pattern: / (cong ty|doanh nghiep|htx|hop tac xa|tnhh|co phan|nong truong|lam truong|nha may|xi nghiep) / },
  {
    kind: "agency",
    pattern: / (co quan|ubnd|uy ban|hdnd|mat tran|mttq|doan the|ban quan ly|tram y te|benh vien|trung tam|hanh chinh|kho bac|ngan hang|buu dien|chi cuc|phong) /,
  },
  { kind: "residential", pattern: / (to dan pho|tdp|khu pho|kp|khom|khu dan cu|kdc|to) / },
  { kind: "village", pattern: / (thon|ap|ban|buon|bon|lang|xom|soc|plei|palei) / },
];

/** The kind a chi bộ's name suggests: `Chi bộ thôn 3` is a village, `Chi bộ Trường TH Kim Đồng` a school. */
export function inferBranchKind(name: string): BranchKind {
  const w = words(name);
  return NAME_KEYWORDS.find((k) => k.pattern.test(w))?.kind ?? "other";
}

/** Loại as written when readable, else from the name. */
export function resolveBranchKind(kindText: string, name: string): { readonly kind: BranchKind; readonly inferred: boolean } {
  const parsed = parseBranchKind(kindText);
  return parsed === null ? { kind: inferBranchKind(name), inferred: true } : { kind: parsed, inferred: false };
}
