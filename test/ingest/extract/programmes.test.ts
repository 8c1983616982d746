import { namesRead } from './names-read';

// Programmes named without a head word (src/ingest/extract/programmes.ts), on sentences of the
// State Council's and Hailar district's work reports (test/fixtures/corpus 001, 004, 019).

const planNames = (text: string) => namesRead('Plan', text);

describe('a region’s development', () => {
  it('reads it after the verbs that promote or support it (001, 004)', () => {
    expect(planNames('优先推进西部大开发，全面振兴东北地区等老工业基地，大力促进中部地区崛起，积极支持东部地区经济率先发展。')).toContain(
      '中部地区崛起',
    );
    expect(planNames('实施新一轮东北振兴战略，推动中部地区崛起，支持东部地区率先发展。')).toContain('东部地区率先发展');
  });

  it('reads a round of it opening a list item a verb follows (019)', () => {
    expect(planNames('新的一年，我们将迎来“六稳”主基调全面实施、新一轮东北振兴深入推进、继续加大西部大开发力度。')).toContain(
      '新一轮东北振兴',
    );
  });

  it('reads the last item of a list closed by the count of its items (004)', () => {
    const names = planNames('深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，启动建设一批重点项目。');
    expect(names).toEqual(expect.arrayContaining(['京津冀协同发展', '长江经济带发展']));
    expect(names).not.toContain('长江经济带发展三大战略');
  });
});
