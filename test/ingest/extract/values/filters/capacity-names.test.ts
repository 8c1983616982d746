import { buildGraph } from '../../../../../src/ingest';
import { passage as doc, valuesWithUnit } from '../../judged-values';

// A plant's capacity written inside the name of a project (the Hailar district reports, test/fixtures/corpus
// 012 and 014: 大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目, 亘富200万吨褐煤提质项目) names which project is
// meant; it is no value of the report. The capacity a work adds (黑羊站水厂3万吨扩建项目) and one a clause acts on
// with no project head (关停晨鸣公司3.5万吨造纸生产线, 013) still are.

const values = valuesWithUnit;
const read = (heading: string, text: string, date: string) =>
  buildGraph([doc('excerpt', ['海拉尔区政府工作报告', heading, text].join('\n'), date)]);

describe('a capacity that names a project', () => {
  it('reads no value from the capacities of a list of projects closed by 等项目 (012)', () => {
    const g = read(
      '二、2012年工作安排',
      '二是大力推进区域内重点工业项目建设，要加快大唐700万吨露天矿、麦多利10万吨大麦芽二期等项目的推进，确保按期开工建设。',
      '2012-02-29',
    );
    expect(values(g)).toEqual([]);
  });

  it('reads no value from a capacity before the product of a project (014)', () => {
    const g = read(
      '二、2014年工作安排',
      '确保大唐700万吨露天矿一季度完成核准并开工建设，雪花迁建项目10月份投入使用，亘富200万吨褐煤提质项目年内投产，全力推进东电2×35万千瓦热电联产项目前期工作。',
      '2014-02-19',
    );
    expect(values(g)).not.toContain('2000000 吨');
  });

  it('reads no value from the capacities of a list of projects no verb governs (013)', () => {
    const g = read(
      '一、2012年工作回顾',
      '大唐700万吨露天煤矿、400万吨褐煤提质、5万千瓦风电、东电2×35万千瓦热电联产、华润雪花啤酒迁址新建等项目前期工作扎实推进。',
      '2013-02-28',
    );
    expect(values(g)).toEqual([]);
  });

  it('still reads what a list of works built counts (013: 新建…、2台热水锅炉…等项目)', () => {
    const g = read(
      '二、2013年工作安排',
      '新建5条主干道路、2台热水锅炉、12公里热力主管网、10公里供水管网、13公里双线燃气管道、20公里给排水管网等项目。',
      '2013-02-28',
    );
    expect(values(g)).toContain('2 台');
  });

  it('still reads the capacity a work adds (014) and one a clause closes down (013)', () => {
    expect(values(read('二、2014年工作安排', '实施黑羊站水厂3万吨扩建项目，缓解中心城区供水紧张的状况。', '2014-02-19'))).toEqual([
      '30000 吨',
    ]);
    expect(
      values(
        read(
          '一、2012年工作回顾',
          '节能减排任务全面完成，污水处理厂二期及中水回用顺利完工，按照国家产业政策，关停晨鸣公司3.5万吨造纸生产线，城市管理水平不断提高，市容环境保持良好。',
          '2013-02-28',
        ),
      ),
    ).toEqual(['35000 吨']);
  });
});
