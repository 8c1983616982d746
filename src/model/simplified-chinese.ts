interface OpenCCBundle {
  Converter(o: { from: string; to: string }): (s: string) => string;
  Locale?: { configs?: Record<string, { normalizationChain?: unknown[][]; conversionChain?: unknown[][] } | undefined> };
}
// opencc-js ships ESM types only; its CommonJS build is loaded directly (t2cn: the small bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC: OpenCCBundle = require('opencc-js/t2cn');

// Traditional → simplified Chinese (opencc-js t→cn), shared by ingest's fold and the graph's
// name and search keys. The converter walks its dictionaries at every character; most text is
// simplified already, so a text it cannot change is handed back without running it.

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * What a text must hold for the converter to change it, read from its own dictionaries (t2s:
 * normalisation, then phrases and characters). The converter replaces matches of its keys by
 * their values, so a text in which no key with a different value occurs comes back unchanged.
 * Each such key is caught by a witness: one of its characters that is itself converted (亂, 後;
 * a high surrogate stands for any character beyond the BMP it opens), else, for the ~110 phrases
 * made only of characters kept as they are (反覆 → 反复, 沈思 → 沉思), the phrase itself, looked
 * for where its first character stands. Null when the dictionaries cannot be read: then every
 * text is converted.
 */
interface Witnesses {
  /** 1: a converted character (or its high surrogate); 2: the first unit of a witnessed phrase. */
  units: Uint8Array;
  phrases: Map<number, string[]>;
}
const WITNESSES = witnesses();
function witnesses(): Witnesses | null {
  const t2s = OpenCC.Locale?.configs?.t2s;
  const groups = [...(t2s?.normalizationChain ?? []), ...(t2s?.conversionChain ?? [])];
  if (!t2s || !groups.length) return null;
  const changed: string[] = [];
  for (const group of groups) {
    for (const dict of group) {
      if (typeof dict !== 'string') return null;
      // "key value|key value", read as the converter reads it (its first value).
      for (const entry of dict.split('|')) {
        const [key, value] = entry.split(' ');
        if (key && key !== value) changed.push(key);
      }
    }
  }
  const oneCharacter = (k: string) => k.length === 1 || (k.length === 2 && k.codePointAt(0)! > 0xffff);
  const units = new Uint8Array(0x10000);
  for (const k of changed) if (oneCharacter(k)) units[k.charCodeAt(0)] = 1;
  const phrases = new Map<number, string[]>();
  for (const k of changed) {
    if (oneCharacter(k)) continue;
    let witnessed = false;
    for (let i = 0; i < k.length && !witnessed; i++) witnessed = units[k.charCodeAt(i)] === 1;
    if (witnessed) continue;
    const first = k.charCodeAt(0);
    if (units[first] === 0) units[first] = 2;
    const list = phrases.get(first);
    if (list) list.push(k);
    else phrases.set(first, [k]);
  }
  return { units, phrases };
}

/** Whether the converter could change `text` (false: it would return it as it is). */
export function mayHoldTraditional(text: string): boolean {
  if (!WITNESSES) return true;
  const { units, phrases } = WITNESSES;
  for (let i = 0; i < text.length; i++) {
    const u = units[text.charCodeAt(i)];
    if (u === 1) return true;
    if (u === 2) for (const p of phrases.get(text.charCodeAt(i))!) if (text.startsWith(p, i)) return true;
  }
  return false;
}

/** The text in simplified characters, as opencc-js t→cn gives it (phrase rules may change its length). */
export function toSimplified(text: string): string {
  return mayHoldTraditional(text) ? convert(text) : text;
}
