import { longestFirst } from '../../segment';

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
  // The cut is the furthest end of any boundary in the window: read ends back from the window's
  // end, trying only the words that end in the character there.
  const ends = endings(boundaries);
  if (ends.empty) return start + window.length;
  for (let e = window.length; e > 0; e--) {
    const words = ends.byLast.get(window[e - 1]);
    if (!words) continue;
    for (const word of words) {
      const i = e - word.length;
      if (i >= 0 && window.startsWith(word, i) && !cuts(i, word.length)) return start + e;
    }
  }
  return start;
}

interface Endings {
  byLast: Map<string, string[]>;
  /** An empty word is a boundary at the very end. */
  empty: boolean;
}
// Per boundary list: phraseStart runs for every candidate of every stage, a list often hundreds long.
const endingsOf = new WeakMap<readonly string[], Endings>();
function endings(boundaries: readonly string[]): Endings {
  let e = endingsOf.get(boundaries);
  if (!e) {
    e = { byLast: new Map(), empty: false };
    for (const word of longestFirst(boundaries)) {
      if (!word) e.empty = true;
      else {
        const last = word[word.length - 1];
        const list = e.byLast.get(last);
        if (list) list.push(word);
        else e.byLast.set(last, [word]);
      }
    }
    endingsOf.set(boundaries, e);
  }
  return e;
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

/**
 * Whether an offset lies inside 《…》: the last 《 at or before it is not closed before it (with
 * `closedAfter`, a 》 also stands at or after it). The brackets are listed once, so each question
 * is a binary search, not a scan back through the text.
 */
export function titleTest(folded: string, closedAfter = false): (at: number) => boolean {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === '《') opens.push(i);
    else if (folded[i] === '》') closes.push(i);
  }
  // The greatest value in a sorted list that is <= limit, or -1.
  const lastAtMost = (list: number[], limit: number) => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] <= limit) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const lastClose = closes.length ? closes[closes.length - 1] : -1;
  return closedAfter
    ? (at) => {
        const open = lastAtMost(opens, at);
        return open >= 0 && lastAtMost(closes, at) < open && lastClose >= at;
      }
    : (at) => {
        const open = lastAtMost(opens, at);
        return open >= 0 && lastAtMost(closes, at - 1) < open;
      };
}
