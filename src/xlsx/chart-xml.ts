/**
 * The DrawingML of one ChartSpec: a chart part (`c:chartSpace`, ECMA-376 Part 1
 * §21.2) and the anchor that places it on the sheet (`xdr:twoCellAnchor`, §20.5).
 *
 * Series point at the sheet's cells (`c:f`) and carry the values those cells hold
 * (`c:strCache` / `c:numCache`), so a viewer that does not recalculate still draws
 * the right bars. Elements are written in the order of the schema's sequences
 * (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx),
 * which Excel enforces.
 */
import { toA1 } from "../core";
import type { CellRange, ChartSpec, SpecCell } from "../core";
import { escapeXml } from "./chart-xml-edit";
import { xmlSafeText } from "./xml-text";

export const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** Fill colours by series index: the quota pale, what was achieved in the report's red. */
const SERIES_COLORS = ["9DC3E6", "C00000", "70AD47", "FFC000", "7030A0", "ED7D31"] as const;

/** Fixed axis ids: each chart part is its own namespace for them. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;

const FONT = "Times New Roman";

type Rows = ReadonlyArray<ReadonlyArray<SpecCell | null>>;

/** `'Sheet name'!$B$9:$B$23`; the name is always quoted, with `'` doubled. */
export function sheetRangeRef(sheetName: string, range: CellRange): string {
  const abs = (row: number, col: number): string => toA1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = abs(range.top, range.left);
  const last = abs(range.bottom, range.right);
  return `'${sheetName.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

/** The cells of a range, row by row, as a chart reads them. */
function cellsOf(rows: Rows, range: CellRange): Array<SpecCell | null> {
  const out: Array<SpecCell | null> = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) out.push(rows[r]?.[c] ?? null);
  }
  return out;
}

function text(value: string): string {
  return escapeXml(xmlSafeText(value));
}

function strCache(cells: ReadonlyArray<SpecCell | null>): string {
  const points = cells
    .map((cell, i) => {
      const v = cell?.value;
      if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return "";
      return `<c:pt idx="${i}"><c:v>${text(String(v))}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache>`;
}

function numCache(cells: ReadonlyArray<SpecCell | null>): string {
  // A blank or text cell has no point, as Excel caches it; the chart leaves a gap.
  const points = cells
    .map((cell, i) => (typeof cell?.value === "number" && Number.isFinite(cell.value) ? `<c:pt idx="${i}"><c:v>${cell.value}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache>`;
}

/** Character properties (CT_TextCharacterProperties) in the report's font: `a:defRPr` for a default, `a:rPr` for a run. */
function characterProperties(tag: "a:defRPr" | "a:rPr", size: number, bold: boolean): string {
  const lang = tag === "a:rPr" ? ' lang="vi-VN"' : "";
  return `<${tag}${lang} sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></${tag}>`;
}

/** A text body (CT_TextBody) that only sets the default character properties of what it applies to. */
function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${characterProperties("a:defRPr", size, false)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function title(value: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p>` +
    `<a:pPr>${characterProperties("a:defRPr", 13, true)}</a:pPr>` +
    `<a:r>${characterProperties("a:rPr", 13, true)}<a:t>${text(value)}</a:t></a:r>` +
    `</a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function series(chart: ChartSpec, sheetName: string, rows: Rows): string {
  const categories = cellsOf(rows, chart.categories);
  const categoryRef = escapeXml(sheetRangeRef(sheetName, chart.categories));
  return chart.series
    .map((s, i) => {
      const color = SERIES_COLORS[i % SERIES_COLORS.length] ?? "000000";
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${text(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${categoryRef}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(sheetRangeRef(sheetName, s.values))}</c:f>${numCache(cellsOf(rows, s.values))}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
}

/** Text properties for labels that must stay small enough for every organisation's name to be shown. */
const SMALL_TEXT = textProperties(8);

const DATA_LABELS =
  `<c:dLbls>${SMALL_TEXT}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
  `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

// Horizontal bars list the first organisation at the top (categories maxMin);
// the value axis then crosses at the maximum category, which is the bottom.
const AXES =
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
  `<c:tickLblPos val="nextTo"/>${SMALL_TEXT}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
  `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
  `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>` +
  `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/>` +
  `<c:crossBetween val="between"/></c:valAx>`;

/**
 * The chart part (`xl/charts/chartN.xml`) over cells of `sheetName`. The spec's
 * `barClustered` is Office.js's name for horizontal clustered bars: barDir `bar`,
 * which leaves room for long organisation names as category labels.
 */
export function chartPartXml(chart: ChartSpec, sheetName: string, rows: Rows): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    // Excel draws rounded corners when roundedCorners is absent.
    `<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series(chart, sheetName, rows) +
    DATA_LABELS +
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    AXES +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    textProperties(10) +
    `</c:chartSpace>`
  );
}

/** One chart placed over the cells of `chart.anchor`, its corners on cell corners. */
export interface PlacedChart {
  readonly chart: ChartSpec;
  /** Relationship id of the chart part in the drawing's .rels. */
  readonly relId: string;
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part (`xl/drawings/drawingN.xml`) holding every chart of one sheet. */
export function drawingPartXml(charts: readonly PlacedChart[]): string {
  const anchors = charts
    .map(({ chart, relId }, i) => {
      const a = chart.anchor;
      // The `to` marker is the cell just past the range: the chart covers the anchor's last row and column.
      return (
        `<xdr:twoCellAnchor>${marker("from", a.top, a.left)}${marker("to", a.bottom + 1, a.right + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
        `<xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${text(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${escapeXml(relId)}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">${anchors}</xdr:wsDr>`
  );
}
