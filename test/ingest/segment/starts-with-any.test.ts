import { loadLexicon } from '../../../src/ingest';
import { startsWithAny } from '../../../src/ingest/segment';

// A clause is tried against the lexicon's verbs by their first character (a long list is indexed
// once): the longest verb the clause opens with must still win, and a list grown since is read whole.

const lexicon = loadLexicon();
const verbs = [...lexicon.verbs.task, ...lexicon.verbs.result];

describe('startsWithAny over a long list', () => {
  it('gives the longest verb a clause opens with (建立健全 over 建立)', () => {
    expect(verbs.length).toBeGreaterThan(24);
    expect(startsWithAny('建立健全居民用水、用气阶梯价格制度', verbs)).toBe('建立健全');
    expect(startsWithAny('建立数字经济企业库', verbs)).toBe('建立');
  });

  it('gives nothing for a clause opening with no verb, or for no text', () => {
    expect(startsWithAny('数字经济企业库', verbs)).toBe('');
    expect(startsWithAny('', verbs)).toBe('');
  });

  it('reads a word added to a list after the list was first indexed', () => {
    const list = [...verbs];
    expect(startsWithAny('数据要素市场化配置改革', list)).toBe('');
    list.push('数据要素');
    expect(startsWithAny('数据要素市场化配置改革', list)).toBe('数据要素');
  });
});
