/**
 * The reader and the writer load on first use, each as its own chunk, so the
 * pane's first paint stays small and opening a file never loads ExcelJS (the
 * writer); SheetJS is a third chunk, loaded by the reader only for .xls,
 * .xlsb and .ods.
 */
import type { ReadWorkbookResult } from "./read-workbook";
import type { WorkbookSpec } from "../core";

export async function readWorkbookLazily(data: Uint8Array, fileName: string): Promise<ReadWorkbookResult> {
  const mod = await import(/* webpackChunkName: "reader" */ "./read-workbook");
  return mod.readWorkbook(data, fileName);
}

export async function writeWorkbookLazily(spec: WorkbookSpec): Promise<Uint8Array> {
  const mod = await import(/* webpackChunkName: "xlsx" */ "./write-workbook");
  return mod.writeWorkbook(spec);
}

interface MinimalFileReader {
  result: unknown;
  error: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  readAsArrayBuffer(blob: Blob): void;
}

export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  // Older webviews (and jsdom) lack Blob.arrayBuffer.
  // Looked up at run time: the CLI build has no DOM types, and only browsers reach this line.
  const Reader = (globalThis as unknown as { FileReader: new () => MinimalFileReader }).FileReader;
  return new Promise((resolve, reject) => {
    const reader = new Reader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error instanceof Error ? reader.error : new Error("read failed"));
    reader.readAsArrayBuffer(file);
  });
}
