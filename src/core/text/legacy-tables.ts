/**
 * Byte tables of the legacy Vietnamese encodings, indexed by byte value.
 *
 * TCVN3 is TCVN 5712:1993 "VN3" (the ABC/.VnTime encoding) and VISCII is RFC 1456;
 * both are transcribed from glibc's TCVN5712-1 and VISCII charmaps and checked
 * byte by byte against `iconv` in test/text/legacy-iconv.test.ts.
 */

/**
 * TCVN3 bytes 0xA1…0xFF. 0xAD is `ư` (in Windows-1252 a soft hyphen). 0xB0…0xB4
 * are combining tone marks, composed by NFC afterwards as glibc does. The few
 * toned capitals here (0xAF, 0xBA, 0xC0…0xC5, …) come from VN1; .VnTime fonts
 * have no glyphs there, so encoding never produces them.
 */
export const TCVN3_HIGH = [
  "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0\u0300",
  "\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE",
  "\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD\u00E9",
  "\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2\u1ED4",
  "\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1ED6",
  "\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0",
].join("");

/** First byte of TCVN3_HIGH. Bytes 0x80…0x9F hold toned capitals only in VN1, which .VnTime files never use. */
export const TCVN3_FIRST = 0xa1;

/** VISCII bytes 0x80…0xFF. */
export const VISCII_HIGH = [
  "\u1EA0\u1EAE\u1EB0\u1EB6\u1EA4\u1EA6\u1EA8\u1EAC\u1EBC\u1EB8\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1ED0",
  "\u1ED2\u1ED4\u1ED6\u1ED8\u1EE2\u1EDA\u1EDC\u1EDE\u1ECA\u1ECE\u1ECC\u1EC8\u1EE6\u0168\u1EE4\u1EF2",
  "\u00D5\u1EAF\u1EB1\u1EB7\u1EA5\u1EA7\u1EA9\u1EAD\u1EBD\u1EB9\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1ED1",
  "\u1ED3\u1ED5\u1ED7\u1EE0\u01A0\u1ED9\u1EDD\u1EDF\u1ECB\u1EF0\u1EE8\u1EEA\u1EEC\u01A1\u1EDB\u01AF",
  "\u00C0\u00C1\u00C2\u00C3\u1EA2\u0102\u1EB3\u1EB5\u00C8\u00C9\u00CA\u1EBA\u00CC\u00CD\u0128\u1EF3",
  "\u0110\u1EE9\u00D2\u00D3\u00D4\u1EA1\u1EF7\u1EEB\u1EED\u00D9\u00DA\u1EF9\u1EF5\u00DD\u1EE1\u01B0",
  "\u00E0\u00E1\u00E2\u00E3\u1EA3\u0103\u1EEF\u1EAB\u00E8\u00E9\u00EA\u1EBB\u00EC\u00ED\u0129\u1EC9",
  "\u0111\u1EF1\u00F2\u00F3\u00F4\u00F5\u1ECF\u1ECD\u1EE5\u00F9\u00FA\u0169\u1EE7\u00FD\u1EE3\u1EEE",
].join("");

/** The six C0 control positions VISCII reuses for capitals. */
export const VISCII_LOW: Readonly<Record<number, string>> = {
  0x02: "\u1EB2",
  0x05: "\u1EB4",
  0x06: "\u1EAA",
  0x14: "\u1EF6",
  0x19: "\u1EF8",
  0x1e: "\u1EF4",
};

/** Windows-1252 characters for bytes 0x80…0x9F: how Excel stores legacy bytes typed in a .VnTime or VISCII font. */
export const CP1252_C1: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};
