/**
 * Which encoding a set of cells is in: by content (valid syllables after each
 * decoding) and by the cells' fonts when the host knows them.
 */
import { detectByContent, detectEncoding, encodeLegacy } from "../../src/core/text/legacy";

const dang = encodeLegacy("đảng", "tcvn3");
/** Decodes to no Vietnamese in any encoding. */
const junk = encodeLegacy("đxyz", "tcvn3");
const garbled = "\u00AA\u00AB\u00AC";

describe("detectByContent", () => {
  it("finds TCVN3 at two valid words for one invalid, and not below", () => {
    expect(detectByContent([`${dang} ${dang} ${junk}`])).toBe("tcvn3");
    expect(detectByContent([`${dang} ${junk}`])).toBeNull();
    expect(detectByContent([`${dang} ${dang} ${dang} ${junk} ${junk}`])).toBeNull();
  });

  it("finds each encoding from a name typed in it", () => {
    for (const enc of ["tcvn3", "vni", "viscii"] as const) expect(detectByContent([encodeLegacy("Đảng bộ xã Lạc Lâm", enc)])).toBe(enc);
  });

  it("gives a tie between TCVN3 and VNI to TCVN3", () => {
    // `mÖt` is `mệt` in TCVN3 and `mưt` in VNI: one valid syllable either way.
    expect(detectByContent(["m\u00D6t"])).toBe("tcvn3");
  });

  it("keeps Unicode Vietnamese out of the count, even text that a decoding would garble", () => {
    // Read as TCVN3, `Tháp` and `Tây` stop being words: counted, they would sink the legacy cells' verdict.
    expect(detectByContent([dang, dang, junk, "Đồng Tháp, Tây Ninh"])).toBe("tcvn3");
    expect(detectByContent(["Đồng Tháp, Tây Ninh", "Ka Do"])).toBeNull();
  });

  it("keeps text that already reads as Vietnamese in Latin-1", () => {
    expect(detectByContent(["Hà Tây", "Cà Mau", "Pró"])).toBeNull();
  });

  it("wants more valid words than the text as it stands, not only fewer invalid ones", () => {
    // VISCII reads the no-break space as `Õ` and joins the two signs into one (invalid) word: one invalid word less, no valid one more.
    expect(detectByContent(["Hà Tây Cà", "\u00BC\u00A0\u00BD"])).toBeNull();
  });

  it("finds nothing in text no decoding makes Vietnamese, nor in plain ASCII", () => {
    expect(detectByContent([garbled, garbled])).toBeNull();
    expect(detectByContent(["STT", "Ka Do"])).toBeNull();
    expect(detectByContent([])).toBeNull();
  });

  it("gives the same verdict when asked again", () => {
    const texts = [dang, dang, junk];
    expect([detectByContent(texts), detectByContent([dang, junk]), detectByContent(texts)]).toEqual(["tcvn3", null, "tcvn3"]);
  });
});

describe("detectEncoding", () => {
  it("lets one legacy font win a tie against one Unicode font", () => {
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "Times New Roman" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled, font: "Arial" }, { text: garbled, font: "VNI-Times" }])).toBe("vni");
  });

  it("lets content decide when Unicode fonts outnumber the legacy ones", () => {
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "Arial" }, { text: garbled, font: "Arial" }])).toBeNull();
    const vniName = encodeLegacy("Đảng bộ xã Lạc Lâm", "vni");
    expect(detectEncoding([{ text: vniName, font: ".VnTime" }, { text: vniName, font: "Arial" }, { text: vniName, font: "Arial" }])).toBe("vni");
  });

  it("takes the legacy font most cells have, the one met first on a tie", () => {
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: ".VnTime" }, { text: garbled, font: ".VnArial" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: "VNI-Helve" }, { text: garbled, font: ".VnTime" }])).toBe("vni");
    expect(detectEncoding([{ text: garbled, font: "VNI-Times" }, { text: garbled, font: ".VnTime" }])).toBe("vni");
    expect(detectEncoding([{ text: garbled, font: ".VnTime" }, { text: garbled, font: "VNI-Times" }])).toBe("tcvn3");
  });

  it("counts no vote for a cell whose font is unknown", () => {
    expect(detectEncoding([{ text: garbled }, { text: garbled }, { text: garbled, font: ".VnTime" }])).toBe("tcvn3");
  });

  it("counts no vote for cells in Unicode Vietnamese or plain ASCII, whatever their font", () => {
    expect(detectEncoding([{ text: "Đảng bộ", font: "Arial" }, { text: "Ka Do", font: "Arial" }, { text: garbled, font: ".VnTime" }])).toBe("tcvn3");
    expect(detectEncoding([{ text: "Đảng bộ", font: ".VnTime" }, { text: "Ka Do", font: ".VnTime" }, { text: garbled, font: "VNI-Times" }])).toBe("vni");
  });

  it("falls back on content when no font is known", () => {
    expect(detectEncoding([{ text: `${dang} ${dang} ${junk}` }])).toBe("tcvn3");
    expect(detectEncoding([{ text: garbled }])).toBeNull();
  });
});
