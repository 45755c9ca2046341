/** Cài đặt's document layout (issue #13): heading, number line, date, signature and Nơi nhận of every report. */
import { SIGNING_AUTHORITIES, type DocumentSettings, type SigningAuthority } from "../../core";
import type { PaneContext } from "../context";
import { el } from "../dom";
import { describeError } from "../progress";
import { splitLines } from "../settings";
import { documentSettingsPlace, loadDocumentSettings, saveDocumentSettings } from "../use-cases/document-settings";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function renderDocumentSettings(ctx: PaneContext): HTMLElement {
  const t = ctx.t();
  const text = (id: string): HTMLInputElement => el("input", { id, type: "text", autocomplete: "off" });
  const superior = text("doc-superior");
  const issuer = el("textarea", { id: "doc-issuing-body", rows: 2 });
  const symbol = text("doc-symbol");
  const place = text("doc-place");
  const lastDay = el("input", { id: "doc-date-last", type: "radio", name: "doc-date", value: "last" });
  const chosen = el("input", { id: "doc-date-chosen", type: "radio", name: "doc-date", value: "chosen" });
  // Named by the choice it belongs to ("Ngày báo cáo" — "Ngày cụ thể"), for a screen reader landing on it.
  const date = el("input", { id: "doc-date", type: "date", "aria-labelledby": "doc-date-legend doc-date-chosen-label" });
  const authority = el("select", { id: "doc-authority" });
  for (const a of SIGNING_AUTHORITIES) authority.append(el("option", { value: a }, a === "" ? t.authorityNone : a));
  const title = text("doc-signer-title");
  const name = text("doc-signer-name");
  const recipients = el("textarea", { id: "doc-recipients", rows: 4 });
  const deadline = el("input", { id: "doc-deadline", type: "number", min: 1, max: 31, step: 1 });
  const save = el("button", { id: "doc-save", type: "submit", class: "subtle" }, t.save);
  const note = el("p", { class: "note", role: "status", "data-testid": "doc-settings-note" });
  const placeInfo = documentSettingsPlace(ctx);
  const where = el(
    "p",
    { class: "hint" },
    t.documentSettingsWhere(ctx.host.kind !== "browser" ? t.documentSettingsInWorkbook : placeInfo.file === null ? t.documentSettingsGlobal : t.documentSettingsForFile(placeInfo.file)),
  );
  /** What the user does not edit here (the body a T/M signs for) stays as loaded. */
  let loaded: DocumentSettings | null = null;

  const fill = (s: DocumentSettings): void => {
    loaded = s;
    superior.value = s.superiorBody;
    issuer.value = s.issuingBody.join("\n");
    symbol.value = s.symbol;
    place.value = s.place;
    lastDay.checked = s.reportDate === null;
    chosen.checked = s.reportDate !== null;
    date.value = s.reportDate ?? "";
    authority.value = s.signatory.authority;
    title.value = s.signatory.title;
    name.value = s.signatory.name;
    recipients.value = s.recipients.join("\n");
    deadline.value = String(s.deadlineDay);
  };
  void loadDocumentSettings(ctx).then(fill, (e: unknown) => {
    note.textContent = describeError(e, ctx.lang());
  });
  date.addEventListener("input", () => {
    if (date.value !== "") chosen.checked = true;
  });

  const form = el(
    "form",
    { class: "form document-settings", novalidate: true },
    el("h3", {}, t.documentSettingsTitle),
    where,
    el("label", { for: "doc-superior" }, t.superiorBodyLabel),
    superior,
    el("label", { for: "doc-issuing-body" }, t.documentIssuingBodyLabel),
    issuer,
    el("label", { for: "doc-symbol" }, t.symbolLabel),
    symbol,
    el("label", { for: "doc-place" }, t.documentPlaceLabel),
    place,
    el(
      "fieldset",
      { class: "plain" },
      el("legend", { id: "doc-date-legend" }, t.reportDateLabel),
      el("div", { class: "check-row" }, lastDay, el("label", { for: "doc-date-last" }, t.reportDateLastDay)),
      el("div", { class: "check-row" }, chosen, el("label", { for: "doc-date-chosen", id: "doc-date-chosen-label" }, t.reportDateChosen), date),
    ),
    el("label", { for: "doc-authority" }, t.authorityLabel),
    authority,
    el("label", { for: "doc-signer-title" }, t.signerTitleLabel),
    title,
    el("label", { for: "doc-signer-name" }, t.signerNameLabel),
    name,
    el("label", { for: "doc-recipients" }, t.recipientsLabel),
    recipients,
    el("label", { for: "doc-deadline" }, t.deadlineDayLabel),
    deadline,
    el("div", { class: "actions" }, save),
    note,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const base = loaded;
    if (!base) return;
    const day = Number(deadline.value);
    if (!Number.isInteger(day) || day < 1 || day > 31) {
      note.textContent = t.invalidThreshold(1, 31);
      deadline.focus();
      return;
    }
    if (chosen.checked && !ISO_DATE.test(date.value)) {
      note.textContent = t.invalidDate;
      date.focus();
      return;
    }
    const auth = SIGNING_AUTHORITIES.find((a) => a === authority.value) ?? base.signatory.authority;
    const next: DocumentSettings = {
      superiorBody: superior.value.trim(),
      issuingBody: splitLines(issuer.value),
      symbol: symbol.value.trim(),
      place: place.value.trim(),
      reportDate: chosen.checked ? date.value : null,
      signatory: { ...base.signatory, authority: auth satisfies SigningAuthority, title: title.value.trim(), name: name.value.trim() },
      recipients: splitLines(recipients.value),
      deadlineDay: day,
    };
    void saveDocumentSettings(ctx, next).then(
      () => {
        loaded = next;
        // The older header fields on this tab now show the same issuer and place.
        const body = document.getElementById("settings-issuing-body");
        if (body instanceof HTMLTextAreaElement) body.value = next.issuingBody.join("\n");
        const where = document.getElementById("settings-place");
        if (where instanceof HTMLInputElement) where.value = next.place;
        note.textContent = t.documentSettingsSaved;
      },
      (err: unknown) => {
        note.textContent = describeError(err, ctx.lang());
      },
    );
  });
  return form;
}
