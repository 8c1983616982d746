import { namesRead } from '../names-read';

// Where a plan's name ends after its head (plans.json → named.ends): besides punctuation and joiners,
// a word saying what becomes of the plan (落地, 落实, 编制, 修编, 出台, 印发, 提出, 明确, 确定). Hailar's 2018
// report (test/fixtures/corpus 018) quoted; the same plan written with what becomes of it, which no tune
// text writes after a plan's head. 实施 is no end: names hold it (009 出台外商投资法实施条例).

const planNames = (text: string) => namesRead('Plan', text);
const report018 = '落实学前教育三年行动计划，新建2所公立幼儿园，';

describe('a plan named before what becomes of it', () => {
  it('reads the plan the report carries out (018)', () => {
    expect(planNames(report018)).toContain('学前教育三年行动计划');
  });

  it.each(['落地', '落实', '修编'])('reads it before %s', (word) => {
    expect(planNames(report018.replace('行动计划，', `行动计划${word}，`))).toContain('学前教育三年行动计划');
  });

  it('keeps 实施 inside a name (009)', () => {
    const names = planNames('出台外商投资法实施条例，不断优化外商投资环境。');
    expect(names).toContain('外商投资法实施条例');
    expect(names).not.toContain('外商投资法');
  });
});
