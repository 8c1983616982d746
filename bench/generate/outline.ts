import type { City } from './city';
import { chineseNumeral } from './numbers';
import { int, pick, rngFor, sample } from './prng';
import { proseSentence, taskList, type Style } from './sentences';
import { DOMAINS, NATIONAL_PLANS, PROJECT_SUFFIXES, PROVINCIAL_PLAN_PATTERNS, WORDS, type Domain } from './vocabulary';

// A city's annual plan as a structure: its title, the programme it belongs to, the plans it
// carries out and its engineering projects (工程) with their tasks. The action plan, its
// interpretation (解读) and the press release all render this one outline, so they agree.

export interface Project {
  domain: Domain;
  name: string;
  topic: string;
  intro: string;
  tasks: string[];
}
export interface PlanOutline {
  title: string; // 数字临川2025年行动方案
  programme: string; // 数字临川2.0
  higher: string[]; // titles without 《》
  projects: Project[];
  taskCount: number;
  docNumber: string; // 临政办字〔2025〕21号
}

export const planTitle = (city: City, year: number): string => `数字${city.name}${year}年行动方案`;
export const programmeOf = (city: City, year: number): string => `数字${city.name}${year <= 2022 ? '1.0' : year <= 2025 ? '2.0' : '3.0'}`;

export function planOutline(seed: string, city: City, year: number, s: Style): PlanOutline {
  const rng = rngFor(seed, 'plan', city.index, year);
  const domains = sample(rng, DOMAINS, int(rng, 5, 8));
  const projects = domains.map((domain) => {
    const name = `${domain}${pick(rng, PROJECT_SUFFIXES)}工程`;
    const tasks = taskList(rng, city, year, domain, s, int(rng, 8, 14));
    return { domain, name, topic: pick(rng, WORDS.topics[domain]), intro: proseSentence(rng, domain, s), tasks };
  });
  const bracket = pick(rng, [
    ['〔', '〕'],
    ['【', '】'],
    ['[', ']'],
  ]);
  return {
    title: planTitle(city, year),
    programme: programmeOf(city, year),
    higher: [pick(rng, NATIONAL_PLANS), pick(rng, PROVINCIAL_PLAN_PATTERNS).replace('{P}', city.province)],
    projects,
    taskCount: projects.reduce((n, p) => n + p.tasks.length, 0),
    docNumber: `${city.short}政办字${bracket[0]}${year}${bracket[1]}${int(rng, 3, 60)}号`,
  };
}

/** "七大工程54项重点任务", the way plans declare their size. */
export const declaredSize = (o: PlanOutline): string => `${chineseNumeral(o.projects.length)}大工程${o.taskCount}项重点任务`;

/** The opening clause that names the higher plans (贯彻落实《…》《…》). */
export const carriesOut = (o: PlanOutline): string => o.higher.map((t) => `《${t}》`).join('和');

/** The plan's domains listed in this corpus's own house order (综合保障、数据基础设施…). */
const LISTING_ORDER: readonly Domain[] = [
  '综合保障',
  '数据基础设施',
  '数字生态文明',
  '数字社会',
  '数字文化',
  '数字政府',
  '数字经济',
  '数据要素',
];
export const domainList = (o: PlanOutline): string => LISTING_ORDER.filter((d) => o.projects.some((p) => p.domain === d)).join('、');
