import type { DocumentRecord, NodeLabel } from '../../model';
import type { ApiContext } from '../context/context';
import { documentView, type NodeView } from '../loaders';
import { queryUnits, snippet } from './snippet';

// Search (全文检索) over names and aliases, source sentences and whole document texts. A query's
// terms are its words (split at spaces and commas); `ALL` wants every term, `ANY` one of them,
// and then a long Chinese word also counts by its two-character parts (医疗健康 → 医疗, 健康),
// the units the index matches on. Each term's own hit count is reported; an empty answer
// comes with a hint saying which parts would have matched on their own.

export type MatchMode = 'ALL' | 'ANY';
export type MatchedIn = 'NAME' | 'SENTENCE' | 'DOCUMENT_TEXT';

export interface HitData {
  node: NodeView;
  score: number;
  snippet: string;
  matchedIn: MatchedIn;
  tier: number;
}
export interface TermCount {
  term: string;
  hits: number;
}
export interface SearchAnswer {
  hits: HitData[];
  terms: TermCount[];
  hint: string | null;
}

/** Most hits a term contributes before paging (the index ranks them; later ones are noise). */
export const SEARCH_CAP = 500;

export function termsOf(text: string, mode: MatchMode): string[] {
  const words = [
    ...new Set(
      text
        .trim()
        .split(/[\s,，、;；]+/u)
        .filter(Boolean),
    ),
  ];
  if (mode === 'ALL') return words;
  return [...new Set(words.flatMap((w) => [w, ...queryUnits(w)]))];
}

const lower = (s: string) => s.toLowerCase();

interface TermHits {
  term: string;
  nodes: Map<string, { score: number; text: string }>;
  documents: Map<string, number>;
}

async function hitsOfTerm(
  ctx: ApiContext,
  term: string,
  labels: NodeLabel[] | undefined,
  docs: () => Promise<DocumentRecord[]>,
  withDocs: boolean,
): Promise<TermHits> {
  const found = await ctx.store.search({ text: term, labels: labels?.filter((l) => l !== 'Document'), limit: SEARCH_CAP });
  const nodes = new Map(found.map((h) => [h.id, { score: h.score, text: h.text }]));
  const documents = new Map<string, number>();
  if (withDocs) {
    const needle = lower(term);
    for (const d of await docs()) {
      const hay = lower(d.text);
      let n = 0;
      for (let i = hay.indexOf(needle); i >= 0 && n < 1000; i = hay.indexOf(needle, i + needle.length)) n++;
      if (n > 0) documents.set(d.id, n);
    }
  }
  return { term, nodes, documents };
}

export async function searchGraph(ctx: ApiContext, text: string, mode: MatchMode, labels?: NodeLabel[]): Promise<SearchAnswer> {
  const terms = termsOf(text, mode);
  const withDocs = !labels?.length || labels.includes('Document');
  let all: Promise<DocumentRecord[]> | null = null;
  const docs = () => (all ??= ctx.store.listDocuments());
  const perTerm = await Promise.all(terms.map((t) => hitsOfTerm(ctx, t, labels, docs, withDocs)));
  const combine = <V>(pick: (t: TermHits) => Map<string, V>) => {
    const ids = perTerm.map((t) => new Set(pick(t).keys()));
    const union = new Set(ids.flatMap((s) => [...s]));
    return [...union].filter((id) => mode === 'ANY' || ids.every((s) => s.has(id)));
  };
  const nodeIds = labels?.length && !labels.some((l) => l !== 'Document') ? [] : combine((t) => t.nodes);
  const docIds = withDocs ? combine((t) => t.documents) : [];

  const nodes = await Promise.all(nodeIds.map((id) => ctx.loaders.entity(id)));
  const hits: HitData[] = [];
  nodeIds.forEach((id, i) => {
    const node = nodes[i];
    if (!node) return;
    const matches = perTerm.map((t) => t.nodes.get(id)).filter((m) => m !== undefined);
    const best = matches.reduce((a, b) => (b.score > a.score ? b : a));
    const matched = best.text || node.name;
    const isName = matched === node.name || node.aliases.includes(matched);
    hits.push({
      node,
      tier: 0,
      score: matches.reduce((s, m) => s + m.score, 0),
      snippet: snippet(matched, text),
      matchedIn: isName ? 'NAME' : 'SENTENCE',
    });
  });
  if (docIds.length) {
    const byId = new Map((await docs()).map((d) => [d.id, d]));
    for (const id of docIds) {
      const doc = byId.get(id);
      if (!doc) continue;
      const count = perTerm.reduce((s, t) => s + (t.documents.get(id) ?? 0), 0);
      hits.push({ node: documentView(doc), tier: 1, score: count, snippet: snippet(doc.text, text), matchedIn: 'DOCUMENT_TEXT' });
    }
  }
  const counts = perTerm.map((t) => ({ term: t.term, hits: t.nodes.size + t.documents.size }));
  return { hits, terms: counts, hint: hits.length ? null : await hintFor(ctx, text, mode, counts, labels) };
}

/** Why nothing matched, and what would: the terms or two-character parts that match alone. */
async function hintFor(ctx: ApiContext, text: string, mode: MatchMode, counts: TermCount[], labels?: NodeLabel[]): Promise<string> {
  const alone = counts.filter((c) => c.hits > 0);
  if (mode === 'ALL' && alone.length > 0) {
    return `No match has every term; alone, ${alone.map((c) => `${c.term} (${c.hits})`).join(', ')} match: try match: ANY.`;
  }
  const parts = [...new Set(termsOf(text, 'ANY'))].filter((p) => !counts.some((c) => c.term === p));
  const partCounts = await Promise.all(
    parts.map(async (p) => ({ term: p, hits: (await ctx.store.search({ text: p, labels, limit: SEARCH_CAP })).length })),
  );
  const useful = partCounts.filter((c) => c.hits > 0);
  if (useful.length > 0)
    return `Nothing matches ${text} as written; its parts ${useful.map((c) => `${c.term} (${c.hits})`).join(', ')} do: try match: ANY or a shorter word.`;
  return `Nothing matches ${text}: no name, sentence or document text holds it or any of its parts.`;
}
