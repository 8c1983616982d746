import { loadLexicon } from '../../../src/ingest';
import { wordAt } from '../../../src/ingest/segment';

// wordAt answers what `words.find((w) => text.startsWith(w, at))` does, trying only the words that share the
// character at `at`: the list's own order decides between several (the first listed wins, not the longest), a
// word turned down by `accept` lets the next one in, and a list holding the empty word is read whole.
// The texts are invented phrases in the wording of the agency rules' examples.

const lexicon = loadLexicon();
const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result];
const find = (text: string, at: number, words: readonly string[], accept: (w: string) => boolean = () => true) =>
  words.find((w) => text.startsWith(w, at) && accept(w));

describe('wordAt', () => {
  it('gives the first listed word written at the offset, as find does, over a long indexed list', () => {
    expect(verbs.length).toBeGreaterThan(24);
    const text = '各地区要建立健全居民用水阶梯价格制度';
    expect(wordAt(text, 4, verbs)).toBe(find(text, 4, verbs));
    expect(wordAt(text, 4, verbs)).toMatch(/^建立/);
    // The list's order, not the length, decides: the shorter word listed first wins.
    const list = ['建立', ...verbs.filter((v) => v !== '建立'), '建立健全'];
    expect(wordAt(text, 4, list)).toBe('建立');
    expect(wordAt(text, 0, verbs)).toBe(find(text, 0, verbs));
    expect(wordAt(text, text.length, verbs)).toBeUndefined();
  });

  it('passes over a word `accept` turns down (各市 before 各市场主体)', () => {
    const units = ['各市场', '各市', ...verbs];
    const notMarket = (w: string) => w !== '各市场';
    expect(wordAt('各市场主体要守法经营', 0, units, notMarket)).toBe('各市');
    expect(wordAt('各市场主体要守法经营', 0, units)).toBe('各市场');
  });

  it('reads a list holding the empty word whole: the empty word matches anywhere', () => {
    const withEmpty = [...verbs, ''];
    expect(wordAt('数字经济企业库', 0, withEmpty)).toBe('');
    expect(wordAt('建立数字经济企业库', 0, withEmpty)).toBe(find('建立数字经济企业库', 0, withEmpty));
  });
});
