import type { ValueContext } from './value-context';

// A level after 在 (or reached, 达到) that picks whom a measure is for: 固定资产投资额在1亿元以上的，按…给予补助,
// 实缴注册资本达到5000万元以上的，… (the 的-phrase heads its clause: "those at N or more"), 规模在3000个标准机架以上的数据中心 (the level sorts the noun after
// it). Who qualifies, not what anything reached. A level a figure is kept at stays a value (增速保持在6%以上
// 的水平, 粮食产量稳定在1.3万亿斤以上的基础上): neither a break nor a qualifying noun follows its 的.

const AT = /在\s*$/;
/** What follows the number up to the 的 that closes the phrase: the clause's end, or a noun of those who qualify. */
const PICKS = new RegExp(
  '^[^，,。；;、\\d]{0,8}?(?:及?以上|以下|以内)的(?:\\s*(?:[，,]|$)|[^，,。；;、\\d]{0,8}?(?:企业|项目|数据中心|单位|机构|平台|园区|基地|集群|供应商|服务商|人才|团队))',
);

/** The words after the figure itself: a bound read with the number (1亿元以上) comes back with them. */
function afterNumber(v: ValueContext): string {
  const raw = v.raw ?? '';
  const bound = raw.search(/及?以上|以下|以内/);
  return `${bound >= 0 ? raw.slice(bound) : ''}${v.after ?? ''}`;
}

/** 实缴注册资本达到5000万元以上的，…: reached as a condition, the 的-phrase heading its clause. */
const REACHED = /(?:达到|达)\s*$/;
const HEADS_CLAUSE = /^[^，,。；;、\d]{0,8}?(?:及?以上|以下|以内)的\s*(?:[，,]|$)/;

export function isQualifyingLevel(v: ValueContext): boolean {
  if (AT.test(v.before)) return PICKS.test(afterNumber(v));
  const reached = REACHED.test(v.before) || /^\s*(?:达到|达)/.test(v.raw ?? '');
  return reached && HEADS_CLAUSE.test(afterNumber(v));
}
