// The one written form of a period (时期), shared by whoever reads or asks for one: a year
// '2024', a half '2025H1', a month '2024-04' or a range '2023-2025'. Texts join a range with
// any dash, a tilde or 至 (2023—2025, 2023–2025, 2023~2025, 2023至2025年); all become '-'.

const RANGE = /^(\d{4})\s*年?\s*[-‐‑‒–—―－~～至]+\s*(\d{4})\s*年?$/;
const YEAR = /^(\d{4})\s*年$/;

/** The canonical form of a period as written by a user or a document; other text is trimmed only. */
export function normalisePeriod(text: string): string {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const range = RANGE.exec(t);
  if (range) return `${range[1]}-${range[2]}`;
  const year = YEAR.exec(t);
  return year ? (year[1] as string) : t;
}
