/**
 * The lines that say where the plan's target and year came from: a sheet's cell, a Word table's
 * row, the plan's own sentence (a .docx plan's body has no cell), the user, or this year.
 */
import type { PaneState } from "../context";
import { formatNumber, type Strings } from "../i18n";
import { targetPlace, targetSource, yearPlace, yearSource } from "../use-cases/plan";
import type { Lang } from "../../core";

export function targetSourceText(state: PaneState, t: Strings, lang: Lang): string {
  const src = targetSource(state);
  // With no allocation found (no file open), there is no table to say anything about.
  if (src.value === null) return state.planRef === null && state.allocationRef === null ? "" : t.targetNotStated;
  const n = formatNumber(src.value, lang);
  const place = src.source === "sheet" ? targetPlace(state) : null;
  if (place === null) return t.targetFromUser(n);
  switch (place.kind) {
    case "cell":
      return t.targetFromSheet(n, place.cell);
    case "tableRow":
      // A row number names a row, like a year: never grouped.
      return t.targetFromTableRow(n, String(place.row));
    case "text":
      return place.text === null ? t.targetFromDocument(n) : t.targetFromText(n, place.text);
  }
}

export function yearSourceText(state: PaneState, t: Strings): string {
  const y = yearSource(state);
  const value = y.value ?? state.settings.year;
  if (y.source === "user") return t.yearFromUser(value);
  const place = yearPlace(state);
  if (place === null) return t.yearDefault(value);
  switch (place.kind) {
    case "cell":
      return t.yearFromSheet(value, place.cell);
    case "tableRow":
      return t.yearFromTableRow(value, String(place.row));
    case "text":
      return t.yearFromText(value);
  }
}
