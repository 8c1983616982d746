import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// The Digital China report (test/fixtures/corpus 052) reports its survey: the share of respondents who said
// something is a value, named by them; the bar a respondent's own share exceeds (比例超20%) is not.

const shares = valuesWithUnit;
const read = (text: string) =>
  buildGraph([doc('052-passage', ['数字中国发展报告（2022年）', '七、数字社会', text].join('\n'), '2023-05-23')]);

describe('a survey share', () => {
  it('reads the share of respondents before what they said (46.9%的受访者表示了解…, 30%以上受访者了解…)', () => {
    const g = read(
      '在政府支持方面，46.9%的受访者表示了解“本地政府对数字产业的投资发展提供融资贷款、税费减免等支持”，30%以上受访者了解“本地政府为数字技能培训项目、企业数字化转型提供补贴”。',
    );
    expect(shares(g)).toEqual(['46.9 %', '30 %']);
  });

  it('reads a share written as a word (超过半数受访者认为)', () => {
    expect(shares(read('在线上学习方面，超过半数受访者认为“上网课”有效支撑了疫情期间的课程学习。'))).toEqual(['50 %']);
  });

  it('reads the share, not the bar each respondent exceeds (约45%的受访者…比例超20%)', () => {
    const g = read('在线上办公方面，线上会议成为工作会议的重要形式，约45%的受访者参加线上会议次数占总参会次数的比例超20%。');
    expect(shares(g)).toEqual(['45 %']);
  });
});
