import type { ValueContext } from './value-context';

// How long a step of a procedure may take: 区经济和信息化局在收到申请之日起20个工作日内完成审核, 在30个工作日
// 内完成审核, 公示5个工作日 — a rule of the procedure, not a value. A time an indicator is cut to stays one (企业出口退税办理
// 时间压缩至6个工作日以内; 审批时限压缩在5个工作日内): no 之日起 before it, no step of the procedure after it.

const DAY_UNITS = new Set(['工作日', '日', '天']);
const FROM_DAY = /之日起\s*$/;
const AT = /在\s*$/;
const NOTICE = /公示(?:期)?\s*$/;
const WITHIN = /^\s*(?:以)?内/;
/** A step of the procedure done within the time (内完成审核, 内办结, 内作出决定). */
const STEP_AFTER = /^\s*(?:以)?内\s*(?:完成|办结|作出|做出|给予|予以|拨付|兑现|出具|反馈|答复|进行|组织)/;

export function isProcedureDeadline(v: ValueContext): boolean {
  if (v.unit === undefined || !DAY_UNITS.has(v.unit)) return false;
  const after = v.after ?? '';
  if (FROM_DAY.test(v.before)) return WITHIN.test(after);
  // 在江北新区门户网站公示5个工作日: how long a notice stands.
  if (NOTICE.test(v.before)) return true;
  return AT.test(v.before) && STEP_AFTER.test(after);
}
