// Cutting a text into segments by overlapping spans: each segment lists the spans covering it,
// so nested and overlapping extractions all stay visible and clickable.

export interface OwnedSpan {
  start: number;
  end: number;
  owner: { id: string; name: string; label: string };
  relation: string;
}

export interface Segment {
  start: number;
  end: number;
  spans: OwnedSpan[];
}

export function segments(textLength: number, spans: OwnedSpan[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= textLength && s.start < s.end);
  const cuts = [...new Set([0, textLength, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    out.push({ start, end, spans: valid.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

/** Each span once (the same sentence is often the source of a task and of its target). */
export function dedupe(spans: OwnedSpan[]): OwnedSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.owner.id}:${s.relation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
