import { buildGraph, loadLexicon } from '../../../src/ingest';
import { bigrams } from '../../../src/ingest/link/bigrams';
import { SEED, seedRecords } from '../../fixtures/genre/records';

// Lineage across paraphrase: wording is compared with numbers as written words, so a unit
// abbreviation is the word it stands for and a magnitude is part of its number.

const lexicon = loadLexicon();
const same = (a: string, b: string) =>
  expect([...bigrams(a, lexicon.indicators.unitWrittenAs)]).toEqual([...bigrams(b, lexicon.indicators.unitWrittenAs)]);

describe('wording across paraphrase', () => {
  it('reads 1ms as 1毫秒 and 4.27万个 as a number of 个', () => {
    same('加快推进城市“1ms时延圈”建设', '加快推进城市“1毫秒时延圈”建设');
    same('累计开通5G基站4.27万个', '累计开通5G基站42700个');
  });

  it('links the 2023 plan’s 1ms时延圈 task to the 2024 feature’s 1毫秒时延圈 result', () => {
    const graph = buildGraph(seedRecords());
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const links = graph.relationships.filter(
      (r) =>
        r.type === 'LED_TO' &&
        byId.get(r.from)!.sources.some((s) => s.document === SEED.news2023 && s.text.includes('1ms时延圈')) &&
        byId.get(r.to)!.sources.some((s) => s.document === SEED.feature2024 && s.text.includes('1毫秒时延圈')),
    );
    expect(links.map((r) => r.properties.basis)).toEqual(['text']);
  });
});
