/** Finding catalogue of the document settings (`--settings FILE.json`, the hosts' stored settings). Codes are stable. */
import type { FindingCatalogue } from "../findings";

export type SettingsCode = "SETTINGS_NOT_JSON" | "SETTINGS_NOT_OBJECT" | "SETTINGS_FIELD_INVALID" | "SETTINGS_FIELD_UNKNOWN";

export type NotJsonArgs = { readonly detail: string };
/** `field` is the JSON path (e.g. `signatory.authority`); `expected` a short description in each language. */
export type FieldInvalidArgs = { readonly field: string; readonly expected: string; readonly expectedEn: string };
export type FieldUnknownArgs = { readonly field: string };

export type SettingsArgs = {
  readonly SETTINGS_NOT_JSON: NotJsonArgs;
  readonly SETTINGS_NOT_OBJECT: Readonly<Record<never, never>>;
  readonly SETTINGS_FIELD_INVALID: FieldInvalidArgs;
  readonly SETTINGS_FIELD_UNKNOWN: FieldUnknownArgs;
};

export const SETTINGS_MESSAGES: FindingCatalogue<SettingsCode, SettingsArgs> = {
  SETTINGS_NOT_JSON: {
    severity: "error",
    vi: (a) => `Tệp cài đặt không phải JSON hợp lệ (${a.detail}); dùng cài đặt mặc định.`,
    en: (a) => `The settings are not valid JSON (${a.detail}); the defaults are used.`,
  },
  SETTINGS_NOT_OBJECT: {
    severity: "error",
    vi: () => "Cài đặt phải là một đối tượng JSON ({ … }); dùng cài đặt mặc định.",
    en: () => "The settings must be a JSON object ({ … }); the defaults are used.",
  },
  SETTINGS_FIELD_INVALID: {
    severity: "error",
    vi: (a) => `Trường "${a.field}" không hợp lệ: cần ${a.expected}; dùng giá trị mặc định.`,
    en: (a) => `Field "${a.field}" is invalid: expected ${a.expectedEn}; the default is used.`,
  },
  SETTINGS_FIELD_UNKNOWN: {
    severity: "warning",
    vi: (a) => `Trường "${a.field}" không có trong cài đặt văn bản, bị bỏ qua.`,
    en: (a) => `Field "${a.field}" is not a document setting; it is ignored.`,
  },
};
