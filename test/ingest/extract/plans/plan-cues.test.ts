import { namesRead } from '../names-read';

// Verbs that act on a plan named without 《》: one tried out, one widened, one written
// (seeds/lexicon/plans.json → named.cues), on the State Council's work reports of 2016 and 2024 and
// Shandong's education plan of the 14th five-year period (test/fixtures/corpus 003, 010, 031).

const planNames = (text: string) => namesRead('Plan', text);

describe('a plan named after the verb that acts on it', () => {
  it('reads a list tried out in some regions (003)', () => {
    expect(planNames('全面公布地方政府权力和责任清单，在部分地区试行市场准入负面清单制度。对行政事业性收费实行清单管理。')).toContain(
      '市场准入负面清单',
    );
  });

  it('reads a catalogue widened (010)', () => {
    expect(planNames('放宽电信、医疗等服务业市场准入。扩大鼓励外商投资产业目录，鼓励外资企业境内再投资。')).toContain(
      '鼓励外商投资产业目录',
    );
  });

  it('reads a guide written (031)', () => {
    expect(planNames('提升学生审美和人文素养。组织编写大中小幼美育课程一体化建设指南，明确各级各类学校美育课程目标。')).toContain(
      '大中小幼美育课程一体化建设指南',
    );
  });

  it('reads the name after a verb’s aspect word, not with it (青岛市大数据局, 2022 half-year summary)', () => {
    const read = planNames('坚持“管行业也要管行业数字化转型”的原则，统筹指导41个部门、10个区市制定了数字化转型专项行动方案。');
    expect(read).toContain('数字化转型专项行动方案');
    expect(read.filter((n) => n.startsWith('了'))).toEqual([]);
  });
});
