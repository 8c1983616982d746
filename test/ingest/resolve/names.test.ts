import { loadLexicon } from '../../../src/ingest/lexicon';
import { canonical } from '../../../src/ingest/resolve';

const lexicon = loadLexicon();

describe('canonical names', () => {
  it('strips 《》 from plan titles and keeps the marked form as an alias', () => {
    const c = canonical('Plan', '《数字青岛2024年行动方案》', lexicon);
    expect(c.name).toBe('数字青岛2024年行动方案');
    expect(c.aliases).toContain('《数字青岛2024年行动方案》');
  });

  it('keeps the inner quotes of a plan title (数字青岛“十五五”发展规划)', () => {
    expect(canonical('Plan', '《数字青岛“十五五”发展规划》', lexicon).name).toBe('数字青岛“十五五”发展规划');
  });

  it('keys a span of years the same with a hyphen or a dash (盐城市’s 2022 plan writes its title both ways)', () => {
    const hyphen = canonical('Plan', '盐城市数字经济发展三年行动计划(2022-2024年)', lexicon);
    const dash = canonical('Plan', '盐城市数字经济发展三年行动计划(2022—2024年)', lexicon);
    expect(hyphen.key).toBe(dash.key);
    expect(canonical('Plan', '数字青岛发展规划(2023～2025年)', lexicon).key).toBe(
      canonical('Plan', '数字青岛发展规划（2023—2025年）', lexicon).key,
    );
  });

  it('resolves 5G基站 / 累计5G基站数 / 5G基站数 to one indicator', () => {
    const names = ['5G基站', '累计5G基站数', '5G基站数', '5G基站总数'].map((n) => canonical('Indicator', n, lexicon));
    expect(new Set(names.map((c) => c.key)).size).toBe(1);
    expect(names.every((c) => c.name === '5G基站数')).toBe(true);
  });

  it('resolves 在用标准机架总数 and 通用数据中心标准机架数 to 数据中心标准机架数', () => {
    expect(canonical('Indicator', '在用标准机架总数', lexicon).name).toBe('数据中心标准机架数');
    expect(canonical('Indicator', '通用数据中心标准机架数', lexicon).name).toBe('数据中心标准机架数');
  });

  it('strips a leading 累计/新增 and a trailing 数量 from unknown indicators', () => {
    expect(canonical('Indicator', '累计无人机飞行成果数量', lexicon).key).toBe(canonical('Indicator', '无人机飞行成果', lexicon).key);
  });

  // State Council work reports (corpus 001, 002, 005 / 002, 003, 006): the target 今年再减少农村贫困人口1000万人以上
  // (要再减少… in 2015) and the next report's result 农村贫困人口减少1232万人 count one indicator.
  it('keys a change named verb first (再减少X, a target) as the change named verb last (X减少, a result)', () => {
    const key = (n: string) => canonical('Indicator', n, lexicon).key;
    expect(key('再减少农村贫困人口')).toBe(key('农村贫困人口减少'));
    expect(key('要再减少农村贫困人口')).toBe(key('农村贫困人口减少'));
    expect(key('降低存款准备金率')).toBe(key('存款准备金率降低'));
    // 再就业 is an indicator of its own, not 就业 again; a verb with no name after it stays as written.
    expect(key('再就业')).not.toBe(key('就业'));
    expect(key('减少到')).toBe('减少到');
  });

  it('gives a traditional-Chinese name the simplified canonical name', () => {
    const c = canonical('Indicator', '累計5G基站數', lexicon);
    expect(c.name).toBe('5G基站数');
    expect(canonical('Platform', '城市雲腦', lexicon).key).toBe(canonical('Platform', '城市云脑', lexicon).key);
  });

  it('strips quotes from platforms and projects, keeping the quoted form', () => {
    const p = canonical('EngineeringProject', '“无证明城市”扩面工程', lexicon);
    expect(p.name).toBe('无证明城市扩面工程');
    expect(p.aliases).toContain('“无证明城市”扩面工程');
    expect(canonical('Platform', '“青碳行”', lexicon).name).toBe('青碳行');
  });

  it('maps an agency alias to its canonical name', () => {
    expect(canonical('Agency', '青岛市大数据发展管理局', lexicon).name).toBe('市大数据局');
  });

  it('reads the slogan 全省X一个平台 as the X平台, but keeps 全市一个X平台 and 全市X一张网 whole', () => {
    const slogan = canonical('Platform', '“全省政务云一个平台”', lexicon);
    expect(slogan.name).toBe('政务云平台');
    expect(slogan.aliases).toContain('全省政务云一个平台');
    expect(canonical('Platform', '全市一个医保平台', lexicon).name).toBe('全市一个医保平台');
    expect(canonical('Platform', '全市物联一张网', lexicon).name).toBe('全市物联一张网');
  });

  it('folds the city off a local agency name (威海市大数据局 is 市大数据局 of 威海)', () => {
    expect(canonical('Agency', '威海市大数据局', lexicon).key).toBe(canonical('Agency', '市大数据局', lexicon).key);
    expect(canonical('Agency', '省大数据局', lexicon).key).not.toBe(canonical('Agency', '市大数据局', lexicon).key);
  });

  it('folds an unlisted city or district off the key by structure, keeping it in the name (崂山区政府, 呼伦贝尔市委)', () => {
    // 046 and 019 quote these; which place is kept apart in the agency's city.
    const laoshan = canonical('Agency', '崂山区政府', lexicon);
    expect(laoshan.name).toBe('崂山区政府');
    expect(laoshan.key).toBe(canonical('Agency', '区政府', lexicon).key);
    expect(canonical('Agency', '呼伦贝尔市委', lexicon).key).toBe(canonical('Agency', '市委', lexicon).key);
    // 036: 高新区 is a kind of zone, no place.
    expect(canonical('Agency', '高新区管委会', lexicon).key).toBe('高新区管委会');
  });
});
