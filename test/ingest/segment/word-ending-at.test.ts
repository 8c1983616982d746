import { loadLexicon } from '../../../src/ingest';
import { wordEndingAt } from '../../../src/ingest/segment';

// wordEndingAt answers what `words.find((w) => text.startsWith(w, end - w.length))` does, trying only the words that end
// in the character before `end`: the list's order decides between several, and near the text's start (where startsWith
// reads a negative offset as 0) the list is read whole, so the answer stays find's. The texts are invented phrases in
// the wording of the agency rules' examples.

const lexicon = loadLexicon();
const cities = lexicon.places.cities;
const find = (text: string, end: number, words: readonly string[]) => words.find((w) => text.startsWith(w, end - w.length));

describe('wordEndingAt', () => {
  const text = '会同青岛市大数据局、呼伦贝尔市委和济南市政府';

  it('gives the first listed word ending at the offset, as find does, over a long indexed list', () => {
    expect(cities.length).toBeGreaterThan(24);
    for (let end = 0; end <= text.length + 1; end++) expect(wordEndingAt(text, end, cities)).toBe(find(text, end, cities));
    expect(wordEndingAt(text, text.indexOf('市大数据'), cities)).toBe('青岛');
    expect(wordEndingAt(text, text.indexOf('市委'), cities)).toBe('呼伦贝尔');
  });

  it('lets the list order decide between words ending at one place', () => {
    const end = text.indexOf('市委');
    expect(wordEndingAt(text, end, ['贝尔', ...cities])).toBe('贝尔');
    expect(wordEndingAt(text, end, [...cities, '贝尔'])).toBe('呼伦贝尔');
  });

  it('near the start reads the list whole, as find does where startsWith clamps a negative offset', () => {
    const list = [...cities, '青岛市大数据局'];
    expect(wordEndingAt('青岛市', 2, list)).toBe(find('青岛市', 2, list));
    expect(wordEndingAt('青岛市', 1, ['青岛', ...cities])).toBe('青岛');
  });

  it('passes over the words the test refuses, as find with the same test does', () => {
    const end = text.indexOf('市委');
    const list = ['贝尔', ...cities];
    const notShort = (w: string) => w.length > 2;
    expect(wordEndingAt(text, end, list, notShort)).toBe('呼伦贝尔');
    expect(wordEndingAt(text, end, list, () => false)).toBeUndefined();
    for (let e = 0; e <= text.length; e++)
      expect(wordEndingAt(text, e, cities, notShort)).toBe(cities.find((w) => text.startsWith(w, e - w.length) && notShort(w)));
  });
});
