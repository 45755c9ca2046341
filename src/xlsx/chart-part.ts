/**
 * Adds the charts of a WorkbookSpec to the .xlsx that ExcelJS wrote (ExcelJS 4
 * writes no charts). For each sheet with charts, the package gains, per ECMA-376
 * Part 1 (5th ed.):
 *  - `xl/charts/chartN.xml`, one Chart part per chart (§14.2.1), the target of a
 *    relationship from the sheet's Drawings part;
 *  - `xl/drawings/drawingN.xml`, one Drawings part per sheet (§12.3.8, root `xdr:wsDr`),
 *    with its `_rels` naming the charts;
 *  - a `drawing` relationship in the worksheet's `_rels` and a `<drawing r:id>`
 *    element in the worksheet (§18.3.1.36), placed where CT_Worksheet's sequence
 *    wants it: after `headerFooter`, `rowBreaks`, `colBreaks`, `customProperties`,
 *    `cellWatches`, `ignoredErrors`, `smartTags`, before `legacyDrawing`,
 *    `legacyDrawingHF`, `drawingHF`, `picture`, `oleObjects`, `controls`,
 *    `webPublishItems`, `tableParts`, `extLst` (§18.3.1.99, schema in Annex A.2);
 *  - an `Override` per new part in `[Content_Types].xml`;
 *  - on a sheet that is set up for printing, a manual row break above each chart.
 * Every existing part is located and edited through the XML parser (chart-xml-edit.ts).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Unzipped } from "fflate";
import { InvariantError } from "../core";
import type { ChartSpec, SheetSpec } from "../core";
import { chartPartXml, drawingPartXml, NS } from "./chart-xml";
import { appendToRoot, elementsAt, escapeXml, insertAt, outlineXml } from "./chart-xml-edit";
import type { XmlOutline } from "./chart-xml-edit";

const REL = {
  officeDocument: `${NS.relationships}/officeDocument`,
  worksheet: `${NS.relationships}/worksheet`,
  drawing: `${NS.relationships}/drawing`,
  chart: `${NS.relationships}/chart`,
} as const;

const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Children of CT_Worksheet that come after `drawing` in its sequence. */
const AFTER_DRAWING: ReadonlySet<string> = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);
/** Children of CT_Worksheet that come after `rowBreaks` in its sequence. */
const AFTER_ROW_BREAKS: ReadonlySet<string> = new Set(["colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", ...AFTER_DRAWING]);

/** A sheet as written: the name it got in the file (after safeSheetName) and its spec. */
export interface WrittenSheet {
  readonly name: string;
  readonly spec: SheetSpec;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function drawable(spec: SheetSpec): ChartSpec[] {
  return (spec.charts ?? []).filter((c) => c.series.length > 0);
}

function part(files: Unzipped, path: string): string {
  const bytes = files[path];
  if (!bytes) throw new InvariantError(`the written workbook has no ${path}`);
  return strFromU8(bytes);
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part (OPC part names, §9.3 of Part 2). */
function resolveTarget(sourcePath: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePath.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relative reference from one part to another, as Office writes it (`../drawings/drawing1.xml`). */
function relativeTarget(fromPath: string, toPath: string): string {
  const from = fromPath.split("/").slice(0, -1);
  const to = toPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

function relationshipsOf(files: Unzipped, relsPath: string): Relationship[] {
  if (!files[relsPath]) return [];
  return outlineXml(part(files, relsPath))
    .children.filter((c) => c.local === "Relationship")
    .map((c) => ({ id: c.attributes["Id"] ?? "", type: c.attributes["Type"] ?? "", target: c.attributes["Target"] ?? "" }));
}

function relationshipXml(r: Relationship): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

function relationshipsXml(rels: readonly Relationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rels.map(relationshipXml).join("")}</Relationships>`;
}

/** Adds a relationship to a part's .rels (creating it if needed) under an unused id; returns that id. */
function addRelationship(files: Unzipped, sourcePath: string, type: string, target: string): string {
  const relsPath = relsPathOf(sourcePath);
  const taken = new Set(relationshipsOf(files, relsPath).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const rel = { id: `rId${n}`, type, target };
  files[relsPath] = strToU8(files[relsPath] ? appendToRoot(part(files, relsPath), relationshipXml(rel)) : relationshipsXml([rel]));
  return rel.id;
}

/** The workbook's sheets in order: each one's name as readers will see it, and its part. */
function worksheetParts(files: Unzipped): Array<{ name: string; path: string }> {
  const office = relationshipsOf(files, "_rels/.rels").find((r) => r.type === REL.officeDocument);
  const workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const targets = new Map(relationshipsOf(files, relsPathOf(workbookPath)).filter((r) => r.type === REL.worksheet).map((r) => [r.id, resolveTarget(workbookPath, r.target)]));
  return elementsAt(part(files, workbookPath), ["workbook", "sheets", "sheet"]).map((sheet) => {
    const path = targets.get(sheet.attributesNS[`{${NS.relationships}}id`] ?? "");
    if (path === undefined) throw new InvariantError(`the written workbook has no worksheet part for ${sheet.attributes["name"] ?? "a sheet"}`);
    return { name: sheet.attributes["name"] ?? "", path };
  });
}

/**
 * `sheetXml` with `element` inserted as a child of the root, after every child
 * that precedes it in CT_Worksheet's sequence: before the first of `followers`,
 * or last when none is present.
 */
function insertInSequence(sheetXml: string, element: string, followers: ReadonlySet<string>): string {
  const outline = outlineXml(sheetXml);
  if (outline.rootSelfClosing) throw new InvariantError("a worksheet without sheetData");
  const firstAfter = outline.children.findIndex((c) => c.uri === outline.rootUri && followers.has(c.local));
  const previous = firstAfter === -1 ? outline.children[outline.children.length - 1] : outline.children[firstAfter - 1];
  return insertAt(sheetXml, previous ? previous.end : outline.rootOpenEnd, element);
}

function qualified(outline: XmlOutline, local: string): string {
  return outline.rootPrefix === "" ? local : `${outline.rootPrefix}:${local}`;
}

/** The worksheet with `<drawing r:id>` at its place in CT_Worksheet's sequence. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  const outline = outlineXml(sheetXml);
  if (outline.children.some((c) => c.local === "drawing" && c.uri === outline.rootUri)) {
    throw new InvariantError("the worksheet already has a drawing; charts cannot be added beside images");
  }
  const rPrefix = Object.entries(outline.rootNamespaces).find(([prefix, uri]) => prefix !== "" && uri === NS.relationships)?.[0];
  const element = qualified(outline, "drawing");
  const tag = rPrefix === undefined ? `<${element} xmlns:r="${NS.relationships}" r:id="${escapeXml(relId)}"/>` : `<${element} ${rPrefix}:id="${escapeXml(relId)}"/>`;
  return insertInSequence(sheetXml, tag, AFTER_DRAWING);
}

/**
 * The worksheet with a manual page break above each chart, so that a printed
 * chart starts on its own page: never cut by a page break, never under the
 * repeated header rows of a table page. Left as it is when the sheet already
 * has row breaks (they are someone else's layout).
 */
export function withPageBreaksAbove(sheetXml: string, charts: readonly ChartSpec[]): string {
  const outline = outlineXml(sheetXml);
  if (outline.children.some((c) => c.local === "rowBreaks" && c.uri === outline.rootUri)) return sheetXml;
  // A break's id is the zero-based row it sits above (ECMA-376 §18.3.1.9 brk); a break above row 0 means nothing.
  const rows = [...new Set(charts.map((c) => c.anchor.top))].filter((r) => r > 0).sort((x, y) => x - y);
  if (rows.length === 0) return sheetXml;
  const brk = qualified(outline, "brk");
  const breaks = rows.map((r) => `<${brk} id="${r}" max="16383" man="1"/>`).join("");
  const rowBreaks = qualified(outline, "rowBreaks");
  return insertInSequence(sheetXml, `<${rowBreaks} count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</${rowBreaks}>`, AFTER_ROW_BREAKS);
}

/** The first free N for `prefix{N}.xml` among the package's parts. */
function nextFreeNumber(files: Unzipped, prefix: string): number {
  let n = 1;
  while (files[`${prefix}${n}.xml`]) n++;
  return n;
}

/**
 * The .xlsx bytes with every sheet's charts added as DrawingML parts. Returns the
 * input unchanged when no sheet has a chart with series.
 */
export function addChartParts(xlsx: Uint8Array, sheets: readonly WrittenSheet[]): Uint8Array {
  if (!sheets.some((s) => drawable(s.spec).length > 0)) return xlsx;
  const files = unzipSync(xlsx);
  const written = worksheetParts(files);
  if (written.length !== sheets.length) throw new InvariantError(`${sheets.length} sheets given, ${written.length} in the written workbook`);
  const overrides: string[] = [];
  for (const [i, sheet] of sheets.entries()) {
    if (drawable(sheet.spec).length === 0) continue;
    // ExcelJS writes the sheets in the order they were added. References use the
    // name as the workbook part gives it to readers (an XML parser turns a line
    // break in an attribute into a space), so they always name the sheet readers see.
    const { name, path: sheetPath } = written[i]!;
    if (name !== sheet.name.replace(/[\t\n\r]/g, " ")) throw new InvariantError(`sheet ${i + 1} was written as ${name}, not ${sheet.name}`);
    const drawingPath = `xl/drawings/drawing${nextFreeNumber(files, "xl/drawings/drawing")}.xml`;
    const chartRels: Relationship[] = [];
    const placed = drawable(sheet.spec).map((chart, n) => {
      const chartPath = `xl/charts/chart${nextFreeNumber(files, "xl/charts/chart")}.xml`;
      files[chartPath] = strToU8(chartPartXml(chart, name, sheet.spec.rows));
      overrides.push(`<Override PartName="/${chartPath}" ContentType="${CONTENT_TYPE.chart}"/>`);
      const relId = `rId${n + 1}`;
      chartRels.push({ id: relId, type: REL.chart, target: relativeTarget(drawingPath, chartPath) });
      return { chart, relId };
    });
    files[drawingPath] = strToU8(drawingPartXml(placed));
    files[relsPathOf(drawingPath)] = strToU8(relationshipsXml(chartRels));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPE.drawing}"/>`);
    const relId = addRelationship(files, sheetPath, REL.drawing, relativeTarget(sheetPath, drawingPath));
    const sheetXml = withDrawingElement(part(files, sheetPath), relId);
    files[sheetPath] = strToU8(sheet.spec.print ? withPageBreaksAbove(sheetXml, drawable(sheet.spec)) : sheetXml);
  }
  files["[Content_Types].xml"] = strToU8(appendToRoot(part(files, "[Content_Types].xml"), overrides.join("")));
  return zipSync(files, { level: 6 });
}
