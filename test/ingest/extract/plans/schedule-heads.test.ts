import { namesRead } from '../names-read';

// A bare 计划 cited as what the work goes by is an operating schedule, not a plan: quoted from the
// Ministry of Transport's 2014 guide to the smart public transport demonstration project
// (test/fixtures/corpus 071), whose dispatch functions work from the fleet's schedules.

const plans = (text: string) => namesRead('Plan', text, 'guide');

describe('schedules a function works from', () => {
  it('reads no plan in a bare 计划 after 根据, alone or as the head a list shares', () => {
    expect(plans('1.调度计划自动生成：能够根据企业配车、车辆保养、站务调整等计划，实现行车计划的自动编制；')).toEqual([]);
    expect(plans('2.动态排班：能够根据线路行车计划、驾驶员出勤、交通路况和线路客流等情况，动态优化车辆排班。')).toEqual([]);
  });

  it('still reads a 计划 a text carries out, and a fuller head cited after 根据', () => {
    expect(plans('实施好就业促进、创业引领、基层成长等计划，促进高校毕业生多渠道就业。').sort()).toEqual(
      ['创业引领计划', '基层成长计划', '就业促进计划'].sort(),
    );
    expect(plans('根据省级智能制造系统解决方案供应商培育认定办法，每年培育100家左右。')).toEqual([
      '省级智能制造系统解决方案供应商培育认定办法',
    ]);
  });
});
