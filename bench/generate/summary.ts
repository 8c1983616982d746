import type { City } from './city';
import { chineseNumeral } from './numbers';
import type { PlanOutline } from './outline';
import { int, pick, type Rng } from './prng';
import { resultParagraph, taskList, type Style } from './sentences';
import { AGENCIES, WORDS } from './vocabulary';

// 工作总结: an agency's half-year summary — 上半年工作推进情况, problems, 下半年重点工作打算.

const ORDINALS = ['一是', '二是', '三是', '四是', '五是'];

export function workSummary(rng: Rng, city: City, year: number, o: PlanOutline, s: Style): string {
  const agency = pick(rng, AGENCIES['综合保障']);
  const lines: string[] = [];
  lines.push(`${year}年上半年${agency}工作总结`);
  lines.push(`来源${s.colon}${city.name}政务网  发布时间${s.colon}${year}-07-${String(int(rng, 10, 30)).padStart(2, '0')}`, '');
  lines.push(
    `上半年${s.comma}${agency}围绕${pick(rng, WORDS.themes)}工作部署${s.comma}聚焦${o.projects[0]?.topic ?? '数字化转型'}${s.comma}各项工作进展顺利。`,
    '',
  );
  lines.push('一、上半年工作推进情况', '');
  o.projects.slice(0, 5).forEach((p, i) => {
    lines.push(`${s.open}${chineseNumeral(i + 1)}${s.close}${pick(rng, WORDS.push)}${p.topic}`, '');
    for (let k = 0; k < int(rng, 3, 5); k++) {
      lines.push(
        `${ORDINALS[k]}${pick(rng, WORDS.push)}${pick(rng, WORDS.topics[p.domain])}。${resultParagraph(rng, city, year, p.domain, s, int(rng, 3, 6))}`,
        '',
      );
    }
  });
  lines.push('二、工作中存在的问题和不足', '');
  lines.push(`一是${pick(rng, WORDS.fields)}领域协同推进力度还不够大。二是数据要素应用成效还不突出。`, '');
  lines.push('三、下半年重点工作打算', '');
  o.projects.slice(0, 5).forEach((p, i) => {
    lines.push(
      `${s.open}${chineseNumeral(i + 1)}${s.close}${p.topic}。${taskList(rng, city, year + 1, p.domain, s, int(rng, 2, 3)).join('')}`,
      '',
    );
  });
  return lines.join('\n') + '\n';
}
