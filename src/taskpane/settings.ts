/**
 * The pane's remembered choices, kept through the host (workbook settings in
 * Excel, localStorage in the browser) so each workbook keeps its own target.
 */
import type { Lang } from "../core";
import { parseQuotaText } from "../core";
import { SETTING_KEYS, type Host, type SettingName } from "../host";
import { isLang } from "./i18n";

export interface PaneSettings {
  readonly target: number | null;
  readonly year: number;
  readonly month: number;
  readonly issuingBody: readonly string[];
  readonly place: string;
  readonly lang: Lang;
  /** `file\u0000sheet` of the allocation sheet last checked, or "". */
  readonly allocationSheet: string;
}

/** The largest target read back from the host; a larger one typed would be lost on the next opening. */
const MAX_TARGET = 1_000_000;

export const DEFAULT_ISSUING_BODY: readonly string[] = ["BAN TỔ CHỨC"];

function parseWhole(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** The settings as stored, one read per key; missing keys are undefined. */
type RawSettings = { readonly [K in keyof typeof SETTING_KEYS]: string | undefined };

async function readRaw(host: Host): Promise<RawSettings> {
  const names = Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[];
  const values = await Promise.all(names.map((n) => host.getSetting(SETTING_KEYS[n])));
  return Object.fromEntries(names.map((n, i) => [n, values[i]])) as RawSettings;
}

/**
 * Target and year belong to one allocation, not to the computer: in the
 * browser edition the global keys would carry a target from one file to an
 * unrelated one (a saved 90 against a table of 28), so they are read per file
 * (plan.ts) once the allocation is known, never from the global keys.
 */
function withoutPlanKeys(raw: RawSettings, host: Host): RawSettings {
  return host.kind === "browser" ? { ...raw, target: undefined, year: undefined } : raw;
}

function settingsFrom(raw: RawSettings, host: Host, now: Date): PaneSettings {
  return {
    target: parseWhole(raw.target, 0, MAX_TARGET),
    year: parseWhole(raw.year, 1945, 2200) ?? now.getFullYear(),
    month: parseWhole(raw.month, 1, 12) ?? now.getMonth() + 1,
    issuingBody: raw.issuingBody === undefined ? DEFAULT_ISSUING_BODY : splitLines(raw.issuingBody),
    place: raw.place ?? "",
    lang: isLang(raw.lang) ? raw.lang : host.preferredLang(),
    allocationSheet: raw.allocationSheet ?? "",
  };
}

/** Whether the host holds a year and a target the user chose, as opposed to defaults. */
function choicesFrom(raw: RawSettings): { year: boolean; target: boolean } {
  return { year: parseWhole(raw.year, 1945, 2200) !== null, target: parseWhole(raw.target, 0, MAX_TARGET) !== null };
}

/** Settings and the user's explicit choices from one read of the stored values. */
export async function loadPaneSettings(host: Host, now: Date = new Date()): Promise<{ settings: PaneSettings; explicit: { year: boolean; target: boolean } }> {
  const raw = withoutPlanKeys(await readRaw(host), host);
  return { settings: settingsFrom(raw, host, now), explicit: choicesFrom(raw) };
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export type StoredSettings = Readonly<Record<SettingName, string>>;

/** The text each setting is stored as. */
export function storedForm(s: PaneSettings): StoredSettings {
  return {
    target: s.target === null ? "" : String(s.target),
    year: String(s.year),
    month: String(s.month),
    issuingBody: s.issuingBody.join("\n"),
    place: s.place,
    lang: s.lang,
    allocationSheet: s.allocationSheet,
  };
}

/**
 * Writes the settings that differ from what the host holds, after the action's
 * own work and in one call when the host can batch: a check must not mark the
 * workbook changed before it has read anything, nor fail in a read-only file.
 * Never rejects: a refusal comes back as the error, for a note beside the result.
 */
export type PersistOutcome = { readonly saved: true } | { readonly saved: false; readonly error: unknown };

/** Where the current allocation's target and year are stored (per workbook in Excel, per file in the browser). */
export interface PlanKeys {
  readonly target: string;
  readonly year: string;
}

export async function persistSettings(
  host: Host,
  state: { settings: PaneSettings; stored: StoredSettings; planKeys?: PlanKeys | null },
): Promise<PersistOutcome> {
  const wanted = storedForm(state.settings);
  const changed: Record<string, string> = {};
  const planKeys = state.planKeys ?? (host.kind === "browser" ? null : { target: SETTING_KEYS.target, year: SETTING_KEYS.year });
  for (const name of Object.keys(wanted) as SettingName[]) {
    if (wanted[name] === state.stored[name]) continue;
    if (name === "target" || name === "year") {
      // Without a known allocation in the browser there is no file to keep them for.
      if (planKeys) changed[planKeys[name]] = wanted[name];
      continue;
    }
    changed[SETTING_KEYS[name]] = wanted[name];
  }
  if (Object.keys(changed).length === 0) return { saved: true };
  try {
    if (host.setSettings) await host.setSettings(changed);
    else for (const [key, value] of Object.entries(changed)) await host.setSetting(key, value);
  } catch (error) {
    return { saved: false, error };
  }
  state.stored = wanted;
  return { saved: true };
}

export async function saveSetting<K extends keyof typeof SETTING_KEYS>(host: Host, key: K, value: string): Promise<void> {
  await host.setSetting(SETTING_KEYS[key], value);
}

/**
 * Whole number ≥ 0 typed by a person, or undefined when it is not one; "" means
 * "none". Plain digits, or grouped the Vietnamese way ("1.950", "1 950") as
 * the engine's quota grammar reads a quota cell; a decimal ("1,5", "1.95"), a
 * negative, a range or a quota with groups ("95 (05 HS)") is not a target.
 */
export function parseTargetInput(text: string): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d{1,7}$/.test(t)) return checkedTarget(Number(t));
  if (!/^\d[\d.\s]*$/.test(t)) return undefined;
  const parsed = parseQuotaText(t);
  if (parsed.status !== "ok" || !parsed.storedAsText || parsed.quota !== parsed.quotaMax) return undefined;
  return checkedTarget(parsed.quota);
}

function checkedTarget(n: number): number | undefined {
  return n <= MAX_TARGET ? n : undefined;
}

export function sheetKey(ref: { readonly name: string; readonly file?: string | undefined }): string {
  return `${ref.file ?? ""}\u0000${ref.name}`;
}
