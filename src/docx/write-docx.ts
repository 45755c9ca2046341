/**
 * Renders the engine's DocumentModel as .docx bytes with the `docx` package
 * (a maintained writer that runs in Node and in the browser), never hand-written XML.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from "docx";
import { monthlyReportDocument } from "../core";
import type { ConsolidationResult, DocAlign, DocBlock, DocColumns, DocParagraph, DocTable, DocTableCell, DocumentModel, DocumentSettings, MonthlyReportOptions } from "../core";

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<DocAlign, (typeof AlignmentType)[keyof typeof AlignmentType]>;

/** A4 in millimetres. */
const A4 = { width: 210, height: 297 } as const;

/** Text a Word file cannot hold (control characters) becomes a space: data is never lost silently into a broken file. */
function safe(text: string): string {
  return Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    return (c < 32 && c !== 9) || c === 0xfffe || c === 0xffff ? " " : ch;
  }).join("");
}

function paragraphOf(p: DocParagraph, font: string, size: number): Paragraph {
  return new Paragraph({
    ...(p.align === undefined ? {} : { alignment: ALIGN[p.align] }),
    ...(p.firstLineIndent === undefined ? {} : { indent: { firstLine: convertMillimetersToTwip(p.firstLineIndent) } }),
    spacing: { after: Math.round((p.spaceAfter ?? 0) * 20), before: 0 },
    ...(p.keepNext === true ? { keepNext: true } : {}),
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: safe(r.text),
          font,
          size: Math.round((r.size ?? size) * 2),
          ...(r.bold === true ? { bold: true } : {}),
          ...(r.italic === true ? { italics: true } : {}),
          ...(r.underline === true ? { underline: {} } : {}),
        }),
    ),
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } as const;

function columnsOf(b: DocColumns, font: string, size: number, widthMm: number): Table {
  const total = b.widths[0] + b.widths[1];
  const widths = b.widths.map((w) => convertMillimetersToTwip((widthMm * w) / total));
  const cell = (ps: readonly DocParagraph[], width: number): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
      children: ps.length === 0 ? [new Paragraph("")] : ps.map((p) => paragraphOf(p, font, size)),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(b.left, widths[0] ?? 0), cell(b.right, widths[1] ?? 0)] })],
  });
}

function tableOf(t: DocTable, font: string, widthMm: number): Table {
  const size = t.size ?? 12;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => convertMillimetersToTwip((widthMm * w) / total));
  const cellOf = (c: DocTableCell, col: number): TableCell => {
    const span = c.span ?? 1;
    const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(c.fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: "auto", fill: c.fill.replace("#", "") } }),
      children: [
        new Paragraph({
          alignment: ALIGN[c.align ?? "left"],
          children: [new TextRun({ text: safe(c.text), font, size: size * 2, ...(c.bold === true ? { bold: true } : {}), ...(c.italic === true ? { italics: true } : {}) })],
        }),
      ],
    });
  };
  const rowOf = (cells: readonly DocTableCell[], header: boolean): TableRow => {
    let col = 0;
    const children = cells.map((c) => {
      const cell = cellOf(c, col);
      col += c.span ?? 1;
      return cell;
    });
    return new TableRow({ tableHeader: header, cantSplit: true, children });
  };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: convertMillimetersToTwip(widthMm), type: WidthType.DXA },
    columnWidths: widths,
    rows: [...t.header.map((r) => rowOf(r, true)), ...t.rows.map((r) => rowOf(r, false))],
  });
}

function blockOf(b: DocBlock, model: DocumentModel, widthMm: number): Paragraph | Table {
  switch (b.kind) {
    case "paragraph":
      return paragraphOf(b, model.font, model.size);
    case "columns":
      return columnsOf(b, model.font, model.size, widthMm);
    case "table":
      return tableOf(b, model.font, widthMm);
  }
}

export function docxDocument(model: DocumentModel): Document {
  const sections: ISectionOptions[] = model.sections.map((s) => {
    const landscape = s.orientation === "landscape";
    const pageWidth = landscape ? A4.height : A4.width;
    const widthMm = pageWidth - s.margins.left - s.margins.right;
    return {
      properties: {
        page: {
          // docx swaps width and height itself for a landscape page.
          size: { width: convertMillimetersToTwip(A4.width), height: convertMillimetersToTwip(A4.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: {
            top: convertMillimetersToTwip(s.margins.top),
            bottom: convertMillimetersToTwip(s.margins.bottom),
            left: convertMillimetersToTwip(s.margins.left),
            right: convertMillimetersToTwip(s.margins.right),
          },
        },
      },
      children: s.blocks.map((b) => blockOf(b, model, widthMm)),
    };
  });
  return new Document({
    title: safe(model.title),
    creator: safe(model.creator),
    styles: { default: { document: { run: { font: model.font, size: model.size * 2 } } } },
    sections,
  });
}

/** The .docx bytes of a document model; works in Node and in the browser. */
export async function writeDocx(model: DocumentModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(model)));
}

/**
 * The month's Word report as .docx bytes: what the CLI's --docx writes and what the
 * browser edition and the pane offer as a download (`new Blob([bytes], { type: DOCX_MIME })`).
 */
export async function monthlyReportDocx(result: ConsolidationResult, settings: DocumentSettings, options: MonthlyReportOptions = {}): Promise<Uint8Array> {
  return writeDocx(monthlyReportDocument(result, settings, options));
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
