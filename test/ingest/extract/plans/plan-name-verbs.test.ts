import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// Verbs at a name's edge (src/ingest/extract/plans/named-plans.ts, standing-plans.ts, programmes.ts, plans.json →
// named.standingBounds): a cue verb right after another, with one word left before the head, is the name's own verb
// (扩大内需战略); a region's development after 和 is a programme as after 、; 沿着 before a quoted strategy is no part of
// it. Sentences recalled from the State Council's work report of 2020 and a Hangzhou district's report of 2019.

const names = (text: string) =>
  buildGraph([record('passage', `测试\n\n${text}\n`)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('verbs at a plan name’s edge', () => {
  it('keeps the verb that is the strategy’s own (2020 work report)', () => {
    const found = names('五、实施扩大内需战略，推动经济发展方式加快转变');
    expect(found).toContain('扩大内需战略');
    expect(found).not.toContain('内需战略');
  });

  it('reads a region’s development after 和 (district report)', () => {
    expect(names('全面融入“一带一路”建设和长三角一体化发展。')).toContain('长三角一体化发展');
  });

  it('leaves 沿着 out of a quoted strategy (district report)', () => {
    const found = names('坚定不移沿着“八八战略”指引的路子走下去。');
    expect(found.filter((n) => n.includes('沿着'))).toEqual([]);
  });
});
