import { namesRead } from '../names-read';

// Meetings whose decisions a work report follows act as their issuers; quoted from the Hailar district
// work reports of 2016, 2018 and 2019 (016, 018, 019) and the State Council's of 2016 (003).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('meetings whose decisions are followed', () => {
  it('names each meeting of a list that shares one level and one head', () => {
    const text =
      '今年政府工作的总体要求是：全面贯彻党的十八届三中、四中、五中全会和中央经济工作、城市工作会议、自治区党委九届十四次全委会、市委三届七次全委会会议精神，牢固树立发展理念。';
    const read = agencies(text, '016');
    expect(read).toEqual(expect.arrayContaining(['中央经济工作会议', '中央城市工作会议']));
    // A plenum is a numbered session of a standing body, no meeting named by its field.
    expect(read.some((n) => n.includes('全会') || n.includes('全委会'))).toBe(false);
  });

  it('reads a field’s congress of the region or the nation whose spirit is carried out', () => {
    expect(agencies('大力发展壮大旅游产业。全面落实自治区旅游发展大会精神，把旅游业作为转型发展的主攻方向来抓。', '018')).toContain(
      '自治区旅游发展大会',
    );
    expect(agencies('坚决遏制农地非农化乱象。落实全国奶业大会精神，抢抓机遇，推进奶业振兴。', '019')).toContain('全国奶业大会');
  });

  it('reads no congress a report only says was hosted', () => {
    expect(
      agencies('我们协助呼伦贝尔市委、政府高质量承办了自治区首届旅游发展大会、全区第九届少数民族传统体育运动会。', '018'),
    ).not.toContain('自治区首届旅游发展大会');
  });
});
