import { buildGraph } from '../../../../src/ingest';
import type { GraphNode } from '../../../../src/model';
import { record } from '../../../fixtures/genre/records';

// The document's own plan read from its title line (src/ingest/extract/plans/own-plans.ts): a title a layout set over two
// lines, and a report's title (关于…的报告), with the body restating it. Fresh official texts, each quoted as the
// stored page writes it (address in each case).

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');

describe('a title set over two lines', () => {
  it('is named by both lines (a State Council opinion)', () => {
    // 国发〔2023〕16号, http://imasd-velecdom.com/prestashop/show.aspx?ES=41ht5.html
    const text = [
      '国务院关于推动内蒙古高质量发展',
      '奋力书写中国式现代化新篇章的意见',
      '国发〔2023〕16号',
      '各省、自治区、直辖市人民政府,国务院各部委、各直属机构:',
      '紧紧围绕高质量发展这个首要任务,把内蒙古建设成为我国北方重要生态安全屏障、祖国北疆安全稳定屏障,是习近平总书记和党中央赋予内蒙古的战略定位和重大责任。',
    ].join('\n');
    const names = plans(text).map((p) => p.name);
    expect(names).toContain('国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见');
    expect(names).not.toContain('奋力书写中国式现代化新篇章的意见');
  });

  it('is named by both lines across a blank line (a provincial notice)', () => {
    // 湘政办发〔2009〕24号, https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html
    const text = [
      '湖南省人民政府办公厅文件',
      '',
      '湘政办发〔2009〕24号',
      '',
      '湖南省人民政府办公厅关于加强普通高等学校',
      '',
      '毕业生就业工作的通知',
      '',
      '各市州、县市区人民政府,省政府各厅委、各直属机构:',
      '',
      '根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神,结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:',
    ].join('\n');
    const own = plans(text).find((p) => p.name.startsWith('湖南省'));
    expect(own?.name).toBe('湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知');
    expect(own?.properties.level).toBe('provincial');
  });
});

describe('a report’s title line', () => {
  // Shenzhen's report on its 2015 plan, https://fgw.sz.gov.cn/zwgk/ghjh/ndgzjhjzj/content/post_4556941.html
  const text = [
    '关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告',
    '',
    '——2016年1月31日在深圳市第六届人民代表大会第二次会议上',
    '',
    '深圳市发展和改革委员会主任 王宏彬',
    '',
    '各位代表:',
    '',
    '  受市政府委托,我向大会作关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告,请予审议,并请各位政协委员和其他列席人员提出意见。',
  ].join('\n');
  const names = plans(text).map((p) => p.name);

  it('is the document’s own plan', () => {
    expect(names).toContain('关于深圳市2015年国民经济和社会发展计划执行情况与2016年计划(草案)的报告');
  });

  it('restated in the body, names no other plan inside it', () => {
    expect(names).not.toContain('情况与2016年计划');
  });
});
