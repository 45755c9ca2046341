/**
 * The document settings (issue #13) as the pane keeps them: one JSON value
 * (the engine's serialiseDocumentSettings) per workbook in Excel, per opened
 * allocation in the browser edition (the same storage, keyed by the file).
 * Until the user saves some, the pane's older header fields (issuing body,
 * place) fill the engine's defaults.
 */
import { DEFAULT_DOCUMENT_SETTINGS, DOCUMENT_SETTINGS_KEY, parseDocumentSettings, serialiseDocumentSettings, type DocumentSettings, type ReportSettings } from "../../core";
import type { PaneSession } from "../context";
import { persistSettings } from "../settings";
import { defaultAllocationRef } from "./allocation";
import { planIdOf } from "./plan";

/** Where the settings live, and for which file in the browser edition ("" in Excel: the workbook itself). */
export function documentSettingsPlace(session: PaneSession): { readonly key: string; readonly file: string | null } {
  if (session.host.kind !== "browser") return { key: DOCUMENT_SETTINGS_KEY, file: null };
  const ref = session.state.planRef ?? session.state.allocationRef ?? defaultAllocationRef(session);
  if (!ref || ref.file === undefined) return { key: DOCUMENT_SETTINGS_KEY, file: null };
  // The same identity as the plan's target and year: the file's content, not only its name.
  return { key: `${DOCUMENT_SETTINGS_KEY}@${planIdOf(session, ref)}`, file: ref.file };
}

/** The engine's defaults with the pane's issuing body and place, as long as nothing was saved. */
function fromPane(session: PaneSession): DocumentSettings {
  const s = session.state.settings;
  return { ...DEFAULT_DOCUMENT_SETTINGS, issuingBody: s.issuingBody.length > 0 ? s.issuingBody : DEFAULT_DOCUMENT_SETTINGS.issuingBody, place: s.place };
}

/** Stored settings over the defaults; a stored value the engine cannot read falls back field by field (its problems are dropped: the form shows what is used). */
export async function loadDocumentSettings(session: PaneSession): Promise<DocumentSettings> {
  const { key } = documentSettingsPlace(session);
  const stored = await session.host.getSetting(key);
  if (stored === undefined || stored.trim() === "") return fromPane(session);
  return parseDocumentSettings(stored, fromPane(session)).settings;
}

/**
 * Stores the settings; the pane's older header fields (issuing body, place)
 * follow, so Cài đặt never shows two different issuers.
 */
export async function saveDocumentSettings(session: PaneSession, settings: DocumentSettings): Promise<void> {
  await session.host.setSetting(documentSettingsPlace(session).key, serialiseDocumentSettings(settings));
  const { state } = session;
  state.settings = { ...state.settings, issuingBody: settings.issuingBody, place: settings.place };
  const outcome = await persistSettings(session.host, state);
  if (!outcome.saved) throw outcome.error;
}

/** The consolidation's report settings carrying the document settings (heading, date, signature, Nơi nhận). */
export async function withDocumentSettings(session: PaneSession, settings: ReportSettings): Promise<ReportSettings> {
  const document = await loadDocumentSettings(session);
  return { ...settings, issuingBody: document.issuingBody, place: document.place, document };
}
