import { loadLexicon } from '../../../src/ingest';
import { eachPlace } from '../../../src/ingest/segment';

// eachPlace gives every place a list's words are written at in the order a search per word gives them (word by word
// in the list's order, places ascending), overlapping places too, or with `apart` each search going on after the word
// found: the agency and city rules read a text once where they searched it once per word.
// The texts are invented sentences in the wording of the agency rules' examples.

const lexicon = loadLexicon();
const cities = lexicon.places.cities;

function perWord(text: string, words: readonly string[], apart = false): [string, number, number][] {
  const out: [string, number, number][] = [];
  words.forEach((w, k) => {
    if (w === '') return;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + (apart ? w.length : 1))) out.push([w, i, k]);
  });
  return out;
}
function places(text: string, words: readonly string[], apart = false): [string, number, number][] {
  const out: [string, number, number][] = [];
  eachPlace(text, words, (w, at, k) => out.push([w, at, k]), apart);
  return out;
}

describe('eachPlace', () => {
  const text = '由青岛市大数据局会同济南市发展改革委、青岛市财政局，青岛市人民政府办公厅负责';

  it('visits word by word in the list order, places ascending, as a search per word does', () => {
    const words = ['青岛市', '财政局', '济南市', '青岛市人民政府', '大数据局'];
    expect(places(text, words)).toEqual([
      ['青岛市', 1, 0],
      ['青岛市', 19, 0],
      ['青岛市', 26, 0],
      ['财政局', 22, 1],
      ['济南市', 10, 2],
      ['青岛市人民政府', 26, 3],
      ['大数据局', 4, 4],
    ]);
    expect(places(text, cities)).toEqual(perWord(text, cities));
    expect(places(text, cities).length).toBeGreaterThan(3);
  });

  it('finds overlapping places, or with `apart` goes on after each place found', () => {
    expect(places('哈哈哈哈', ['哈哈'])).toEqual([
      ['哈哈', 0, 0],
      ['哈哈', 1, 0],
      ['哈哈', 2, 0],
    ]);
    expect(places('哈哈哈哈', ['哈哈'], true)).toEqual([
      ['哈哈', 0, 0],
      ['哈哈', 2, 0],
    ]);
    expect(places(text, cities, true)).toEqual(perWord(text, cities, true));
  });

  it('visits a word listed twice twice, and never the empty word', () => {
    expect(places('市委市政府', ['市', '', '市'])).toEqual([
      ['市', 0, 0],
      ['市', 2, 0],
      ['市', 0, 2],
      ['市', 2, 2],
    ]);
    expect(places('', cities)).toEqual([]);
  });
});
