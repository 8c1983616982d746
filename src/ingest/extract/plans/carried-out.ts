import type { Lexicon } from '../../lexicon';

// What a plan that opens its clause may be followed by to say it is carried out (科教兴区战略深入实施):
// the lexicon's whole words, and every manner word before a verb of carrying out, so a text writing
// …规划正式印发 or …行动持续推进 reads as one writing …深入实施 does.

/** The words after a clause-opening plan that carry it out, longest first. */
export function carriedOutWords(named: Lexicon['plans']['named']): string[] {
  const pairs = named.afterAdverbs.flatMap((a) => named.afterVerbs.map((v) => a + v));
  return [...new Set([...named.afterCues, ...pairs])].sort((a, b) => b.length - a.length);
}
