import type { ReportSettings } from "../core";
import type { PaneSettings } from "./settings";

/**
 * The report header settings the engine needs, from what the pane remembers.
 * Templates get no date: their day and month stay blank for the organisation to write.
 */
export function reportSettings(s: PaneSettings, date?: Date): ReportSettings {
  const out: { -readonly [K in keyof ReportSettings]: ReportSettings[K] } = { issuingBody: s.issuingBody, place: s.place, lang: s.lang };
  if (date !== undefined) out.date = date;
  return out;
}
