import { namesRead } from '../names-read';

// A province or city named in full opening its clause before an act acts as its government: quoted from the
// Digital China report (052) and the Qingdao smart approval report (038); not the place heading a plan's
// title line (the smart sensor plan, 033).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('places that act', () => {
  it('reads each province or city opening its clause before what it does (浙江省全力打造…, 北京市大力推动…)', () => {
    const text = [
      '浙江省全力打造数字变革高地，高质量打造一体化智能化\n公共数据平台，以党政机关整体智治推动省域全方位变革。',
      '北京市大力推动全\n球数字经济标杆城市建设，加快推进数据专区建设和开发利用。',
    ].join('');
    expect(agencies(text, '052')).toEqual(expect.arrayContaining(['浙江省', '北京市']));
  });

  it('reads the city of a report acting in it (青岛市积极探索…)', () => {
    const text = '青岛市积极探索审批时长的再压缩，针对申请材料简单、办理环节简易的审批业务，在全省率先推行“智能办”改革。';
    expect(agencies(text, '038')).toContain('青岛市');
  });

  it('reads no place heading a plan’s title line', () => {
    const text =
      '山东省推动智能传感器产业发展行动计划（2021-2023年）\n\n传感器技术是决定未来信息技术产业发展的核心与基础之一，与通信技术、计算机技术并称为新一代信息技术的三个重要组成部分。';
    expect(agencies(text, '033')).not.toContain('山东省');
  });
});

// A title the layout wrapped over two lines, quoted from the Lu'an notice (六政〔2017〕60号,
// https://sgj.luan.gov.cn/public/6608471/10044134.html).
describe('places heading a wrapped title', () => {
  it('reads no place heading a title line the layout wrapped (六安市加快推进…工作⏎⏎暨…实施方案)', () => {
    const text =
      '六安市加快推进“互联网+政务服务”工作\n\n暨智慧政务建设总体实施方案\n\n \n\n为贯彻落实《国务院办公厅关于印发“互联网+政务服务”技术体系建设指南的通知》(国办函〔2016108号)、《国务院办公厅关于印发政府网站发展指引的通知》(国办发〔201747号)';
    expect(namesRead('Agency', text, 'luan')).not.toContain('六安市');
  });
});
