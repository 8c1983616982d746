import { namesRead } from '../names-read';

// Titles in 《》 that are standards, not plans, though they end in a plan word (规范, 规定): quoted from
// the Ministry of Transport's 2014 guide to the smart public transport demonstration project
// (test/fixtures/corpus 071), which cites national standards by number and lists the 11 工程标准 it will draw up.

const plans = (text: string) => namesRead('Plan', text, 'guide');

describe('standards cited by title', () => {
  it('reads no plan in a title followed by its standard number', () => {
    expect(
      plans(
        '工程建设应遵照《基础地理信息要素分类与代码》（GB/T13923）、《基础地理信息标准数据基本规定》（GB21139）等国家及行业标准，整合建设统一标准的城市交通地理信息平台。',
      ),
    ).toEqual([]);
  });

  it('reads no plan in the items of a list its lead calls standards', () => {
    const text = [
      '　　工程建设应统一建设标准，规范工程建设行为，确保工程的整体性和协调性。',
      '　　交通运输部组织制定如下11项工程标准。',
      '　　（1）《城市公共汽电车车载智能服务终端》',
      '　　（2）《城市公共汽电车电子站牌及数据通讯协议》',
      '　　（3）《城市公共汽电车设备数据总线通信接口规范》',
      '　　（4）《城市公共汽电车车载设备数据采集通讯协议》',
      '　　（5）《城市轨道交通客流数据采集与传输规范》',
      '　　（6）《城市公共交通管理与服务信息系统数据交换规范》',
    ].join('\n');
    expect(plans(text)).toEqual([]);
  });

  it('still reads a plan cited by title with no number, and the plans of a list its lead does not call standards', () => {
    expect(plans('根据《公路水路交通运输信息化“十二五”发展规划》（厅规划字〔2011〕12号文印发）要求，确定本工程的建设目标如下：')).toEqual([
      '公路水路交通运输信息化“十二五”发展规划',
    ]);
    expect(plans(['　　本工程依据以下文件。', '　　（1）《城市公共交通数据交换管理办法》'].join('\n'))).toEqual([
      '城市公共交通数据交换管理办法',
    ]);
  });
});
