/** Report templates as a use case: one workbook per organisation of the checked table, delivered by the host. */
import { templateWorkbookSpecs } from "../../core";
import type { PaneSession } from "../context";
import { reportSettings } from "../report-settings";
import { withDocumentSettings } from "./document-settings";
import { persistSettings, type PersistOutcome } from "../settings";
import { ensureAllocation, tableErrorCount } from "./allocation";

/** Errors in the allocation table the templates would copy to every organisation. */
export function allocationErrorCount(session: PaneSession): number {
  const a = session.state.allocation;
  return a ? tableErrorCount(a) : 0;
}

export type TemplatesOutcome =
  | { readonly kind: "needAllocation" }
  /** The table has errors and the user has not said to go ahead anyway. */
  | { readonly kind: "confirm"; readonly year: number }
  | { readonly kind: "done"; readonly year: number; readonly persisted: PersistOutcome };

/**
 * Makes and delivers the templates. `year` null means the plan's year (the
 * allocation title's); `errorsConfirmed` is the user's go-ahead despite errors
 * in the table, since those travel to every organisation.
 */
export async function makeTemplates(session: PaneSession, request: { readonly year: number | null; readonly errorsConfirmed: boolean }): Promise<TemplatesOutcome> {
  const { host, state } = session;
  if (request.year !== null) {
    state.settings = { ...state.settings, year: request.year };
    state.explicit = { ...state.explicit, year: true };
  }
  const alloc = await ensureAllocation(session);
  if (!alloc) return { kind: "needAllocation" };
  // Checking the table may have read the plan's year from its title.
  const year = state.settings.year;
  if (allocationErrorCount(session) > 0 && !request.errorsConfirmed) return { kind: "confirm", year };
  // The document settings give each template its upper level and deadline day (issue #13).
  const books = templateWorkbookSpecs(alloc, year, await withDocumentSettings(session, reportSettings(state.settings)));
  const written = await host.deliverWorkbooks(books);
  state.templatesDone = { count: books.length, notes: written.notes, files: written.written.filter((f) => f !== "") };
  return { kind: "done", year, persisted: await persistSettings(host, state) };
}
