/**
 * How the register's printed sheets (Biểu 2, the person list, the probation
 * list) must look, stated once for their tests. Written out here rather than
 * imported from src/core/register/sheet-parts.ts: a test comparing the engine's
 * styles with themselves could not fail, and a changed size, fill or number
 * format must. Built from the parts the sheets share, so each difference
 * between two styles stands out.
 */

/** Party documents are typed in Times New Roman. */
const font = (size: number, emphasis: { bold?: true; italic?: true } = {}) => ({ name: "Times New Roman", size, ...emphasis });
const bold = { bold: true } as const;
const centred = { horizontal: "center" } as const;
/** A cell of the table: framed and centred vertically. */
const framed = { border: true, vertical: "middle" } as const;
/** A figure in the table, centred, in the given number format. */
const figure = (numFmt: string) => ({ font: font(12), ...framed, ...centred, numFmt });

export const STYLE = {
  title: { font: font(14, bold), ...centred, wrap: true },
  subtitle: { font: font(13, bold), ...centred },
  issuer: { font: font(12), ...centred },
  issuerBold: { font: font(12, bold), ...centred },
  formNo: { font: font(12, bold), ...centred, border: true },
  italic: { font: font(12, { italic: true }), ...centred },
  header: { font: font(11, bold), fill: "#D9E1F2", ...centred, ...framed, wrap: true },
  label: { font: font(12), ...framed, wrap: true },
  labelBold: { font: font(12, bold), ...framed, wrap: true },
  text: { font: font(12), ...framed, wrap: true },
  number: figure("0"),
  decimal: figure("0.0"),
  date: figure("dd/mm/yyyy"),
  note: { font: font(11, { italic: true }) },
};
