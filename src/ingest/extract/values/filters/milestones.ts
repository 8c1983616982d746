import type { ValueContext } from './value-context';

// A level named as a step crossed (地区生产总值连续跨越8万亿元、9万亿元、10万亿元三个大台阶; 软件业收入跃上十万亿
// 元台阶): a milestone the text passes, not the value reached — the figure that follows says that (…台阶，达
// 10.81万亿元, test/fixtures/corpus 052).

/** The rest of a list of steps, their count, then 台阶 (…、10万亿元三个大台阶; 台阶). */
const STEPS_AFTER = /^(?:\s*、[^、，,。；;]{1,8}?)*?\s*(?:[一二两三四五六七八九十]+个)?\s*(?:大|新)?台阶/;

/** The words after the figure to the end of its sentence (its clause's few characters may stop short of 台阶). */
function afterFigure(v: ValueContext): string {
  if (v.sentence === undefined || v.lead === undefined) return v.after ?? '';
  return v.sentence.slice(v.lead.length + (v.raw ?? '').length);
}

export function isMilestone(v: ValueContext): boolean {
  return STEPS_AFTER.test(afterFigure(v));
}
