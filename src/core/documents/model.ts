/**
 * A declarative word-processing document: pure data the engine builds and a
 * host-side writer (src/docx) renders. Sizes in points, margins in millimetres.
 */

export interface DocRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points; the document's size when absent. */
  readonly size?: number;
}

export type DocAlign = "left" | "center" | "right" | "justify";

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly runs: readonly DocRun[];
  readonly align?: DocAlign;
  /** First-line indent in millimetres (body text of Party documents: 10–12.7 mm). */
  readonly firstLineIndent?: number;
  /** Space after, in points. */
  readonly spaceAfter?: number;
  /** Keep with the next paragraph (headings, the signature block). */
  readonly keepNext?: boolean;
}

export interface DocTableCell {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: DocAlign;
  /** `#RRGGBB` shading. */
  readonly fill?: string;
  /** Columns this cell spans (default 1). */
  readonly span?: number;
}

export interface DocTable {
  readonly kind: "table";
  /** Relative column widths. */
  readonly widths: readonly number[];
  /** Rows repeated at the top of each page. */
  readonly header: ReadonlyArray<readonly DocTableCell[]>;
  readonly rows: ReadonlyArray<readonly DocTableCell[]>;
  /** Font size of the table, points. */
  readonly size?: number;
}

/** Two blocks side by side without borders: the heading and the signature of a Party document. */
export interface DocColumns {
  readonly kind: "columns";
  /** Relative widths of the left and right block. */
  readonly widths: readonly [number, number];
  readonly left: readonly DocParagraph[];
  readonly right: readonly DocParagraph[];
}

export type DocBlock = DocParagraph | DocTable | DocColumns;

export interface DocSection {
  readonly orientation: "portrait" | "landscape";
  /** Millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly blocks: readonly DocBlock[];
}

export interface DocumentModel {
  readonly title: string;
  readonly creator: string;
  readonly font: string;
  /** Body size, points. */
  readonly size: number;
  readonly sections: readonly DocSection[];
  /** Suggested file name for hosts that save a file. */
  readonly fileName: string;
}

export function paragraph(runs: string | readonly DocRun[], options: Omit<DocParagraph, "kind" | "runs"> = {}): DocParagraph {
  return { kind: "paragraph", runs: typeof runs === "string" ? [{ text: runs }] : runs, ...options };
}
