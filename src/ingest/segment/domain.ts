import type { Lexicon } from '../lexicon';
import { longestFirst } from './text';

// Domains (领域): a heading or a sentence that names a domain (or one of its other names)
// belongs to it; otherwise the keyword that occurs most decides.

const cache = new WeakMap<Lexicon, [string, string][]>();

function names(lexicon: Lexicon): [string, string][] {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const pairs: [string, string][] = Object.keys(lexicon.domains.keywords).map((d) => [d, d]);
  for (const [alias, domain] of Object.entries(lexicon.domains.aliases)) pairs.push([alias, domain]);
  const order = longestFirst(pairs.map((p) => p[0]));
  const sorted = order.map((w) => pairs.find((p) => p[0] === w) as [string, string]);
  cache.set(lexicon, sorted);
  return sorted;
}

/** The domain a heading names, at its earliest mention. */
export function domainOfHeading(heading: string, lexicon: Lexicon): string | undefined {
  let best: string | undefined;
  let at = Infinity;
  for (const [word, domain] of names(lexicon)) {
    const i = heading.indexOf(word);
    if (i >= 0 && i < at) {
      at = i;
      best = domain;
    }
  }
  return best;
}

/** The domain a sentence opens with ("数字生态赋能转型…", "数据要素方面,…"). */
export function domainOfLead(sentence: string, lexicon: Lexicon): string | undefined {
  const lead = sentence.slice(0, 12);
  const aspect = /^([^,;，；]{2,10})方面[,，]/.exec(sentence);
  if (aspect) return domainOfHeading(aspect[1], lexicon);
  for (const [word, domain] of names(lexicon)) if (lead.startsWith(word)) return domain;
  return undefined;
}

/** The domain whose keywords occur most in a text (ties: the order of the lexicon). */
export function domainOfKeywords(text: string, lexicon: Lexicon): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [domain, words] of Object.entries(lexicon.domains.keywords)) {
    const n = words.reduce((acc, w) => acc + (text.includes(w) ? w.length : 0), 0);
    if (n > bestCount) {
      best = domain;
      bestCount = n;
    }
  }
  return best;
}
