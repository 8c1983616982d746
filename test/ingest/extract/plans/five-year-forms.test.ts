import { namesRead } from '../names-read';

// A five-year plan named by its period (“十三五”规划) as other texts write the period: in straight or
// corner quotes, or none (plans.json → fiveYearPeriods). Hailar's 2014 report (test/fixtures/corpus 014)
// quoted, then written so. A period followed by a time word (期间, 时期) dates what follows: …规划建设
// there plans works and names no plan (plans.json → fiveYearTimes).

const planNames = (text: string) => namesRead('Plan', text);
const report014 = '是完成“十二五”规划、落实“8337”发展思路的关键之年。';

describe('a five-year plan named by its period', () => {
  it('reads it in curly quotes (014)', () => {
    expect(planNames(report014)).toContain('“十二五”规划');
  });

  it.each([
    ['"十二五"', '"十二五"规划'],
    ['‘十二五’', '‘十二五’规划'],
    ['十二五', '十二五规划'],
  ])('reads it written %s', (written, name) => {
    expect(planNames(report014.replace('“十二五”', written))).toContain(name);
  });

  it.each(['“十二五”期间', '十二五时期'])('reads no plan after %s (a time)', (time) => {
    expect(planNames(`${time}规划建设5G基站10万个。`)).toEqual([]);
  });
});
