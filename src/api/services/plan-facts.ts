import { sentenceAround, writtenForms, type SourceSpan } from '../../model';
import type { ApiContext } from '../context/context';
import type { NodeView } from '../loaders';
import { relsOf } from './related';

// Where a plan's declared facts (发文字号, N项重点任务, N大工程, 印发日期) are written: among the
// sentences that name the plan or describe it (its own mentions and its DESCRIBES spans), those
// that carry the value as written. The quote is the whole sentence.

export type PlanFactField = 'DOC_NUMBER' | 'TASK_COUNT' | 'PROJECT_COUNT' | 'ISSUE_DATE';
export interface PlanFactData {
  field: PlanFactField;
  value: string;
  sources: SourceSpan[];
}

const NUMERAL = /[\d零一二两三四五六七八九十百]/;

/** Whether `form` stands in `text` as a whole number, not inside a longer one. */
function standsAlone(text: string, form: string): boolean {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (!NUMERAL.test(text[i - 1] ?? '') && !NUMERAL.test(text[i + form.length] ?? '')) return true;
  }
  return false;
}

function datesOf(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  return [iso, `${y}年${m}月${d ? `${d}日` : ''}`];
}

export async function planFacts(ctx: ApiContext, plan: NodeView): Promise<PlanFactData[]> {
  const wanted: { field: PlanFactField; value: string; forms: string[]; whole: boolean }[] = [];
  if (typeof plan.docNumber === 'string')
    wanted.push({ field: 'DOC_NUMBER', value: plan.docNumber, forms: [plan.docNumber], whole: false });
  if (typeof plan.taskCount === 'number')
    wanted.push({ field: 'TASK_COUNT', value: String(plan.taskCount), forms: writtenForms(plan.taskCount), whole: true });
  if (typeof plan.projectCount === 'number')
    wanted.push({ field: 'PROJECT_COUNT', value: String(plan.projectCount), forms: writtenForms(plan.projectCount), whole: true });
  if (typeof plan.issueDate === 'string')
    wanted.push({ field: 'ISSUE_DATE', value: plan.issueDate, forms: datesOf(plan.issueDate), whole: false });
  if (wanted.length === 0) return [];
  const describing = (await relsOf(ctx, plan.id, 'IN', ['DESCRIBES'])).flatMap((r) => r.sources);
  const spans = [...plan.sources, ...describing];
  await ctx.loaders.preloadDocuments(spans.map((s) => s.document));
  const sentences = new Map<string, SourceSpan>();
  for (const span of spans) {
    const doc = await ctx.loaders.documentNode(span.document);
    const text = typeof doc?.text === 'string' ? doc.text : '';
    const r = sentenceAround(text, span.start, span.end);
    sentences.set(`${span.document}:${r.start}`, { document: span.document, start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  }
  const ordered = [...sentences.values()].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  return wanted.map(({ field, value, forms, whole }) => ({
    field,
    value,
    sources: ordered.filter((s) => forms.some((f) => (whole ? standsAlone(s.text, f) : s.text.includes(f)))),
  }));
}
