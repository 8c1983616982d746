import type { City } from './city';
import { chineseNumeral } from './numbers';
import { carriesOut, domainList, type PlanOutline } from './outline';
import { int, pick, sample, type Rng } from './prng';
import { proseSentence, resultParagraph, type Style } from './sentences';
import { WORDS, type Domain } from './vocabulary';

// 实施情况报告: what a year's plan achieved — 累计…N万个, 超N亿条 — and what comes next.

const HEADINGS = ['数字化发展基础持续夯实', '全域数字化转型赋能经济社会', '数据要素价值加速释放', '数字治理能力显著增强'];

export function implementationReport(rng: Rng, city: City, year: number, o: PlanOutline, s: Style): string {
  const lines: string[] = [];
  const domains = o.projects.map((p) => p.domain);
  lines.push(
    `${year}年${s.comma}我市为全面贯彻落实${carriesOut(o)}${s.comma}持续实施“${o.programme}”工程${s.comma}印发《${o.title}》${s.comma}统筹推进${domainList(o)}等领域建设。`,
  );
  lines.push('一、政策执行情况');
  lines.push(
    `《${o.title}》印发实施以来${s.comma}各项任务${pick(rng, WORDS.steady)}。在第三方评估结果中${s.comma}${o.taskCount}项任务完成情况${pick(rng, ['较好', '良好', '符合预期'])}。`,
  );
  lines.push('二、实施成效');
  const groups = chunk(domains, int(rng, 2, 3));
  groups.forEach((group, gi) => {
    lines.push(`${s.open}${chineseNumeral(gi + 1)}${s.close}${HEADINGS[gi % HEADINGS.length]}`);
    group.forEach((domain, di) => {
      lines.push(
        `${di + 1}.${domain}${pick(rng, WORDS.steady)}。${resultParagraph(rng, city, year, domain, s, int(rng, 8, 14))}${proseSentence(rng, domain, s)}${proseSentence(rng, domain, s)}${proseSentence(rng, domain, s)}`,
      );
    });
  });
  lines.push('三、下一步工作打算');
  lines.push(`${year + 1}年${s.comma}我市将以“${pick(rng, WORDS.themes)}”为牵引${s.comma}${pick(rng, WORDS.push)}全域数字化转型。`);
  for (const domain of sample(rng, domains, Math.min(4, domains.length))) {
    lines.push(
      `${domain}方面${s.comma}${pick(rng, WORDS.push)}${pick(rng, WORDS.topics[domain])}${s.comma}${pick(rng, WORDS.effect)}。${proseSentence(rng, domain, s)}`,
    );
  }
  return lines.join('\n') + '\n';
}

function chunk(domains: Domain[], parts: number): Domain[][] {
  const size = Math.ceil(domains.length / parts);
  const out: Domain[][] = [];
  for (let i = 0; i < domains.length; i += size) out.push(domains.slice(i, i + size));
  return out;
}
