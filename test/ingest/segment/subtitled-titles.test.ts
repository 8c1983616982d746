import { buildGraph } from '../../../src/ingest';
import { judgedAt, passage } from '../extract/judged-values';

// A first line that is a title and its subtitle after a colon (…要点之一:2022年工作回顾) is the document's title, not
// its first sentence, and the subtitle names what it reports and when. Quoted from 泽州县's digest of its 2023 work
// report (session 17's fresh-text audit). Before, the line was read as body text and the review's figures as goals
// of 2022's document year.

const digest = [
  '2023“两会”解读政府工作报告要点之一:2022年工作回顾',
  '2022年,是泽州发展历程中极不平凡的一年。全县上下在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下,真抓实干,奋发进取,交出了一份难中求成、来之不易的精彩答卷!',
  '这一年,我们迎难而上稳大盘,保持了稳中有进的良好态势。',
  '地区生产总值达到556.4亿元,首次突破500亿元大关,总量在全省91个县(市)中继续排名第一;规模以上工业增加值增长14.5%,总产值突破1000亿元大关;固定资产投资完成157.5亿元;一般公共预算收入完成51.4亿元;社会消费品零售总额完成55.4亿元,综合实力稳居全省第一方阵。',
  '',
].join('\n');

describe('a title with a subtitle after a colon', () => {
  const g = buildGraph([passage('zezhou-2022-review', digest)]);

  it('reads the review’s figures as the reviewed year’s results', () => {
    expect(judgedAt(g, 55640000000)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
    expect(judgedAt(g, 14.5)).toEqual([{ kind: 'ACTUAL', period: '2022' }]);
  });

  it('names the document by the line', () => {
    const doc = g.nodes.find((n) => n.label === 'Document');
    expect(doc?.name).toBe('2023“两会”解读政府工作报告要点之一:2022年工作回顾');
  });
});
