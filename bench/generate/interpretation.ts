import type { City } from './city';
import { chineseNumeral } from './numbers';
import { carriesOut, domainList, type PlanOutline } from './outline';
import { int, pick, type Rng } from './prng';
import { AGENCIES } from './vocabulary';
import type { Style } from './sentences';

// 政策解读: a government page interpreting the plan, with index number, date and 发文字号.

export function interpretation(rng: Rng, city: City, year: number, o: PlanOutline, s: Style): string {
  const month = int(rng, 2, 6);
  const day = int(rng, 1, 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    `【文字解读】《${o.title}》要点解读`,
    `字体大小${s.colon} 打印`,
    `  ● 索引号 ${int(rng, 1e8, 9e8)}${int(rng, 1e8, 9e8)}`,
    `  ● 发布时间 ${year}-${pad(month)}-${pad(day)}`,
    `  ● 发文字号 ${o.docNumber}`,
    `  ● 为深入贯彻落实${carriesOut(o)}${s.comma}实施“${o.programme}”攻坚行动${s.comma}今年重点在${domainList(o)}等${o.projects.length}个方面推进${o.taskCount}项任务。`,
    '',
  ];
  o.projects.forEach((p, i) => {
    lines.push(`${chineseNumeral(i + 1)}、实施${p.name}`, '');
    lines.push(`${p.intro}围绕${p.topic}${s.comma}${p.tasks.map((t) => t.replace(/。$/, '')).join(s.comma)}。`, '');
  });
  lines.push(`解读单位${s.colon}${pick(rng, AGENCIES['综合保障'])}综合规划处`);
  lines.push(`联系电话${s.colon}${int(rng, 80000000, 89999999)}`);
  return lines.join('\n') + '\n';
}
