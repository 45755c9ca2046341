import type { Lang } from "../findings";
import type { OrgKind } from "../names/kind";

const LABELS: Readonly<Record<OrgKind, { vi: string; en: string }>> = {
  commune: { vi: "Đảng bộ xã, phường, thị trấn", en: "Commune / ward / town" },
  police: { vi: "Công an", en: "Police" },
  military: { vi: "Quân sự", en: "Military" },
  upperSecondary: { vi: "Trường THPT", en: "Upper-secondary school" },
  lowerSecondary: { vi: "Trường THCS, tiểu học, mầm non", en: "Lower-secondary / primary school" },
  village: { vi: "Chi bộ thôn, ấp, bản, tổ dân phố", en: "Village / hamlet / residential group" },
  other: { vi: "Khác", en: "Other" },
};

export function kindLabel(kind: OrgKind, lang: Lang = "vi"): string {
  return LABELS[kind][lang];
}
