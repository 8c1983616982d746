// When a value holds or is due (时期): a year (2022), a month (2022-10), a half (2025H1), a
// quarter (2025Q3) or a span of years (2023-2025, a plan's years or a five-year sum). One value
// type shared by segment, extract, link and the API, so no layer parses period strings itself.
// Written forms are read leniently: texts and users join a span with any dash, a tilde or 至
// (2023—2025, 2023~2025, 2023至2025年), add 年, or type full-width digits.

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'span'; from: number; to: number };

/** A half-open interval of months since year 0: [start, end). */
export interface MonthInterval {
  start: number;
  end: number;
}

const YEAR = /^(\d{4})\s*年?$/;
const MONTH = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/;
const HALF = /^(\d{4})H([12])$/i;
const QUARTER = /^(\d{4})Q([1-4])$/i;
const SPAN = /^(\d{4})\s*年?\s*[-‐‑‒–—―－~～至]+\s*(\d{4})\s*年?$/;

/** Whether every character is an ASCII digit. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Full-width digits (２０２３) read as ASCII ones. */
const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export const Period = {
  year: (year: number): Period => ({ kind: 'year', year }),
  month: (year: number, month: number): Period => ({ kind: 'month', year, month }),
  half: (year: number, half: 1 | 2): Period => ({ kind: 'half', year, half }),
  quarter: (year: number, quarter: 1 | 2 | 3 | 4): Period => ({ kind: 'quarter', year, quarter }),
  /** A span of whole years; one year is just that year. */
  span: (from: number, to: number): Period =>
    from === to ? { kind: 'year', year: from } : { kind: 'span', from: Math.min(from, to), to: Math.max(from, to) },

  /** '2022', '2022-10', '2025H1', '2025Q3', '2023-2025' (any dash, 年), or a year as a number; undefined otherwise. */
  parse(text: string | number | null | undefined): Period | undefined {
    if (typeof text === 'number') return Number.isInteger(text) ? Period.year(text) : undefined;
    if (typeof text !== 'string') return undefined;
    // A year as the pipeline writes it ('2025'): asked of every value's period, so read without a pattern or a copy.
    if (text.length === 4 && isDigits(text)) return Period.year(Number(text));
    const t = asciiDigits(text.trim());
    let m = YEAR.exec(t);
    if (m) return Period.year(Number(m[1]));
    m = MONTH.exec(t);
    if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Period.month(Number(m[1]), Number(m[2])) : undefined;
    m = HALF.exec(t);
    if (m) return Period.half(Number(m[1]), Number(m[2]) as 1 | 2);
    m = QUARTER.exec(t);
    if (m) return Period.quarter(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4);
    m = SPAN.exec(t);
    if (m && Number(m[2]) >= Number(m[1])) return Period.span(Number(m[1]), Number(m[2]));
    return undefined;
  },

  format(p: Period): string {
    switch (p.kind) {
      case 'year':
        return String(p.year);
      case 'month':
        return `${p.year}-${String(p.month).padStart(2, '0')}`;
      case 'half':
        return `${p.year}H${p.half}`;
      case 'quarter':
        return `${p.year}Q${p.quarter}`;
      case 'span':
        return `${p.from}-${p.to}`;
    }
  },

  /** The canonical written form of a period as a user or a document wrote it ('2023—2025' → '2023-2025'); other text is trimmed only. */
  normalise(text: string): string {
    const p = Period.parse(text);
    return p ? Period.format(p) : text.trim();
  },

  months(p: Period): MonthInterval {
    const at = (year: number, from: number, length: number) => ({ start: year * 12 + from, end: year * 12 + from + length });
    switch (p.kind) {
      case 'year':
        return at(p.year, 0, 12);
      case 'month':
        return at(p.year, p.month - 1, 1);
      case 'half':
        return at(p.year, (p.half - 1) * 6, 6);
      case 'quarter':
        return at(p.year, (p.quarter - 1) * 3, 3);
      case 'span':
        return { start: p.from * 12, end: (p.to + 1) * 12 };
    }
  },

  firstYear: (p: Period): number => (p.kind === 'span' ? p.from : p.year),
  /** The year a target is due or an actual is as of: a span's last. */
  lastYear: (p: Period): number => (p.kind === 'span' ? p.to : p.year),
  containsYear: (p: Period, year: number): boolean => Period.firstYear(p) <= year && year <= Period.lastYear(p),

  /** By when it ends, then by when it starts (a five-year sum before the year it ends with). */
  compare(a: Period, b: Period): number {
    const x = Period.months(a);
    const y = Period.months(b);
    return x.end - y.end || x.start - y.start;
  },
};
