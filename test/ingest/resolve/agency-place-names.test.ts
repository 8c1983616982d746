import { buildGraph } from '../../../src/ingest';
import { record } from '../../fixtures/genre/records';

// A known local name (市大数据局, Qingdao's short form) written with another city keeps that city: quoted from the
// Weihai big-data bureau's call for comments (https://www.weihai.gov.cn/art/2025/1/22/art_59786_14255.html).

const NOTICE =
  '为深入贯彻落实《关于深化新型智慧城市建设 推进城市全域数字化转型的实施意见》(数字强省办发〔2024〕4号),充分发挥数据要素的放大、叠加、倍增作用,促进城市全域数字化转型,威海市大数据局起草了《关于加快城市全域数字化转型的实施意见》(以下简称《实施意见》),现面向社会公开征求意见。';

const agencies = (text: string, id: string) =>
  buildGraph([record(id, text)])
    .nodes.filter((n) => n.label === 'Agency')
    .map((n) => ({ name: n.name, city: n.properties.city }));

describe('a known local body named with its place', () => {
  it('names another city’s big-data bureau with its city, not by the short form', () => {
    expect(agencies(NOTICE, 'weihai-notice')).toContainEqual({ name: '威海市大数据局', city: '威海' });
  });

  it('keeps the short form where the text writes it bare (037, a Jinan plan: 责任单位：市大数据局)', () => {
    const read = agencies(
      '鼓励企业推进资产数字化，支持骨干大数据企业及基础电信企业向小微企业和创业团队开放接口资源、数据信息、计算能力。（责任单位：市大数据局）',
      '037-note',
    );
    expect(read.map((a) => a.name)).toContain('市大数据局');
  });
});
