import type { SearchHit, StoreStats } from '../contract/graph-store';
import { bestMatchingText, queryTokens } from '../contract/cjk-tokens';
import { sortDomainYears } from '../contract/stats-order';
import type { RecordLike } from './driver';
import { toNumber } from './encode';

// Turning query text into Lucene syntax and result rows into contract answers.

export type Row = RecordLike;

const HAN = /^\p{Script=Han}$/u;
const escapeTerm = (t: string) => t.replace(/[\\+\-!(){}[\]^"~*?:/&|]/g, '\\$&');

/**
 * The embedded store's query, in Lucene syntax: every token of cjk-tokens' queryTokens required
 * (Han pairs and latin/digit words quoted, which the cjk analyzer turns into one term each; a lone
 * Han character as a prefix of the pairs it starts). So 大模型 finds 政务大模型 on both stores,
 * and 模大 finds nothing on either.
 */
export function luceneQuery(text: string): string {
  return queryTokens(text)
    .map((t) => (HAN.test(t) ? `${escapeTerm(t)}*` : `"${t.replace(/[\\"]/g, '\\$&')}"`))
    .join(' AND ');
}

export function rankedHits(text: string, rows: Row[]): SearchHit[] {
  return rows.map((r) => {
    const fields = [r.get('name'), ...((r.get('aliases') ?? []) as unknown[]), ...((r.get('texts') ?? []) as unknown[])].map(String);
    return { id: String(r.get('id')), score: toNumber(r.get('score')), text: bestMatchingText(text, fields) };
  });
}

export function statsFrom(row: Row | undefined): StoreStats {
  const out: StoreStats = { nodesByLabel: {}, relationshipsByType: {}, tasksByDomainYear: [] };
  if (!row) return out;
  for (const n of row.get('nodes') as { label: string; count: unknown }[]) out.nodesByLabel[n.label] = toNumber(n.count);
  for (const r of row.get('rels') as { type: string; count: unknown }[]) out.relationshipsByType[r.type] = toNumber(r.count);
  const groups = row.get('groups') as { label: 'Task' | 'Result'; domain: string; year: unknown; count: unknown }[];
  out.tasksByDomainYear = sortDomainYears(
    groups.map((g) => ({
      label: g.label,
      domain: g.domain,
      year: g.year === null || g.year === undefined ? null : toNumber(g.year),
      count: toNumber(g.count),
    })),
  );
  return out;
}
