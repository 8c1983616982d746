import type { City } from './city';
import { declaredSize, type PlanOutline } from './outline';
import { int, pick, type Rng } from './prng';
import type { Style } from './sentences';

// 新闻: a press release announcing the plan, with a headline and excerpts of its tasks.

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['晓', '文', '志', '海', '明', '静', '婷', '磊', '洋', '慧', '涛', '宁'];

export function newsRelease(rng: Rng, city: City, year: number, o: PlanOutline, s: Style): string {
  const month = int(rng, 2, 5);
  const day = int(rng, 1, 28);
  const reporter = pick(rng, SURNAMES) + pick(rng, GIVEN) + pick(rng, GIVEN);
  const lines = [
    '',
    `《${o.title}》出台 ${city.name}推进${declaredSize(o)}`,
    '',
    `${city.name}日报${month}月${day}日讯 在${month}月${day}日召开的${city.name}市政府新闻发布会上${s.comma}记者了解到${s.comma}${pick(rng, ['市大数据局', '市数据局'])}牵头起草了《${o.title}》${s.comma}现已正式印发。${o.projects[0]?.intro ?? ''}`,
    '',
  ];
  for (const p of o.projects) {
    lines.push(`●推进${p.name}`, '', p.intro, '');
    // A press release quotes tasks without their agency parentheses.
    for (const t of p.tasks.slice(0, int(rng, 3, 6))) lines.push(t.replace(/[(（][^()（）]*[)）]/g, ''), '');
  }
  lines.push(`${s.open}${city.name}日报记者 ${reporter}${s.close}`);
  return lines.join('\n') + '\n';
}
