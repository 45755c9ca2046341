/**
 * From styles.xml only what the engine uses: each cell style's number format
 * (the displayed text, dates) and font name (`.VnTime` tells TCVN3).
 */
import type { ReadLimits } from "../limits";
import type { ZipEntryInfo } from "../zip-directory";
import type { InflateBudget } from "../zip-entry";
import { BUILTIN_FORMATS, isDateFormat } from "./builtin-formats";
import { parseXmlPart } from "./xml-part";

export interface CellStyleInfo {
  readonly numFmt?: string;
  readonly font?: string;
  readonly isDate: boolean;
}

const NO_STYLE: CellStyleInfo = Object.freeze({ isDate: false });

export class StyleTable {
  constructor(private readonly styles: readonly CellStyleInfo[]) {}

  static empty(): StyleTable {
    return new StyleTable([]);
  }

  /**
   * Style 0 reads as no style, as ExcelJS read it: it is the workbook default
   * (General, the default font) and giving every unstyled cell a font would
   * change nothing the engine decides but every grid it compares.
   */
  get(index: number): CellStyleInfo {
    if (index <= 0) return NO_STYLE;
    return this.styles[index] ?? NO_STYLE;
  }
}

function intAttr(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function readStyles(b: Uint8Array, entry: ZipEntryInfo, limits: ReadLimits, budget: InflateBudget): StyleTable {
  const custom = new Map<number, string>();
  const fonts: Array<string | undefined> = [];
  const xfs: Array<{ numFmtId: number | undefined; fontId: number | undefined }> = [];
  let section = "";
  let inFont = false;
  let fontName: string | undefined;
  parseXmlPart(b, entry, limits, budget, {
    open(name, attrs) {
      switch (name) {
        case "numFmts":
        case "fonts":
        case "cellXfs":
        case "cellStyleXfs":
        case "dxfs":
          section = name;
          break;
        case "numFmt": {
          const id = intAttr(attrs["numFmtId"]);
          if (section === "numFmts" && id !== undefined && attrs["formatCode"] !== undefined) custom.set(id, attrs["formatCode"]);
          break;
        }
        case "font":
          if (section === "fonts") {
            inFont = true;
            fontName = undefined;
          }
          break;
        case "name":
          if (inFont) fontName = attrs["val"];
          break;
        case "xf":
          if (section === "cellXfs") xfs.push({ numFmtId: intAttr(attrs["numFmtId"]), fontId: intAttr(attrs["fontId"]) });
          break;
        default:
      }
    },
    close(name) {
      if (name === "font" && inFont) {
        fonts.push(fontName);
        inFont = false;
      } else if (name === section) {
        section = "";
      }
    },
    text() {},
  });
  const styles = xfs.map((xf): CellStyleInfo => {
    // As ExcelJS: id 0 (General) is no format, an unknown id is no format.
    const numFmt = xf.numFmtId ? (custom.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId]) : undefined;
    const font = xf.fontId === undefined ? undefined : fonts[xf.fontId];
    return {
      ...(numFmt === undefined || numFmt === "" ? {} : { numFmt }),
      ...(font === undefined || font === "" ? {} : { font }),
      isDate: isDateFormat(numFmt),
    };
  });
  return new StyleTable(styles);
}
