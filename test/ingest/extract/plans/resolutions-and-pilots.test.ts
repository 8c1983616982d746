import { buildGraph } from '../../../../src/ingest';
import { record } from '../../../fixtures/genre/records';

// A cited 《…决议》 and 《…战略》 are plans (plans.json → suffixes), and a quoted pilot (“无废城市”建设试点: quotedHeads)
// is one, its name not reaching back over a copula (quoted-plans.ts). Sentences recalled from the State Council's report
// on the environment of 2019 to the NPC Standing Committee (2020-04-26, wording as published as far as recalled), and
// corpus 074 (国务院办公厅关于印发“无废城市”建设试点工作方案的通知).

const names = (text: string) =>
  buildGraph([record('passage', `测试\n\n${text}\n`)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('cited titles ending in 决议 and 战略', () => {
  it('are plans (2019 environment report)', () => {
    const found = names(
      '认真落实全国生态环境保护大会部署和全国人大常委会《关于全面加强生态环境保护依法推动打好污染防治攻坚战的决议》，坚决打好污染防治攻坚战。积极应对气候变化。落实《国家适应气候变化战略》。',
    );
    expect(found).toEqual(expect.arrayContaining(['关于全面加强生态环境保护依法推动打好污染防治攻坚战的决议', '国家适应气候变化战略']));
  });
});

describe('a quoted pilot', () => {
  it('is a plan (2019 environment report)', () => {
    expect(names('推动《中华人民共和国土壤污染防治法》贯彻实施。开展“无废城市”建设试点。')).toContain('“无废城市”建设试点');
  });

  it('is named from its quotes after a copula (corpus 074)', () => {
    const found = names('试点城市政府是“无废城市”建设试点责任主体，要围绕试点内容，有力有序开展试点工作。');
    expect(found).toContain('“无废城市”建设试点');
    expect(found.filter((n) => n.includes('政府是'))).toEqual([]);
  });
});
