/**
 * The document settings of produced reports: `--settings FILE.json` first, then
 * `--issuer "A/B"`, `--superior`, `--place`, `--date`, `--signer` over it.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { DocumentSettings, Lang, LocalizedText, ReportSettings, Signatory, SigningAuthority } from "../core";
import { DEFAULT_DOCUMENT_SETTINGS, formatFindingLine, parseDocumentSettings, parseIsoDate, reportSettingsFromDocument } from "../core";
import { UsageError } from "./declare";
import { fsProblemMessage } from "./fs-problems";
import type { CliIo } from "./io";
import { settingsStopMessage } from "./settings-stop";

export interface HeadingOptions {
  readonly issuer?: string | undefined;
  readonly superior?: string | undefined;
  readonly place?: string | undefined;
  readonly date?: string | undefined;
  readonly signer?: string | undefined;
  readonly settings?: string | undefined;
}

/** A settings file is a few hundred bytes; anything this large is not one. */
const MAX_SETTINGS_BYTES = 256 * 1024;

/**
 * `--signer "K/T TRƯỞNG BAN/PHÓ TRƯỞNG BAN/Nguyễn Văn An"`: an optional authority (T/M, K/T, T/L)
 * with what it is for, then the title and the name, separated by `/`. Without an authority:
 * `"TRƯỞNG BAN/Nguyễn Văn An"`.
 */
export function parseSigner(text: string): Signatory {
  const m = /^\s*(T\/M|K\/T|T\/L)\s+(.*)$/iu.exec(text);
  const authority = (m?.[1]?.toUpperCase() ?? "") as SigningAuthority;
  const parts = (m ? (m[2] ?? "") : text).split("/").map((p) => p.trim());
  if (authority !== "") return { authority, onBehalfOf: parts[0] ?? "", title: parts[1] ?? "", name: parts[2] ?? "" };
  return { authority: "", onBehalfOf: "", title: parts[0] ?? "", name: parts[1] ?? "" };
}

export async function documentSettingsFrom(options: HeadingOptions, io: CliIo, lang: Lang, command: string): Promise<DocumentSettings> {
  const fail = (message: LocalizedText): never => {
    throw new UsageError(message, command);
  };
  let settings: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS;
  if (options.settings !== undefined) {
    const file = path.resolve(io.cwd, options.settings);
    let text = "";
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return fail({ vi: `--settings ${options.settings} không phải một tệp`, en: `--settings ${options.settings} is not a file` });
      if (stat.size > MAX_SETTINGS_BYTES) return fail({ vi: `--settings ${options.settings} quá lớn cho một tệp cài đặt`, en: `--settings ${options.settings} is too large for a settings file` });
      text = await fs.readFile(file, "utf8");
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const message = fsProblemMessage(e, options.settings);
      if (!message) throw e;
      return fail(message);
    }
    const parsed = parseDocumentSettings(text.replace(/^\uFEFF/, ""));
    const errors = parsed.problems.filter((p) => p.severity === "error");
    for (const p of parsed.problems.filter((x) => x.severity !== "error")) io.stderr(`${formatFindingLine({ ...p, file: path.basename(file) }, lang)}\n`);
    if (errors.length > 0) {
      return fail(settingsStopMessage(options.settings, errors));
    }
    settings = parsed.settings;
  }
  const over: { -readonly [K in keyof DocumentSettings]?: DocumentSettings[K] } = {};
  if (options.issuer !== undefined) {
    const lines = options.issuer.split(/\s*[/|]\s*/).map((s) => s.trim()).filter((s) => s !== "");
    if (lines.length === 0) return fail({ vi: "--issuer không được để trống", en: "--issuer must not be empty" });
    over.issuingBody = lines;
  }
  if (options.superior !== undefined) over.superiorBody = options.superior.trim();
  if (options.place !== undefined) over.place = options.place.trim();
  if (options.date !== undefined) {
    if (!parseIsoDate(options.date)) return fail({ vi: `--date phải là một ngày dạng YYYY-MM-DD (nhận "${options.date}")`, en: `--date must be a date as YYYY-MM-DD (got "${options.date}")` });
    over.reportDate = options.date.trim();
  }
  if (options.signer !== undefined) over.signatory = parseSigner(options.signer);
  // Through the parser, so an option gets the same cleaning and checks as the file's field.
  return parseDocumentSettings(over, settings).settings;
}

export async function reportSettingsFrom(options: HeadingOptions, io: CliIo, lang: Lang, command: string): Promise<ReportSettings> {
  return reportSettingsFromDocument(await documentSettingsFrom(options, io, lang, command), lang);
}
