/** glibc's iconv as the independent oracle for the legacy tables. */
import { spawnSync } from "node:child_process";

export function iconv(input: Uint8Array, from: string, to: string): Buffer {
  const r = spawnSync("iconv", ["-f", from, "-t", to], { input });
  if (r.status !== 0) throw new Error(`iconv -f ${from} -t ${to} failed: ${r.stderr.toString()}`);
  return r.stdout;
}

/** Windows-1252 per byte, from iconv too (Node's TextDecoder treats it as Latin-1); undefined bytes stay C1 controls. */
const CP1252: string[] = Array.from({ length: 256 }, (_, b) => {
  if (b < 0x80 || b > 0x9f) return String.fromCharCode(b);
  const r = spawnSync("iconv", ["-f", "CP1252", "-t", "UTF-8"], { input: Uint8Array.of(b) });
  return r.status === 0 && r.stdout.length > 0 ? r.stdout.toString("utf8") : String.fromCharCode(b);
});

/** How Excel shows legacy bytes typed in a .VnTime/VISCII font: their Windows-1252 characters. */
export function asWindows1252(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => CP1252[b] ?? "").join("");
}

export function utf8(text: string): Buffer {
  return Buffer.from(text, "utf8");
}
