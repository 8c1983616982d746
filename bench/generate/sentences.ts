import type { City, Platform } from './city';
import { valueIn } from './city';
import { chineseNumeral, resultPhrase, targetPhrase, trimmed, withMultiplier, type ResultStyle, type TargetStyle } from './numbers';
import { chance, int, pick, sample, shuffle, type Rng } from './prng';
import { AGENCIES, INDICATORS, WORDS, type Domain, type IndicatorWord } from './vocabulary';

// Sentence patterns of the genre, recombined: a plan's task (任务) with its target and lead
// agency, a report's result (成效) with its qualifier, and connective prose around them.

/** Punctuation style of one document: the seeds are half-width, many real pages full-width. */
export interface Style {
  comma: string;
  colon: string;
  semi: string;
  open: string;
  close: string;
}
export const HALF: Style = { comma: ',', colon: ':', semi: ';', open: '(', close: ')' };
export const FULL: Style = { comma: '，', colon: '：', semi: '；', open: '（', close: '）' };

/** A count as people write it: round figures, sometimes in Chinese numerals. */
function count(rng: Rng, n: number): string {
  const r = n > 200 ? Math.round(n / 10) * 10 : Math.max(1, Math.round(n));
  return r < 100 && chance(rng, 0.15) ? chineseNumeral(r) : String(r);
}

/** A target value written with its unit (4.5万个, 95%, 3100亿元). */
export function quantity(ind: IndicatorWord, value: number): string {
  if (ind.percent) return `${trimmed(value, value < 90 ? 0 : 1)}%`;
  if (value < 1e4) return `${Math.max(1, Math.round(value))}${ind.unit}`;
  return withMultiplier(value, ind.unit);
}

export const indicatorsOf = (domain: Domain): IndicatorWord[] => INDICATORS.filter((i) => i.domain === domain);

export function leadAgencies(rng: Rng, domain: Domain, s: Style): string {
  const [lead, ...others] = sample(
    rng,
    [...AGENCIES[domain], ...AGENCIES['综合保障']].filter((a, i, all) => all.indexOf(a) === i),
    3,
  );
  const helpers = others.join('、');
  switch (int(rng, 0, 2)) {
    case 0:
      return `${s.open}牵头单位${s.colon}${lead}${s.semi}配合单位${s.colon}${helpers}${s.close}`;
    case 1:
      return `${s.open}${lead}牵头${s.comma}${helpers}按职责分工负责${s.close}`;
    default:
      return `${s.open}责任单位${s.colon}${lead}${s.close}`;
  }
}

/** "X建设" without doubling a topic that already ends in 建设. */
const building = (topic: string): string => (topic.endsWith('建设') ? topic : `${topic}建设`);

/** One numeric target clause for an indicator: 力争5G基站数达到4.5万个 and its variants. */
function targetClause(rng: Rng, city: City, year: number, domain: Domain, ind: IndicatorWord, s: Style): string {
  const topic = pick(rng, WORDS.topics[domain]);
  const push = pick(rng, WORDS.push);
  // A plan aims a little above the trend; a share never goes past 100%.
  const trend = valueIn(city, ind, year);
  const target = ind.percent ? Math.min(99.9, trend + rng() * 2) : trend * (1 + rng() * 0.08);
  const style = pick<TargetStyle>(rng, ind.percent ? ['reach', 'orMore', 'keep'] : ['reach', 'atLeast', 'orMore', 'about']);
  const platform = pickPlatform(rng, city, domain);
  switch (int(rng, 0, 3)) {
    case 0:
      return `${push}${topic}${s.comma}${pick(rng, WORDS.strive)}${ind.name}${targetPhrase(style, quantity(ind, target))}`;
    case 1: {
      const [a, b] = sample(rng, WORDS.fields, 2);
      return `在${a}、${b}等领域${s.comma}${push}${topic}${s.comma}${ind.object}${targetPhrase(style, quantity(ind, target))}`;
    }
    case 2:
      return ind.percent || target >= 1e4
        ? `${push}${platform ? platform.name : topic}${platform ? '建设' : ''}${s.comma}${ind.name}累计达到${quantity(ind, target)}`
        : `${push}${topic}${s.comma}${ind.verbs[0]}${count(rng, target)}${ind.unit}以上${ind.object}`;
    default:
      return `${pick(rng, WORDS.strive)}${ind.name}由${quantity(ind, valueIn(city, ind, year - 1))}提高到${quantity(ind, target)}`;
  }
}

/** A task without an indicator: build a platform, set up a mechanism, open scenarios. */
function actionClause(rng: Rng, city: City, domain: Domain, s: Style): string {
  const topic = pick(rng, WORDS.topics[domain]);
  const platform = pickPlatform(rng, city, domain);
  const [a, b] = sample(rng, WORDS.fields, 2);
  switch (int(rng, 0, 4)) {
    case 0:
      return `${pick(rng, WORDS.push)}${platform ? `“${platform.name}”建设` : building(topic)}${s.comma}${pick(rng, WORDS.effect)}`;
    case 1:
      return `推动${a}、${b}等领域“${pick(rng, WORDS.themes)}”场景建设${s.comma}打造${count(rng, int(rng, 5, 60))}个以上标杆应用`;
    case 2:
      return `出台${city.name}${topic}实施细则${s.comma}建立健全${pick(rng, ['评估考核', '协同推进', '运营维护', '安全保障'])}机制`;
    case 3:
      return platform
        ? `支持${platform.name}在${a}领域拓展应用${s.comma}${pick(rng, WORDS.effect)}`
        : `探索${topic}新模式${s.comma}在${a}领域先行先试`;
    default:
      return `${pick(rng, WORDS.push)}${topic}${s.comma}${pick(rng, WORDS.effect)}${s.comma}${pick(rng, WORDS.effect)}`;
  }
}

/** One plan task, numeric when `ind` is given, often with a lead agency in parentheses. */
export function taskSentence(rng: Rng, city: City, year: number, domain: Domain, s: Style, ind?: IndicatorWord): string {
  const body = ind ? targetClause(rng, city, year, domain, ind, s) : actionClause(rng, city, domain, s);
  return `${body}${chance(rng, 0.6) ? leadAgencies(rng, domain, s) : ''}。`;
}

/** `n` tasks of a domain; each indicator is targeted at most once, the rest are actions. */
export function taskList(rng: Rng, city: City, year: number, domain: Domain, s: Style, n: number): string[] {
  const inds = sample(rng, indicatorsOf(domain), Math.ceil(n * 0.6));
  const slots = shuffle(
    rng,
    Array.from({ length: n }, (_, i) => inds[i]),
  );
  return slots.map((ind) => taskSentence(rng, city, year, domain, s, ind));
}

export function pickPlatform(rng: Rng, city: City, domain: Domain): Platform | undefined {
  const own = city.platforms.filter((p) => p.domain === domain);
  return own.length > 0 && chance(rng, 0.7) ? pick(rng, own) : undefined;
}

/** A result without a number: a platform launched, a scenario opened, an honour won. */
function actionResult(rng: Rng, city: City, domain: Domain, s: Style): string {
  const platform = pickPlatform(rng, city, domain);
  const topic = pick(rng, WORDS.topics[domain]);
  switch (int(rng, 0, 3)) {
    case 0:
      return platform ? `建成启用${platform.name}${s.comma}${pick(rng, WORDS.effect)}` : `${topic}${pick(rng, WORDS.steady)}`;
    case 1:
      return `在${pick(rng, WORDS.fields)}领域打造${count(rng, int(rng, 3, 90))}个典型场景`;
    case 2:
      return `${topic}经验做法入选${pick(rng, ['全国', '全省'])}典型案例`;
    default:
      return `${platform ? platform.name : topic}${pick(rng, ['上线运行', '投入使用', '持续优化'])}${s.comma}${pick(rng, WORDS.effect)}`;
  }
}

/** One reported value of an indicator at the end of the year, with its qualifier. */
export function resultSentence(rng: Rng, city: City, year: number, domain: Domain, s: Style, ind?: IndicatorWord): string {
  if (!ind) return actionResult(rng, city, domain, s);
  const platform = pickPlatform(rng, city, domain);
  const trend = valueIn(city, ind, year);
  const value = ind.percent ? Math.min(99.9, trend + (rng() - 0.5) * 2) : trend * (0.94 + rng() * 0.14);
  const verb = pick(rng, ind.verbs);
  if (ind.percent) return `${ind.object}${pick(rng, ['达到', '提升至', '达'])}${trimmed(value, 1)}%`;
  // 余 and 约 go with round figures; a small exact count is written plainly.
  const style = value < 100 ? pick<ResultStyle>(rng, ['over', 'plain']) : pick<ResultStyle>(rng, ['over', 'about', 'more', 'plain']);
  const number = value >= 1e4 ? withMultiplier(value, '') : count(rng, value);
  const measured = resultPhrase(style, number, ind.unit);
  switch (int(rng, 0, 2)) {
    case 0:
      return `累计${verb}${ind.object}${measured}`;
    case 1:
      return platform ? `${platform.name}${verb}${ind.object}${measured}` : `${verb}${ind.object}${measured}`;
    default:
      return `${ind.name}${pick(rng, ['达到', '达'])}${quantity(ind, value)}${s.comma}同比增长${trimmed(3 + rng() * 25, 1)}%`;
  }
}

/** A paragraph of results: "r1,r2。r3,r4。"; each indicator reported at most once. */
export function resultParagraph(rng: Rng, city: City, year: number, domain: Domain, s: Style, n: number): string {
  const inds = sample(rng, indicatorsOf(domain), Math.ceil(n * 0.6));
  const slots = shuffle(
    rng,
    Array.from({ length: n }, (_, i) => inds[i]),
  );
  return slots.map((ind, i) => resultSentence(rng, city, year, domain, s, ind) + (i % 2 === 0 && i < n - 1 ? s.comma : '。')).join('');
}

/** Connective background prose (no numbers): gives documents the genre's bulk and rhythm. */
export function proseSentence(rng: Rng, domain: Domain, s: Style): string {
  const [a, b] = sample(rng, WORDS.fields, 2);
  const theme = pick(rng, WORDS.themes);
  return `聚焦${a}、${b}等重点领域${s.comma}深入开展“${theme}”行动${s.comma}${pick(rng, WORDS.push)}${pick(rng, WORDS.topics[domain])}${s.comma}${pick(rng, WORDS.effect)}。`;
}
