import { namesRead } from '../names-read';

// The bodies heading a joint notice's title, spaced apart before 关于, each read whatever its name: quoted from the
// Donghua University research office's list of funding rules (https://research.dhu.edu.cn/2017/0317/c19271a175506/page.htm)
// and the Chengdu notice on community service facilities (https://lr5.cn/2024/08/07/47893.html).

const agencies = (text: string, id: string) => namesRead('Agency', text, id);

describe('bodies heading a joint notice', () => {
  it('reads a ministry written bare among the others (发展改革委)', () => {
    const title = '财科教【2017】6号 财政部 科技部 教育部 发展改革委关于进一步做好中央财政科研项目资金管理等政策贯彻落实工作的通知';
    expect(agencies(title, 'dhu')).toEqual(expect.arrayContaining(['财政部', '科技部', '教育部', '发展改革委']));
  });

  it('reads each local body whole, the party committee’s department with 中共', () => {
    const title =
      '成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知';
    expect(agencies(title, 'chengdu')).toEqual(
      expect.arrayContaining(['成都市发展和改革委员会', '中共成都市委社会工作部', '成都市规划和自然资源局', '成都市住房和城乡建设局']),
    );
  });
});
