import { readDocuments } from '../../../src/ingest';
import { loadCorpusGold } from '../../../src/ingest/score';
import { CORPUS_DIR, CORPUS_GOLD_DIR, HOLDOUT, TUNE } from './corpus-fixture';

// The real-document gold checks itself against the documents as the project's own decoder reads
// them (GBK and HTML included): every quote is there, exactly and once, and the split is the
// fixed one (tune on 20, hold out 10).

const gold = loadCorpusGold(CORPUS_GOLD_DIR);
const lastYear = (period: string) => Number(period.match(/\d{4}/g)?.pop());

describe('the real-document gold', () => {
  let texts: Map<string, string>;
  beforeAll(async () => {
    const { documents, rejected } = await readDocuments([CORPUS_DIR]);
    expect(rejected).toEqual([]);
    texts = new Map(documents.map((d) => [d.id, d.text]));
  });

  it('has a fixture for every gold document, GBK and HTML ones decoded', () => {
    expect(gold.filter((g) => !texts.has(g.document)).map((g) => g.document)).toEqual([]);
    expect(texts.size).toBe(TUNE.length + HOLDOUT.length);
    expect(texts.get('015_hailar-district-gwr-2015')).toContain('海拉尔');
  });

  it('keeps the fixed split', () => {
    const wrong = gold.filter((g) => (g.split === 'tune' ? TUNE : HOLDOUT).indexOf(g.document.slice(0, 3)) < 0);
    expect(wrong.map((g) => `${g.document} ${g.split}`)).toEqual([]);
  });

  it('quotes every value and entity exactly, and every value quote once', () => {
    const bad = gold.flatMap((g) => {
      const text = texts.get(g.document) ?? '';
      const count = (q: string) => text.split(q).length - 1;
      return [
        ...g.values.filter((v) => count(v.text) !== 1).map((v) => `${g.document}: «${v.text}» occurs ${count(v.text)} times`),
        ...g.entities.filter((e) => count(e.text) < 1).map((e) => `${g.document}: «${e.text}» is not in the text`),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('gives every value a period that ends in its year, and a range a max above its value', () => {
    const bad = gold.flatMap((g) =>
      g.values
        .filter((v) => lastYear(v.period) !== v.year || (v.max !== undefined && !(v.max > v.value)))
        .map((v) => `${g.document}: «${v.text}» ${v.period}/${v.year}/${v.max}`),
    );
    expect(bad).toEqual([]);
  });
});
