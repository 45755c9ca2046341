import type { Lang } from "../findings";

/** What the Party-document header of a report needs; the hosts remember it per workbook. */
export interface ReportSettings {
  /** Lines of the issuing body at the top left, e.g. ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"]. */
  readonly issuingBody: readonly string[];
  /** Place of the place-and-date line, e.g. "Đơn Dương". */
  readonly place: string;
  /** Date of the place-and-date line; absent leaves day and month blank for handwriting. */
  readonly date?: Date;
  readonly lang: Lang;
}

/**
 * Neutral on purpose: committees at commune, province and (formerly) district
 * level all use these reports, so nothing names one of them until the user does.
 */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  issuingBody: ["BAN TỔ CHỨC"],
  place: "",
  lang: "vi",
};
