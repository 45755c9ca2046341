/**
 * ExcelJS writes only workbook-scoped defined names, so several templates in
 * one workbook could not each keep PTDV_INPUTS. The combined spec names them
 * `PTDV_INPUTS__PTDVSHEET3`; this turns each back into `PTDV_INPUTS` scoped to
 * sheet 3 (localSheetId), as Excel itself stores a sheet-level name.
 */
export const SCOPE_MARKER = "__PTDVSHEET";

const MARKED = new RegExp(`<((?:\\w+:)?definedName)\\b([^>]*?)\\bname="([^"]+?)${SCOPE_MARKER}(\\d+)"([^>]*)>`, "g");

/** Rewrites the marked names of xl/workbook.xml; text without marks comes back unchanged. */
export function scopeWorkbookXml(workbookXml: string): string {
  return workbookXml.replace(MARKED, (_m, tag: string, before: string, name: string, index: string, after: string) => {
    const attrs = `${before}${after}`.replace(/\s*\blocalSheetId="\d+"/g, "");
    return `<${tag}${attrs.replace(/\s+$/, "")} name="${name}" localSheetId="${index}">`.replace(/<(\S+)\s{2,}/, "<$1 ");
  });
}

export async function scopeDefinedNames(xlsx: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "zip" */ "jszip");
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file("xl/workbook.xml");
  if (!part) return xlsx;
  const xml = await part.async("string");
  const scoped = scopeWorkbookXml(xml);
  if (scoped === xml) return xlsx;
  zip.file("xl/workbook.xml", scoped);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
