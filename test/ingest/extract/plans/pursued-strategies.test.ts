import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A strategy a text pursues (奉行), named with the words before its head (test/fixtures/corpus 010, 009).

const names = (text: string) =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('strategies pursued', () => {
  it('reads the strategy 奉行 governs, with the words before 的 when only the kind follows (010)', () => {
    const text = '坚持走和平发展道路，坚定奉行互利共赢的开放战略，倡导平等有序的世界多极化和普惠包容的经济全球化。';
    expect(names(text)).toEqual(['互利共赢的开放战略']);
  });

  it('reads no policy of a kind the same verb governs (009)', () => {
    expect(names('我们要坚定奉行独立自主的和平外交政策，坚定不移走和平发展道路。')).toEqual([]);
  });
});
