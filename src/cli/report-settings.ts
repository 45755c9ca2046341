/** The Party-document heading of produced reports, from `--issuer "A/B"` and `--place`. */
import type { Lang } from "../core";
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from "../core";

export interface HeadingOptions {
  readonly issuer?: string | undefined;
  readonly place?: string | undefined;
}

export function reportSettingsFrom(options: HeadingOptions, lang: Lang): ReportSettings {
  const issuer = options.issuer;
  return {
    issuingBody: issuer === undefined ? DEFAULT_REPORT_SETTINGS.issuingBody : issuer.split(/\s*[/|]\s*/).filter((s) => s !== ""),
    place: options.place ?? DEFAULT_REPORT_SETTINGS.place,
    date: new Date(),
    lang,
  };
}
