/**
 * The chart parts added to ExcelJS's output: the package is complete and
 * consistent (content types, relationships, schema order in the worksheet), the
 * chart points at the right cells with their values cached, and user text can
 * neither break the XML nor be mistaken for markup.
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { InvariantError } from "../../src/core";
import type { ChartSpec, SheetSpec, WorkbookSpec } from "../../src/core";
import { addChartParts, withDrawingElement, withPageBreaksAbove } from "../../src/xlsx/chart-part";
import { sheetRangeRef } from "../../src/xlsx/chart-xml";
import { writeWorkbook } from "../../src/xlsx/write-workbook";

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const CHART: ChartSpec = {
  kind: "barClustered",
  title: "Tiến độ <&> \"kết nạp\" \u0001",
  categories: range(1, 0, 3, 0),
  series: [
    { name: "Chỉ tiêu", values: range(1, 1, 3, 1) },
    { name: "Lũy kế & <khác>", values: range(1, 2, 3, 2) },
  ],
  anchor: range(6, 0, 20, 5),
};

function sheet(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    role: "progress",
    rows: [
      [{ value: "TCCSĐ" }, { value: "Chỉ tiêu" }, { value: "Lũy kế" }],
      [{ value: "Đảng bộ xã Ka Đô" }, { value: 9 }, { value: 3, formula: "1+2" }],
      [{ value: "</c:v><drawing r:id=\"rId9\"/>" }, { value: 6 }, null],
      [{ value: 2026 }, { value: 3 }, { value: "chưa báo cáo" }],
    ],
    charts: [CHART],
    ...extra,
  };
}

function files(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

/** Every element of a part in document order, as `path/of/local/names` with its parent's index; throws if the XML is not well formed. */
function elements(xml: string): Array<{ path: string; parent: number; attributes: Record<string, string>; text: string }> {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Array<{ local: string; index: number }> = [];
  const out: Array<{ path: string; parent: number; attributes: Record<string, string>; text: string }> = [];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attributes[name] = a.value;
    const parent = stack.at(-1)?.index ?? -1;
    stack.push({ local: tag.local, index: out.length });
    out.push({ path: stack.map((e) => e.local).join("/"), parent, attributes, text: "" });
  });
  parser.on("text", (t) => {
    const open = stack.at(-1);
    if (open && open.index === out.length - 1) out[open.index]!.text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return out;
}

/** Per series, the cached points of its categories and values as [idx, text]. */
function cachedPoints(chartXml: string): Array<{ cat: string[][]; val: string[][] }> {
  const out: Array<{ cat: string[][]; val: string[][] }> = [];
  for (const e of elements(chartXml)) {
    if (e.path.endsWith("barChart/ser")) out.push({ cat: [], val: [] });
    const current = out[out.length - 1];
    const m = /\/ser\/(cat|val)\/(?:strRef|numRef)\/(?:strCache|numCache)\/pt$/.exec(e.path);
    if (m && current) current[m[1] as "cat" | "val"].push([e.attributes["idx"] ?? "", ""]);
    const v = /\/ser\/(cat|val)\/(?:strRef|numRef)\/(?:strCache|numCache)\/pt\/v$/.exec(e.path);
    if (v && current) current[v[1] as "cat" | "val"].at(-1)![1] = e.text;
  }
  return out;
}

const texts = (xml: string, path: string): string[] => elements(xml).filter((e) => e.path.endsWith(path)).map((e) => e.text);

describe("charts added to the written package", () => {
  const book: WorkbookSpec = { sheets: [sheet("Theo dõi"), sheet("Tổng hợp D'Ran T05-2025", { print: { orientation: "landscape", paper: "A4" } })] };
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = files(await writeWorkbook(book));
  });

  it("adds one chart part and one drawing part per sheet, each with its content type", () => {
    const types = elements(parts["[Content_Types].xml"]!).filter((e) => e.path === "Types/Override");
    for (const name of ["/xl/charts/chart1.xml", "/xl/charts/chart2.xml"]) {
      expect(types.find((t) => t.attributes["PartName"] === name)?.attributes["ContentType"]).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    }
    for (const name of ["/xl/drawings/drawing1.xml", "/xl/drawings/drawing2.xml"]) {
      expect(types.find((t) => t.attributes["PartName"] === name)?.attributes["ContentType"]).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    }
    expect(parts["xl/charts/chart3.xml"]).toBeUndefined();
  });

  it("links sheet → drawing → chart through relationships that resolve to the added parts", () => {
    const sheetRel = elements(parts["xl/worksheets/_rels/sheet2.xml.rels"]!).find((e) => e.path === "Relationships/Relationship")!;
    expect(sheetRel.attributes).toMatchObject({ Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", Target: "../drawings/drawing2.xml" });
    const drawingElement = elements(parts["xl/worksheets/sheet2.xml"]!).find((e) => e.path === "worksheet/drawing")!;
    expect(drawingElement.attributes["r:id"]).toBe(sheetRel.attributes["Id"]);
    const chartRel = elements(parts["xl/drawings/_rels/drawing2.xml.rels"]!).find((e) => e.path === "Relationships/Relationship")!;
    expect(chartRel.attributes).toMatchObject({ Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart", Target: "../charts/chart2.xml" });
    const frame = elements(parts["xl/drawings/drawing2.xml"]!).find((e) => e.path.endsWith("graphicData/chart"))!;
    expect(frame.attributes["r:id"]).toBe(chartRel.attributes["Id"]);
  });

  it("places the drawing after the page setup and the chart's page break, as CT_Worksheet orders them", () => {
    const order = elements(parts["xl/worksheets/sheet2.xml"]!)
      .filter((e) => e.path.split("/").length === 2)
      .map((e) => e.path.split("/")[1]);
    expect(order.slice(-4)).toEqual(["pageMargins", "pageSetup", "rowBreaks", "drawing"]);
    expect(elements(parts["xl/worksheets/sheet2.xml"]!).find((e) => e.path === "worksheet/rowBreaks/brk")!.attributes).toMatchObject({ id: "6", man: "1" });
    // A sheet not set up for printing gets no page break.
    expect(elements(parts["xl/worksheets/sheet1.xml"]!).some((e) => e.path === "worksheet/rowBreaks")).toBe(false);
  });

  it("anchors the chart over the spec's cells, its last row and column included", () => {
    const d = elements(parts["xl/drawings/drawing1.xml"]!);
    const at = (p: string) => d.find((e) => e.path === `wsDr/twoCellAnchor/${p}`)!.text;
    expect([at("from/col"), at("from/row"), at("to/col"), at("to/row")]).toEqual(["0", "6", "6", "21"]);
  });

  it("points every series at the sheet's cells, quoting a sheet name with an apostrophe", () => {
    const chart = parts["xl/charts/chart2.xml"]!;
    expect(texts(chart, "cat/strRef/f")).toEqual(["'Tổng hợp D''Ran T05-2025'!$A$2:$A$4", "'Tổng hợp D''Ran T05-2025'!$A$2:$A$4"]);
    expect(texts(chart, "val/numRef/f")).toEqual(["'Tổng hợp D''Ran T05-2025'!$B$2:$B$4", "'Tổng hợp D''Ran T05-2025'!$C$2:$C$4"]);
    expect(elements(chart).find((e) => e.path.endsWith("barChart/barDir"))!.attributes["val"]).toBe("bar");
    expect(elements(chart).find((e) => e.path.endsWith("barChart/grouping"))!.attributes["val"]).toBe("clustered");
  });

  it("caches the cells' values: text as written, numbers from formulas' results, blanks and text left out of number series", () => {
    const series = cachedPoints(parts["xl/charts/chart1.xml"]!);
    expect(series.map((s) => s.cat)).toEqual([
      [["0", "Đảng bộ xã Ka Đô"], ["1", "</c:v><drawing r:id=\"rId9\"/>"], ["2", "2026"]],
      [["0", "Đảng bộ xã Ka Đô"], ["1", "</c:v><drawing r:id=\"rId9\"/>"], ["2", "2026"]],
    ]);
    expect(series.map((s) => s.val)).toEqual([
      [["0", "9"], ["1", "6"], ["2", "3"]],
      [["0", "3"]],
    ]);
    expect(elements(parts["xl/charts/chart1.xml"]!).filter((e) => e.path.endsWith("numCache/ptCount")).map((e) => e.attributes["val"])).toEqual(["3", "3"]);
  });

  it("keeps titles and series names as text, whatever characters they hold", () => {
    const chart = parts["xl/charts/chart1.xml"]!;
    expect(texts(chart, "title/tx/rich/p/r/t")).toEqual(["Tiến độ <&> \"kết nạp\" "]);
    expect(texts(chart, "ser/tx/v")).toEqual(["Chỉ tiêu", "Lũy kế & <khác>"]);
    expect(elements(parts["xl/drawings/drawing1.xml"]!).find((e) => e.path.endsWith("cNvPr"))!.attributes["descr"]).toBe("Tiến độ <&> \"kết nạp\" ");
  });
});

/**
 * Child sequences of the complex types we write or insert into, from ECMA-376 Part 1
 * (CT_Worksheet §18.3.1.99; CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer,
 * CT_DLbls/Group_DLbls, CT_CatAx, CT_ValAx, CT_Scaling, CT_Title, CT_Legend, CT_StrRef,
 * CT_NumRef, CT_StrData, CT_NumData §21.2; CT_TwoCellAnchor, CT_GraphicalObjectFrame,
 * CT_Marker §20.5). Names of one rank may come in any order among themselves.
 */
const SEQUENCES: Record<string, ReadonlyArray<string | readonly string[]>> = {
  worksheet: ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
  chartSpace: ["date1904", "lang", "roundedCorners", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
  chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
  plotArea: ["layout", "barChart", ["catAx", "valAx"], "dTable", "spPr", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  ser: ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
  dLbls: ["dLbl", "numFmt", "spPr", "txPr", "dLblPos", "showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize", "separator", "showLeaderLines", "leaderLines", "extLst"],
  catAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", ["crosses", "crossesAt"], "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", ["crosses", "crossesAt"], "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  twoCellAnchor: ["from", "to", "graphicFrame", "clientData"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
};

/** Elements whose children break their type's sequence (unknown children included), as `parent: children`. */
function outOfSequence(xml: string): string[] {
  const list = elements(xml);
  const problems: string[] = [];
  list.forEach((parent, index) => {
    const local = parent.path.split("/").at(-1)!;
    const sequence = SEQUENCES[local];
    if (!sequence) return;
    const children = list.filter((e) => e.parent === index);
    const ranks = children.map((c) => sequence.findIndex((s) => (typeof s === "string" ? s === c.path.split("/").at(-1) : s.includes(c.path.split("/").at(-1)!))));
    if (ranks.some((r, i) => r === -1 || (i > 0 && r < ranks[i - 1]!))) problems.push(`${parent.path}: ${children.map((c) => c.path.split("/").at(-1)).join(",")}`);
  });
  return problems;
}

describe("the schema's element order", () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const print = { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 0, last: 0 }, margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5 } } as const;
    const validations = [{ range: range(1, 1, 3, 1), type: "wholeNumber", min: 0, max: 99 }] as const;
    const cf = [{ kind: "dataBar", range: range(1, 1, 3, 1), color: "#5B9BD5" }] as const;
    parts = files(await writeWorkbook({ sheets: [sheet("Đủ thứ", { print, dataValidations: validations, conditionalFormats: cf, merges: [range(0, 0, 0, 2)], freeze: { rows: 1, columns: 1 }, protect: true })] }));
  });

  it("keeps every child of the worksheet where CT_Worksheet wants it, the inserted ones included", () => {
    expect(outOfSequence(parts["xl/worksheets/sheet1.xml"]!)).toEqual([]);
    expect(elements(parts["xl/worksheets/sheet1.xml"]!).filter((e) => ["worksheet/rowBreaks", "worksheet/drawing"].includes(e.path))).toHaveLength(2);
  });

  it("writes the chart and drawing parts in the order of their types' sequences", () => {
    expect(outOfSequence(parts["xl/charts/chart1.xml"]!)).toEqual([]);
    expect(outOfSequence(parts["xl/drawings/drawing1.xml"]!)).toEqual([]);
  });

  it("catches an element out of place", () => {
    expect(outOfSequence(parts["xl/charts/chart1.xml"]!.replace('<c:grouping val="clustered"/><c:varyColors val="0"/>', '<c:varyColors val="0"/><c:grouping val="clustered"/>'))).toEqual([
      expect.stringMatching(/barChart: barDir,varyColors,grouping,/),
    ]);
  });
});

describe("workbooks without charts", () => {
  it("returns ExcelJS's bytes untouched when no sheet has a chart with series", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(addChartParts(bytes, [{ name: "A", spec: sheet("A", { charts: [] }) }, { name: "B", spec: sheet("B", { charts: [{ ...CHART, series: [] }] }) }])).toBe(bytes);
  });

  it("writes no drawing for a sheet whose chart has no series", async () => {
    const parts = files(await writeWorkbook({ sheets: [sheet("A", { charts: [{ ...CHART, series: [] }] }), sheet("B")] }));
    expect(Object.keys(parts).filter((p) => p.startsWith("xl/charts/") || p.startsWith("xl/drawings/"))).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]),
    );
    expect(parts["xl/charts/chart2.xml"]).toBeUndefined();
    expect(parts["xl/worksheets/sheet1.xml"]).not.toContain("drawing");
    expect(parts["xl/worksheets/_rels/sheet2.xml.rels"]).toContain("../drawings/drawing1.xml");
  });
});

describe("placing <drawing> in a worksheet written by someone else", () => {
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  it("goes before legacyDrawing, tableParts and extLst", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst/></worksheet>`;
    const out = withDrawingElement(xml, "rId2");
    expect(elements(out).filter((e) => e.path.split("/").length === 2).map((e) => e.path.split("/")[1])).toEqual(["sheetData", "pageMargins", "drawing", "legacyDrawing", "tableParts", "extLst"]);
  });

  it("uses the root's prefix and declares the relationships namespace when the root does not", () => {
    const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>&lt;drawing/&gt; &lt;/x:worksheet&gt;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const out = withDrawingElement(xml, "rId7");
    const drawing = elements(out).find((e) => e.path === "worksheet/drawing")!;
    expect(drawing.attributes).toEqual({ "xmlns:r": R, "r:id": "rId7" });
    expect(out).toContain(`<x:drawing xmlns:r="${R}" r:id="rId7"/></x:worksheet>`);
    expect(texts(out, "is/t")).toEqual(["<drawing/> </x:worksheet>"]);
  });

  it("refuses a worksheet that already has a drawing rather than losing its pictures", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData/><drawing r:id="rId1"/></worksheet>`;
    expect(() => withDrawingElement(xml, "rId2")).toThrow(InvariantError);
  });

  it("refuses XML that is not well formed", () => {
    expect(() => withDrawingElement(`<worksheet xmlns="${MAIN}"><sheetData></worksheet>`, "rId1")).toThrow(InvariantError);
  });

  it("leaves existing row breaks alone", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData/><rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks></worksheet>`;
    expect(withPageBreaksAbove(xml, [CHART])).toBe(xml);
  });
});

describe("cell references in charts", () => {
  it("name a sheet whose name holds a line break as readers of the workbook see it", async () => {
    const parts = files(await writeWorkbook({ sheets: [sheet("Tổng\nhợp\tT05")] }));
    const seen = elements(parts["xl/workbook.xml"]!).find((e) => e.path === "workbook/sheets/sheet")!.attributes["name"];
    expect(seen).toBe("Tổng hợp T05");
    expect(texts(parts["xl/charts/chart1.xml"]!, "val/numRef/f")).toEqual(["'Tổng hợp T05'!$B$2:$B$4", "'Tổng hợp T05'!$C$2:$C$4"]);
  });

  it("quotes every sheet name and doubles its apostrophes", () => {
    expect(sheetRangeRef("Tổng hợp T05-2025", range(9, 1, 23, 1))).toBe("'Tổng hợp T05-2025'!$B$10:$B$24");
    expect(sheetRangeRef("D'Ran's", range(0, 26, 0, 26))).toBe("'D''Ran''s'!$AA$1");
  });
});
