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

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  issuingBody: ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"],
  place: "Đơn Dương",
  lang: "vi",
};
