// Numbers as a reader writes them: no floating-point tails (1.27, not 1.2746268656716417).

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const formatNumber = (v: number | null | undefined) => (v === null || v === undefined ? '—' : NUMBER.format(v));

/** A ratio to two decimals, with its percentage: 1.27 (127%). */
export const formatRatio = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${r.toFixed(2)} (${Math.round(r * 100)}%)`;

/** A score 0–1 to two decimals. */
export const formatScore = (s: number) => s.toFixed(2);

export const withUnit = (v: number | null | undefined, unit: string | null | undefined) => `${formatNumber(v)}${unit ? ` ${unit}` : ''}`;

/** A period on a time axis: 2024 → 2024, 2025H1 → 2025.25, 2025-06 → 2025.46. */
export function periodPosition(period: string): number | null {
  const m = /^(\d{4})(?:[-.年]?(?:H([12])|Q([1-4])|(\d{1,2})))?/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return year + (m[2] === '1' ? 0.25 : 0.75);
  if (m[3]) return year + (Number(m[3]) - 0.5) / 4;
  if (m[4]) return year + (Number(m[4]) - 0.5) / 12;
  return year + 0.5;
}
