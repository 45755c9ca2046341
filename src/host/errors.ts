/**
 * The one error type a host rejects with when the user can do something about
 * it: a sentence in both UI languages and a stable code. The pane shows the
 * text in its language and never has to guess an error's shape (the way ky's
 * HTTPError and isHTTPError work).
 */
import type { LocalizedText } from "../core";

/** Codes an adapter raises itself; Office.js error codes (e.g. `AccessDenied`) pass through as they are. */
export type AdapterErrorCode =
  | "SHEET_TOO_LARGE"
  | "SHEET_HIDDEN"
  | "BAD_ADDRESS"
  | "FILE_UNREADABLE"
  | "DOWNLOAD_FAILED"
  | "Unknown";

export type HostErrorCode = AdapterErrorCode | (string & { readonly __officeCode?: never });

export type HostKind = "excel" | "browser";

/** Survives two copies of this module in one page (two bundles), where instanceof would not. */
const BRAND = Symbol.for("ptdv.HostError");

export class HostError extends Error {
  readonly [BRAND] = true;
  override readonly cause?: unknown;

  constructor(
    readonly text: LocalizedText,
    readonly code: HostErrorCode,
    readonly host: HostKind,
    cause?: unknown,
  ) {
    super(`${text.vi} / ${text.en}`);
    this.name = "HostError";
    if (cause !== undefined) this.cause = cause;
  }
}

export function isHostError(error: unknown): error is HostError {
  if (error instanceof HostError) return true;
  if (typeof error !== "object" || error === null || (error as { [BRAND]?: unknown })[BRAND] !== true) return false;
  const text = (error as { text?: unknown }).text;
  return typeof text === "object" && text !== null && typeof (text as LocalizedText).vi === "string" && typeof (text as LocalizedText).en === "string";
}
