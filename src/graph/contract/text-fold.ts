import { toSimplified } from '../../model';

// Folding for name lookups and search: the graph layer may not import ingest, so it keeps its own
// small fold (简繁 via model/simplified-chinese, full-width → half-width via NFKC, case). Unlike
// the ingest fold it need not preserve offsets: keys and tokens are only compared, never mapped back.

/** Quote marks and title brackets that wrap names in running text (“城市云脑”, 《…》). */
const QUOTE_MARKS = /[“”"'‘’《》〈〉「」『』]/g;

/** Simplified, half-width, lower-case text. */
export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

// Names repeat across writes (every upsert re-keys its node), and folding runs OpenCC: remember
// the keys already computed. Bounded, so a huge graph cannot grow it without limit.
const keys = new Map<string, string>();
const MAX_KEYS = 200_000;

/** The key two names must share to be "the same name": folded, quote marks dropped, spaces squeezed. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = foldText(name).replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim();
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}
