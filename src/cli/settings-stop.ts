/**
 * How the CLI says a `--settings` error. The engine's messages say the defaults are used, which is
 * what the add-in does with its stored settings; the CLI stops instead (exit 2), so it words each
 * error without that clause, with its code, and says that it stopped.
 */
import type { Finding, LocalizedText } from "../core";

function str(f: Finding, key: string): string {
  const v = f.args[key];
  return typeof v === "string" ? v : String(v ?? "");
}

function errorText(f: Finding): LocalizedText {
  switch (f.code) {
    case "SETTINGS_NOT_JSON":
      return { vi: `tệp cài đặt không phải JSON hợp lệ (${str(f, "detail")})`, en: `the settings are not valid JSON (${str(f, "detail")})` };
    case "SETTINGS_NOT_OBJECT":
      return { vi: "cài đặt phải là một đối tượng JSON ({ … })", en: "the settings must be a JSON object ({ … })" };
    case "SETTINGS_FIELD_INVALID":
      return {
        vi: `trường "${str(f, "field")}" không hợp lệ: cần ${str(f, "expected")}`,
        en: `field "${str(f, "field")}" is invalid: expected ${str(f, "expectedEn")}`,
      };
    default:
      return f.message;
  }
}

/** `--settings s.json: [SETTINGS_NOT_JSON] … Lệnh đã dừng …`: every error of the file, then what happened. */
export function settingsStopMessage(written: string, errors: readonly Finding[]): LocalizedText {
  const parts = errors.map((f) => ({ code: f.code, text: errorText(f) }));
  return {
    vi: `--settings ${written}: ${parts.map((p) => `[${p.code}] ${p.text.vi}.`).join(" ")} Lệnh đã dừng, không ghi tệp nào: hãy sửa tệp cài đặt rồi chạy lại.`,
    en: `--settings ${written}: ${parts.map((p) => `[${p.code}] ${p.text.en}.`).join(" ")} The command stopped and wrote nothing: fix the settings file and run it again.`,
  };
}
