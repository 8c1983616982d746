import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// Programmes named without a head word (src/ingest/extract/programmes.ts), on sentences of the
// State Council's and Hailar district's work reports (test/fixtures/corpus 001, 002, 004, 005, 008, 016, 019).

const planNames = (text: string): string[] =>
  buildGraph([record('passage', text)])
    .nodes.filter((n) => n.label === 'Plan')
    .map((n) => n.name);

describe('a polity’s building programme', () => {
  it('reads 平安中国建设 after the verb that deepens it (002)', () => {
    expect(planNames('把信访纳入法治轨道，及时就地解决群众合理诉求。深化平安中国建设，健全立体化社会治安防控体系。')).toContain(
      '平安中国建设',
    );
  });

  it('reads both items of a list of the nation’s programmes (008)', () => {
    const names = planNames('坚决防范和打击各类违法犯罪，建设更高水平的平安中国、法治中国。');
    expect(names).toEqual(expect.arrayContaining(['平安中国', '法治中国']));
  });

  it('reads a district’s programme when the text names the district by its government (016, 019)', () => {
    const head = '海拉尔区人民政府区长\n';
    expect(
      planNames(`${head}全力推进法治政府建设，强化严格执法、公正司法、全民守法。大力实施平安海拉尔建设，社会治理水平稳步提升。`),
    ).toEqual(['平安海拉尔建设']);
    expect(planNames(`${head}坚持把安全稳定放在突出位置，深化平安海拉尔、法治海拉尔建设，全力做好安保工作。`)).toEqual(
      expect.arrayContaining(['平安海拉尔', '法治海拉尔建设']),
    );
  });

  it('reads no government’s building (法治政府) and no field of work a list opens with (围绕平安山东、应急指挥…)', () => {
    expect(planNames('全力推进法治政府建设，强化严格执法、公正司法、全民守法。')).toEqual([]);
    expect(planNames('山东省人民政府\n推动社会治理精准化。围绕平安山东、应急指挥、防灾减灾、生态治理等领域，建设一批应用。')).toEqual([]);
  });
});

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
