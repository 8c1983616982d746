import { encode } from 'html-entities';

// Search snippets: a window of the matched text around the first match, HTML-escaped, with the
// matched parts wrapped in <mark>. The query matches whole, or else by its CJK bigrams / words,
// the same units the full-text index matches on (大模型 → 大模, 模型).

const WINDOW = 30;

type Range = [number, number];

export function queryUnits(query: string): string[] {
  const q = query.trim().toLowerCase();
  const units = new Set<string>();
  for (const run of q.match(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run) && run.length > 2) {
      for (let i = 0; i + 2 <= run.length; i++) units.add(run.slice(i, i + 2));
    } else units.add(run);
  }
  return [...units];
}

function findAll(hay: string, needle: string): Range[] {
  const out: Range[] = [];
  for (let i = hay.indexOf(needle); i >= 0 && needle; i = hay.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function matchRanges(text: string, query: string): Range[] {
  const hay = text.toLowerCase();
  const q = query.trim().toLowerCase();
  const whole = findAll(hay, q);
  return merge(whole.length ? whole : queryUnits(q).flatMap((u) => findAll(hay, u)));
}

export function snippet(text: string, query: string): string {
  const ranges = matchRanges(text, query);
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - WINDOW) : 0;
  const end = Math.min(text.length, (first ? first[1] : 0) + WINDOW * 2);
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    out += encode(text.slice(at, Math.max(at, s))) + `<mark>${encode(text.slice(Math.max(s, at), Math.min(e, end)))}</mark>`;
    at = Math.min(e, end);
  }
  return out + encode(text.slice(at, end)) + (end < text.length ? '…' : '');
}
