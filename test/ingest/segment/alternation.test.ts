import { loadLexicon } from '../../../src/ingest';
import { alternation, firstCharacters, longestFirst } from '../../../src/ingest/segment';

// A long alternation opens with a lookahead at its words' first characters, so the engine can
// skip a position in one test: it must find exactly what the words alone find.

const lexicon = loadLexicon();
// A sentence of seed 004, with plan cues (印发, 推进) and a city in it.
const SENTENCE = '印发《数字青岛2025年行动方案》,重点推进“人工智能+”等54项任务。';

const matches = (pattern: string, flags: string) => [...SENTENCE.matchAll(new RegExp(pattern, flags))].map((m) => [m.index, m[0]]);
const plain = (words: readonly string[]) =>
  longestFirst(words)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

describe('alternation of a long word list', () => {
  it('finds exactly what the plain alternation finds, with and without the u flag', () => {
    const cues = lexicon.plans.named.cues;
    expect(alternation(cues)).toMatch(/^\(\?=\[/);
    for (const flags of ['g', 'gu']) expect(matches(alternation(cues), flags)).toEqual(matches(plain(cues), flags));
    expect(matches(alternation(cues), 'g').map(([, w]) => w)).toEqual(['印发', '推进']);
  });

  it('reads the cities of the sentence through a guard it is given by firstCharacters', () => {
    const cities = longestFirst(lexicon.places.cities);
    const guarded = `${firstCharacters(cities)}(?:${cities.join('|')})`;
    expect(matches(guarded, 'g').map(([, w]) => w)).toEqual(['青岛']);
  });

  it('escapes what a character class would read as its own syntax', () => {
    const words = ['-x', '^y', ']z', '\\w', 'a.b', 'c', 'd', 'e', 'f', 'g'];
    const re = new RegExp(alternation(words), 'g');
    expect('^y ]z \\w a.b -x axb'.match(re)).toEqual(['^y', ']z', '\\w', 'a.b', '-x']);
  });

  it('leaves a short list, or one holding the empty word, unguarded', () => {
    expect(alternation(['推进', '推动'])).toBe('推进|推动');
    expect(firstCharacters(['', ...lexicon.places.cities])).toBe('');
  });
});
