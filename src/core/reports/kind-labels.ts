import type { Lang } from "../findings";
import type { OrgKind } from "../names/kind";

const LABELS: Readonly<Record<OrgKind, { vi: string; en: string }>> = {
  commune: { vi: "Đảng bộ xã, phường, thị trấn", en: "Commune / ward / town" },
  police: { vi: "Công an", en: "Police" },
  military: { vi: "Quân sự", en: "Military" },
  upperSecondary: { vi: "Trường THPT", en: "Upper-secondary school" },
  lowerSecondary: { vi: "Trường THCS, tiểu học, mầm non", en: "Lower-secondary / primary school" },
  village: { vi: "Chi bộ thôn, ấp, bản, tổ dân phố", en: "Village / hamlet / residential group" },
  continuingEducation: { vi: "Trung tâm GDTX, GDNN-GDTX", en: "Continuing-education centre" },
  higherEducation: { vi: "Trường đại học, cao đẳng, trung cấp", en: "University / college" },
  health: { vi: "Bệnh viện, trung tâm y tế, trạm y tế", en: "Hospital / health centre" },
  agency: { vi: "Cơ quan Đảng, chính quyền, MTTQ, đoàn thể", en: "Party / state agency, Front, mass organisation" },
  bloc: { vi: "Đảng bộ Khối", en: "Bloc committee" },
  enterprise: { vi: "Doanh nghiệp, ngân hàng", en: "Enterprise / bank" },
  district: { vi: "Đảng bộ huyện, thị xã, thành phố", en: "District / town / city" },
  locality: { vi: "Địa phương (chỉ ghi địa danh)", en: "Locality (place name only)" },
  other: { vi: "Khác", en: "Other" },
};

export function kindLabel(kind: OrgKind, lang: Lang = "vi"): string {
  return LABELS[kind][lang];
}
