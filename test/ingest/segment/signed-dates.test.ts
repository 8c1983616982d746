import { loadLexicon, segment } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// The date a document is signed with, in the forms no tune document or seed writes: numerals
// (二〇一九年一月三日, a month alone under the signature) and a date a rule takes effect on (自…起施行),
// which is not when it was written. The passages are the close of the Jinan policy of 2019 (024) and of the
// Jinan AI pilot-zone policy (028), each with its date written in the form tested.

const lexicon = loadLexicon();
const BODY =
  '本政策自印发之日起施行，2018年度已获得市级财政相应支持的，不再重复支持。同一企业同一项目符合多项政策支持条件的，由企业自主申报，不重复支持。各项奖励补助资金具体管理办法另行制定。';
const timeOf = (text: string) => segment(record('signed', text), lexicon).time;

describe('a document signed in numerals', () => {
  it('is dated by 二〇一九年一月三日 as by 2019年1月3日', () => {
    const numerals = timeOf(`${BODY}\n济南市人民政府办公厅 二〇一九年一月三日印发`);
    expect(numerals).toMatchObject({ year: 2019, month: 1 });
    expect(numerals).toMatchObject({ year: timeOf(`${BODY}\n济南市人民政府办公厅 2019年1月3日印发`).year });
  });

  it('is dated by a month alone on the line under its signature (二〇二三年三月, 2023年3月)', () => {
    expect(timeOf(`${BODY}\n济南市人民政府办公厅\n二〇二三年三月`)).toMatchObject({ year: 2023, month: 3 });
    expect(timeOf(`${BODY}\n济南市人民政府办公厅\n2023年3月`)).toMatchObject({ year: 2023, month: 3 });
  });

  it('reads ten and above in a month or day (二〇一八年十二月二十七日)', () => {
    expect(timeOf(`${BODY}\n济南市人民政府办公厅 二〇一八年十二月二十七日印发`)).toMatchObject({ year: 2018, month: 12 });
  });
});

describe('a date a rule takes effect on', () => {
  const CLOSE = '本政策由济南市科技局负责解释。';

  it('is not the date the document was written (本政策自2020年3月1日起施行)', () => {
    const time = timeOf(`${BODY}\n本政策自2020年3月1日起施行，有效期3年。${CLOSE}`);
    expect(time.month).toBeUndefined();
    expect(time.spokenIn).toBeUndefined();
  });

  it('leaves the signature date to date it (自2020年3月1日起实施 before 2020年2月10日)', () => {
    const time = timeOf(`${BODY}\n本政策自2020年3月1日起实施。${CLOSE}\n济南市人民政府办公厅\n2020年2月10日`);
    expect(time).toMatchObject({ year: 2020, month: 2 });
    const before = timeOf(`${BODY}\n济南市人民政府办公厅\n2020年2月10日\n本政策自2020年3月1日起施行。`);
    expect(before).toMatchObject({ year: 2020, month: 2 });
  });
});
