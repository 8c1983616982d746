import { longestFirst } from '../segment';

// Noun phrases before a word (…平台, …领导小组, …达4.5万个): walk back over name characters,
// then cut after the last boundary word (a verb, 的, 等 …) so only the name is left.

const NAME_CHAR = /[\u4e00-\u9fa5A-Za-z0-9+\-×·、]/;

/**
 * Start of the phrase that ends at `end`, at most `max` characters long, never before `floor`.
 * A boundary word right before `end` leaves an empty phrase (start === end). A boundary that
 * cuts through one of the `whole` words (新建|设 in 新建设) is not one.
 */
export function phraseStart(
  folded: string,
  end: number,
  max: number,
  boundaries: readonly string[],
  floor = 0,
  quotes = false,
  whole: readonly string[] = [],
): number {
  let start = end;
  const ok = (ch: string) => NAME_CHAR.test(ch) || (quotes && (ch === '“' || ch === '”'));
  while (start > Math.max(floor, end - max) && ok(folded[start - 1])) start--;
  const window = folded.slice(start, end);
  const cuts = (i: number, len: number) =>
    whole.some((w) => {
      for (let j = i + 1; j < i + len; j++) if (window.startsWith(w, j) && j + w.length > i + len) return true;
      return false;
    });
  let cut = 0;
  for (const word of longestFirst(boundaries)) {
    let i = window.lastIndexOf(word);
    while (i >= 0 && cuts(i, word.length)) i = i > 0 ? window.lastIndexOf(word, i - 1) : -1;
    if (i >= 0 && i + word.length > cut) cut = i + word.length;
  }
  return start + cut;
}

const NOTE = /^[(（][\u4e00-\u9fa5A-Za-z0-9]{1,6}[)）]/;

/**
 * End of the phrase that starts at `start`: up to a boundary word or a non-name character.
 * With `notes`, a short note in brackets inside the phrase is part of it (建设(试点)项目).
 */
export function phraseEnd(folded: string, start: number, max: number, boundaries: readonly string[], notes = false): number {
  let end = start;
  const stop = Math.min(folded.length, start + max);
  while (end < stop) {
    if (NAME_CHAR.test(folded[end]) || '“”'.includes(folded[end])) {
      end++;
      continue;
    }
    const note = notes && end > start ? NOTE.exec(folded.slice(end, end + 8)) : null;
    if (!note || !NAME_CHAR.test(folded[end + note[0].length] ?? '')) break;
    end += note[0].length;
  }
  const window = folded.slice(start, end);
  let cut = window.length;
  for (const word of boundaries) {
    const i = window.indexOf(word, 1);
    if (i > 0 && i < cut) cut = i;
  }
  return start + cut;
}

/** Quoted ranges (“…”) of a text, as [start, end) including the marks. */
export function quotedRanges(folded: string, from = 0, to = folded.length, max = 80): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(`“[^“”\\n]{1,${max}}”|《[^《》\\n]{1,${max}}》`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(folded); m && m.index < to; m = re.exec(folded)) out.push([m.index, m.index + m[0].length]);
  return out;
}
