import { namesRead } from '../names-read';

// A notice's title a layout wraps so that its second line ends as a plan does (…发展⏎三年行动计划（2022—2024年）的通知)
// is read as the two lines joined: the plan the notice issues, and no plan “三年行动计划（…）的通知” of the second line
// alone (src/ingest/extract/plans/own-plans.ts). Fresh official wording, recalled from 宁波市人民政府's notice of 2022
// (甬政发〔2022〕8号, abridged).

const text = [
  '宁波市人民政府关于印发宁波市数字经济发展',
  '三年行动计划（2022—2024年）的通知',
  '甬政发〔2022〕8号',
  '各区（县、市）人民政府，市直及部省属驻甬各单位：',
  '现将《宁波市数字经济发展三年行动计划（2022—2024年）》印发给你们，请认真贯彻落实。',
].join('\n');

describe('a notice title wrapped after its subject', () => {
  it('reads the plan the notice issues', () => {
    expect(namesRead('Plan', text)).toContain('宁波市数字经济发展三年行动计划(2022—2024年)');
  });

  it('reads no plan of the second line alone', () => {
    expect(namesRead('Plan', text).filter((n) => n.endsWith('的通知'))).toEqual([]);
  });
});
