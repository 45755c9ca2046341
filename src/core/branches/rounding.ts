/** One decimal, half away from zero as Excel's ROUND; the nudge keeps 6.25 → 6.3 despite binary fractions. */
export function roundOneDecimal(x: number): number {
  return Math.round(x * 10 * (1 + Number.EPSILON)) / 10;
}
