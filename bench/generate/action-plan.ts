import type { City } from './city';
import { chineseNumeral } from './numbers';
import { carriesOut, declaredSize, type PlanOutline } from './outline';
import { pick, type Rng } from './prng';
import { proseSentence, type Style } from './sentences';
import { WORDS } from './vocabulary';

// 行动方案: the plan itself, with outline markers 一、 (一) 1. and "实施…工程" headings.

export function actionPlan(rng: Rng, city: City, year: number, o: PlanOutline, s: Style): string {
  const lines: string[] = [];
  lines.push(`${city.name}市人民政府办公厅关于印发《${o.title}》的通知`, o.docNumber, '');
  lines.push(`${o.title}`, '');
  lines.push(`为深入贯彻落实${carriesOut(o)}${s.comma}持续实施“${o.programme}”工程${s.comma}结合我市实际${s.comma}制定本方案。`);
  lines.push('一、总体要求');
  lines.push(
    `${proseSentence(rng, pick(rng, o.projects).domain, s)}到${year}年底${s.comma}推进${declaredSize(o)}${s.comma}${pick(rng, WORDS.effect)}。`,
  );
  lines.push('二、重点任务');
  o.projects.forEach((p, i) => {
    lines.push(`${s.open}${chineseNumeral(i + 1)}${s.close}实施${p.name}`, p.intro);
    p.tasks.forEach((t, j) => lines.push(`${j + 1}.${j === 0 ? p.topic + '。' : ''}${t}`));
  });
  lines.push('三、保障措施');
  ['加强组织领导', '强化要素保障', '健全评估机制'].forEach((h, i) => {
    lines.push(`${s.open}${chineseNumeral(i + 1)}${s.close}${h}。${proseSentence(rng, '综合保障', s)}`);
  });
  return lines.join('\n') + '\n';
}
