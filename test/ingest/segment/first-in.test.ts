import { loadLexicon } from '../../../src/ingest';
import { firstIn } from '../../../src/ingest/segment';

// firstIn answers what `words.find((w) => text.includes(w))` does from one pass over the text: the list's order, not
// the place in the text, decides between several words held (the first listed wins), and a list holding the empty
// word is read whole. The names are invented in the wording of plan titles.

const lexicon = loadLexicon();
const cities = lexicon.places.cities;
const find = (text: string, words: readonly string[]) => words.find((w) => text.includes(w));

describe('firstIn', () => {
  it('gives the first listed word the text holds, as find does, over a long indexed list', () => {
    expect(cities.length).toBeGreaterThan(24);
    for (const name of ['青岛市数字经济发展规划', '济南市、青岛市协同发展行动方案', '数字政府建设实施方案', '', '市'])
      expect(firstIn(name, cities)).toBe(find(name, cities));
    expect(firstIn('青岛市数字经济发展规划', cities)).toBe('青岛');
  });

  it('lets the list order decide, not the place in the text', () => {
    const text = '济南市、青岛市协同发展行动方案';
    const list = ['青岛', ...cities.filter((c) => c !== '青岛' && c !== '济南'), '济南'];
    expect(firstIn(text, list)).toBe('青岛');
    expect(firstIn(text, [...list].reverse())).toBe('济南');
  });

  it('reads a list holding the empty word whole: the empty word is held by any text', () => {
    expect(firstIn('青岛市数字经济发展规划', [...cities, ''])).toBe('青岛');
    expect(firstIn('数字政府建设实施方案', [...cities, ''])).toBe('');
  });
});
