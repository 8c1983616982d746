// A Markdown table: readable on a terminal and rendered on GitHub.

export type Cell = string | number | null | undefined;

export const num = (v: number | null | undefined, places = 1): string =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '–'
    : v.toLocaleString('en', { minimumFractionDigits: places, maximumFractionDigits: places });

export function table(headers: string[], rows: Cell[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const out = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`];
  for (const r of cells) out.push(`| ${r.join(' | ')} |`);
  return out.join('\n');
}
