import { buildGraph } from '../../../src/ingest';
import type { GraphNode } from '../../../src/model';
import { record } from '../../fixtures/genre/records';

// Plans named in running text without 《》, on passages quoted from corpus documents outside the
// gold (/work/shared/corpus).

const plans = (text: string): GraphNode[] => buildGraph([record('passage', text)]).nodes.filter((n) => n.label === 'Plan');
const names = (text: string) => plans(text).map((n) => n.name);

describe('campaigns', () => {
  it('reads one campaign named by the things it acts on: the whole list is its name (062)', () => {
    const text =
      '组织开展互联网网站、移动互联网应用改造专项行动，重点推动与老年人日常生活密切相关的政务服务、社区服务、新闻媒体、社交通讯、生活购物、金融服务等互联网网站、移动互联网应用适老化改造，使其更便于老年人获取信息和服务。';
    expect(names(text)).toEqual(['互联网网站、移动互联网应用改造专项行动']);
  });

  it('reads a movement (运动) carried out, beside a campaign (007)', () => {
    const text = '坚持预防为主，持续推进健康中国行动，深入开展爱国卫生运动，深化疾病预防控制体系改革，强化基层公共卫生体系。';
    expect(names(text)).toEqual(expect.arrayContaining(['健康中国行动', '爱国卫生运动']));
  });
});

describe('levels', () => {
  it('gives a national document’s unplaced strategies the national level (075)', () => {
    const text =
      '国务院关于印发国家职业教育改革实施方案的通知\n\n国发〔2019〕4号\n\n积极招收初高中毕业未升学学生、退役军人、退役运动员、下岗职工、返乡农民工等接受中等职业教育；服务乡村振兴战略，为广大农村培养以新型职业农民为主体的农村实用人才。';
    const strategy = plans(text).find((p) => p.name === '乡村振兴战略');
    expect(strategy?.properties.level).toBe('national');
  });
});

describe('named reforms, education campaigns and struggles', () => {
  it('reads a quoted reform by its name (031)', () => {
    const text = '推进“三教”改革深度开展，探索建立具有山东特色的高层次学徒制技能人才培养模式。';
    expect(names(text)).toEqual(['“三教”改革']);
  });

  it('reads quoted education campaigns (005)', () => {
    const text = '推进“两学一做”学习教育常态化制度化，认真开展“不忘初心、牢记使命”主题教育。';
    expect(names(text)).toEqual(expect.arrayContaining(['“两学一做”学习教育', '“不忘初心、牢记使命”主题教育']));
  });

  it('reads a special struggle carried out (005), not a descriptive reform', () => {
    const text =
      '推进平安中国建设，严密防范和坚决打击暴力恐怖活动，依法开展扫黑除恶专项斗争，惩治盗抢骗黄赌毒等违法犯罪活动。深化商事制度改革，实行多证合一。';
    expect(names(text)).toEqual(['扫黑除恶专项斗争']);
  });

  it('reads the strategy after a quoted name joined by 和 as its own plan (016)', () => {
    const text = '坚持引进来与走出去相结合，深度融入国家“一带一路”和自治区向北开放战略，主动参与中俄蒙经济走廊建设。';
    const read = names(text);
    expect(read.filter((n) => n.endsWith('向北开放战略'))).toHaveLength(1);
    expect(read.filter((n) => n.includes('”和'))).toEqual([]);
  });
});
