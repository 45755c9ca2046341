/**
 * The browser edition's page around the task pane: opening files (picker and
 * drag-and-drop), the sample data button, and the sheet preview with highlights.
 */
import type { Lang } from "../core";
import { formatSource } from "../core";
import { el, replaceChildren } from "../taskpane/dom";
import { isLang, strings, type Strings } from "../taskpane/i18n";
import { SETTING_KEYS, type SheetRef } from "../host";
import { describeError } from "../taskpane/progress";
import type { BrowserHost } from "./browser-host";
import { renderGridTable } from "./preview-table";
import {
  SAMPLE_ALLOCATION_SHEET,
  SAMPLE_FILE_NAME,
  SAMPLE_ISSUING_BODY,
  SAMPLE_MONTH,
  SAMPLE_PLACE,
  sampleWorkbook,
} from "./sample-data";

export interface WorkspaceElements {
  readonly files: HTMLElement;
  readonly preview: HTMLElement;
  readonly header: HTMLElement;
}

export function mountWorkspace(els: WorkspaceElements, host: BrowserHost): void {
  let lang: Lang = host.preferredLang();
  /** Kept as a function of the language so a switch re-renders it in the new one. */
  let notice: { kind: "ok" | "error"; lines: (s: Strings, l: Lang) => string[] } | null = null;
  // Choices of files being opened (a drop can come while an earlier choice is still read): busy while any is.
  let opening = 0;
  let busy = false;
  const t = (): Strings => strings(lang);

  const sameRef = (a: SheetRef | null, b: SheetRef): boolean => a !== null && a.name === b.name && a.file === b.file;

  const openFiles = (files: File[]): void => {
    if (files.length === 0) return;
    opening++;
    busy = true;
    notice = null;
    renderFiles();
    void host
      .openFiles(files)
      .then((problems) => {
        notice =
          problems.length === 0
            ? null
            : { kind: "error", lines: (s, l) => problems.map((p) => `${s.fileProblem(p.name)} ${p.problem.message[l]}`) };
      })
      .catch((e: unknown) => {
        notice = { kind: "error", lines: (_s, l) => [describeError(e, l)] };
      })
      .finally(() => {
        opening--;
        busy = opening > 0;
        renderFiles();
      });
  };

  const loadSample = (): void => {
    // The sample's settings are not the user's: they live for this page session, never in localStorage.
    // Its target and year are read from its own title, like any allocation's.
    host.setSessionSettings({
      [SETTING_KEYS.month]: String(SAMPLE_MONTH),
      [SETTING_KEYS.issuingBody]: SAMPLE_ISSUING_BODY.join("\n"),
      [SETTING_KEYS.place]: SAMPLE_PLACE,
      [SETTING_KEYS.allocationSheet]: `${SAMPLE_FILE_NAME}\u0000${SAMPLE_ALLOCATION_SHEET}`,
    });
    host.addWorkbook(sampleWorkbook(), SAMPLE_ALLOCATION_SHEET);
    notice = { kind: "ok", lines: (s) => [s.sampleLoaded] };
    renderFiles();
  };

  function renderHeader(): void {
    document.title = t().browserTitle;
    replaceChildren(
      els.header,
      el("div", { class: "brand" }, el("span", { class: "brand-mark", "aria-hidden": "true" }, "P"), el("h1", { class: "top-title" }, t().browserTitle)),
      el("p", { class: "tagline" }, t().browserTagline),
    );
  }

  function renderFiles(): void {
    const s = t();
    // Reached through the button next to it: a hidden control must not be a tab stop of its own.
    const input = el("input", { id: "open-files-input", type: "file", multiple: true, accept: ".xlsx,.xlsm,.csv,.xls,.xlsb,.ods,.docx,.doc", class: "visually-hidden", tabindex: -1, "aria-hidden": "true" });
    input.addEventListener("change", () => {
      const files = Array.from(input.files ?? []);
      input.value = "";
      openFiles(files);
    });
    const openButton = el("button", { id: "open-files", type: "button", class: "primary", disabled: busy }, s.openFiles);
    openButton.addEventListener("click", () => input.click());
    const sampleButton = el("button", { id: "use-sample", type: "button", disabled: busy }, s.useSample);
    sampleButton.addEventListener("click", () => {
      try {
        loadSample();
      } catch (e: unknown) {
        notice = { kind: "error", lines: (_s, l) => [describeError(e, l)] };
        renderFiles();
      }
    });
    const drop = el(
      "div",
      { id: "drop-zone", class: "drop-zone", "data-testid": "drop-zone" },
      input,
      el("div", { class: "drop-actions" }, openButton, sampleButton),
      el("p", { class: "hint" }, s.dropHere),
      busy ? el("div", { role: "status", class: "progress-row" }, el("progress", { "aria-label": s.loadingReader }), el("span", {}, s.loadingReader)) : null,
    );
    const fileItems = host.files().map((f) => {
      const close = el("button", { type: "button", class: "icon-button", "aria-label": s.closeFile(f.name), title: s.closeFile(f.name) }, "×");
      close.addEventListener("click", () => host.closeFile(f.name));
      return el(
        "li",
        { "data-testid": "open-file" },
        el("div", { class: "file-row" }, el("span", { class: "file-name" }, f.name), close),
        // A Word document's grids are its tables: "đọc được 1 bảng", not sheets it does not have.
        el("span", { class: "hint" }, f.grids.length > 0 && f.grids.every((g) => g.cellNaming === "tableRowColumn") ? s.tablesRead(f.grids.length) : s.fileRead(f.grids.length)),
      );
    });
    replaceChildren(
      els.files,
      el("h2", { class: "card-title" }, s.filesTitle),
      drop,
      notice
        ? el(
            "div",
            notice.kind === "error" ? { role: "alert", class: "error-box", "data-testid": "file-error" } : { role: "status", class: "ok-box", "data-testid": "file-notice" },
            ...notice.lines(s, lang).map((line) => el("p", {}, line)),
          )
        : null,
      fileItems.length === 0 ? el("p", { class: "empty" }, s.noFiles) : el("ul", { class: "file-list", id: "open-file-list" }, ...fileItems),
    );
  }

  function renderPreview(): void {
    const s = t();
    const state = host.preview();
    const tabs = el("div", { class: "sheet-tabs", role: "group", "aria-label": s.sheetTabsLabel });
    const addTab = (ref: SheetRef, label: string, owned: boolean): void => {
      const on = sameRef(state.sheet, ref);
      const b = el("button", { type: "button", class: `sheet-tab${owned ? " owned" : ""}`, "aria-pressed": on ? "true" : "false", "data-testid": "sheet-tab", "data-sheet": ref.name }, label);
      b.addEventListener("click", () => host.showSheet(ref));
      tabs.append(b);
    };
    for (const f of host.files()) for (const g of f.grids) addTab({ name: g.name, file: f.name }, g.name, false);
    for (const p of host.produced()) addTab({ name: p.name }, p.name, true);

    const grid = state.sheet ? host.gridOf(state.sheet) : undefined;
    const body = el("div", { class: "sheet-scroll", id: "preview-scroll", tabindex: "0", "aria-label": s.previewTitle });
    let truncatedNote: HTMLElement | null = null;
    if (grid && state.sheet) {
      const where = formatSource({ ...(state.sheet.file === undefined ? {} : { file: state.sheet.file }), sheet: state.sheet.name });
      const { table, truncated } = renderGridTable(grid, host.highlightsOf(state.sheet), state.selected, where, lang);
      body.append(table);
      if (truncated) truncatedNote = el("p", { class: "hint" }, s.previewTruncated(truncated.shown, truncated.total));
    } else {
      body.append(el("p", { class: "empty", "data-testid": "preview-empty" }, s.previewEmpty));
    }
    const produced = host.produced();
    const downloadButton =
      produced.length > 0 ? el("button", { id: "download-results", type: "button", class: "primary" }, s.downloadAll) : null;
    downloadButton?.addEventListener("click", () => {
      void host.downloadProduced().catch((e: unknown) => {
        notice = { kind: "error", lines: (_s, l) => [describeError(e, l)] };
        renderFiles();
      });
    });
    replaceChildren(
      els.preview,
      el("div", { class: "row-between" }, el("h2", { class: "card-title" }, s.previewTitle), downloadButton),
      tabs.childElementCount > 0 ? tabs : null,
      body,
      truncatedNote,
    );
    const selected = state.selected && /^[A-Z]{1,3}\d{1,7}$/.test(state.selected) ? body.querySelector<HTMLElement>(`td[data-cell="${state.selected}"]`) : null;
    // Scrolled into view, not focused: the keyboard stays on the finding the user activated.
    selected?.scrollIntoView?.({ block: "center", inline: "center" });
  }

  const setUpDrop = (): void => {
    // The whole page accepts drops so nobody has to aim at a small target.
    const target = document.body;
    target.addEventListener("dragover", (e) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
      document.body.classList.add("dragging");
    });
    target.addEventListener("dragleave", (e) => {
      if (e.relatedTarget === null) document.body.classList.remove("dragging");
    });
    target.addEventListener("drop", (e) => {
      document.body.classList.remove("dragging");
      if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
      e.preventDefault();
      openFiles(Array.from(e.dataTransfer.files));
    });
  };

  host.on((event) => {
    if (event === "files") renderFiles();
    if (event === "preview" || event === "produced" || event === "files") renderPreview();
    if (event === "lang") {
      void host.getSetting(SETTING_KEYS.lang).then((v) => {
        if (isLang(v) && v !== lang) {
          lang = v;
          renderHeader();
          renderFiles();
          renderPreview();
        }
      });
    }
  });

  void host.getSetting(SETTING_KEYS.lang).then((v) => {
    if (isLang(v)) lang = v;
    renderHeader();
    renderFiles();
    renderPreview();
  });
  setUpDrop();
}
