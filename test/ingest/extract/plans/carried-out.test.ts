import { loadLexicon } from '../../../../src/ingest/lexicon';
import { carriedOutWords } from '../../../../src/ingest/extract/plans/carried-out';
import { namesRead } from '../names-read';

// A plan that opens its clause and is said to be carried out (…三年行动深入实施): any manner word of
// plans.json → named.afterAdverbs before any verb of afterVerbs reads, not only the pairs the tune texts
// happen to write. Quoted from Hailar's 2019 report (test/fixtures/corpus 019), and the same clause with
// the pair another text may write (持续推进, 正式启动), which no tune text writes after a campaign.

const report019 = '农村人居环境整治三年行动深入实施，完成户厕改造38个示范点建设';
const planNames = (text: string) => namesRead('Plan', text);

describe('a plan opening its clause, said to be carried out', () => {
  it('reads the campaign the report writes (019)', () => {
    expect(planNames(report019)).toContain('农村人居环境整治三年行动');
  });

  it.each(['持续推进', '正式启动', '扎实开展', '有效落实'])('reads it with %s after it', (pair) => {
    expect(planNames(report019.replace('深入实施', pair))).toContain('农村人居环境整治三年行动');
  });

  it('builds every manner word with every verb, and keeps the lexicon’s whole words (惠及)', () => {
    const words = carriedOutWords(loadLexicon().plans.named);
    expect(words).toEqual(expect.arrayContaining(['深入实施', '持续推进', '正式印发', '惠及']));
    expect(words).not.toContain('实施');
  });

  it('reads nothing where the clause is a plain verb phrase (完成户厕改造)', () => {
    expect(planNames('完成户厕改造38个示范点建设')).toEqual([]);
  });
});
