import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from "../documents/settings";
import type { Lang } from "../findings";

/**
 * What the reports need around the figures. The document settings
 * (src/core/documents/settings.ts) are the one model every host keeps; the
 * fields here are the older short form, still accepted: `document` wins where both are given.
 */
export interface ReportSettings {
  /** Lines of the issuing body at the top left, e.g. ["HUYỆN ỦY ĐƠN DƯƠNG", "BAN TỔ CHỨC"]. */
  readonly issuingBody: readonly string[];
  /** Place of the place-and-date line, e.g. "Đơn Dương". */
  readonly place: string;
  /**
   * Ignored: a report is dated by `document.reportDate` or the last day of its
   * month, never the day it was generated. Kept so older callers still compile.
   * @deprecated use `document.reportDate`.
   */
  readonly date?: Date;
  readonly lang: Lang;
  /** The full document settings; absent fields come from `issuingBody`/`place` and the defaults. */
  readonly document?: DocumentSettings;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  issuingBody: DEFAULT_DOCUMENT_SETTINGS.issuingBody,
  place: "",
  lang: "vi",
};

/** The document settings a report is written with. */
export function documentSettingsOf(s: ReportSettings): DocumentSettings {
  return s.document ?? { ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: s.issuingBody.length > 0 ? s.issuingBody : DEFAULT_DOCUMENT_SETTINGS.issuingBody, place: s.place };
}

/** Report settings carrying the document settings (and the same issuer and place in the short fields). */
export function reportSettingsFromDocument(document: DocumentSettings, lang: Lang): ReportSettings {
  return { issuingBody: document.issuingBody, place: document.place, lang, document };
}
