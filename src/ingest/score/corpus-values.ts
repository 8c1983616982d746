import { Period, type Graph, type GraphRelationship } from '../../model';
import type { CorpusGoldDocument, CorpusGoldValue } from './corpus-gold';
import { Locator, type Range } from './locate';
import { namesMatch } from './names';

// Values on real documents, scored by place and number: a gold value is FOUND when the graph
// holds a SETS_TARGET or MEASURED from its document whose span overlaps the quote and whose
// number is the gold number. Then: was its kind right, was its period right. Precision asks the
// other way: does each value read from these documents match some gold value (a value on a
// sentence the gold does not mention is a false positive). Indicator naming is reported apart.

export interface ReadValue {
  document: string;
  kind: 'TARGET' | 'ACTUAL';
  value: number;
  period?: string;
  indicator: string;
  start: number;
  end: number;
  raw: string;
  /** Why the loader judged it so (reason codes), for the lists of misses. */
  why: string;
}

export interface DocumentValueScore {
  document: string;
  split: string;
  gold: number;
  found: number;
  rightKind: number;
  rightPeriod: number;
  read: number;
  matched: number;
}

export interface Ratio {
  hit: number;
  total: number;
  ratio: number;
}

export interface CorpusValueReport {
  /** Gold values found with the right kind / all gold values. */
  recall: Ratio;
  /** Of the found values, the share with the right kind. */
  kind: Ratio;
  /** Of the found values, the share with the right period. */
  period: Ratio;
  /** Values read that match a gold value by place and number / all values read. */
  precision: Ratio;
  /** Informational: of the found values, the share whose indicator name matches the gold's. */
  naming: Ratio;
  documents: DocumentValueScore[];
  /** Gold values not found, found with the wrong kind or period, and values read that match none. */
  misses: string[];
  wrongKind: string[];
  wrongPeriod: string[];
  extra: string[];
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total, ratio: total ? hit / total : 1 });
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
/** A period as the gold writes it: 2018-2022 whatever the dash. */
export const periodKey = (p: string | undefined): string | undefined => (p === undefined ? undefined : Period.normalise(p));

function periodOf(r: GraphRelationship): string | undefined {
  const p = r.properties;
  const s =
    typeof p.period === 'string' ? p.period : typeof p.asOf === 'string' ? p.asOf : typeof p.year === 'number' ? String(p.year) : undefined;
  return periodKey(s);
}

/** Every SETS_TARGET / MEASURED read from the named documents, located by its span. */
export function readValues(graph: Graph, documents: ReadonlySet<string>): ReadValue[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const out: ReadValue[] = [];
  for (const r of graph.relationships) {
    if ((r.type !== 'SETS_TARGET' && r.type !== 'MEASURED') || typeof r.properties.value !== 'number') continue;
    for (const s of r.sources) {
      if (!documents.has(s.document)) continue;
      out.push({
        document: s.document,
        kind: r.type === 'SETS_TARGET' ? 'TARGET' : 'ACTUAL',
        value: r.properties.value,
        period: periodOf(r),
        indicator: names.get(r.to) ?? '',
        start: s.start,
        end: s.end,
        raw: typeof r.properties.raw === 'string' ? r.properties.raw : s.text,
        why: `${r.properties.kindReason ?? '?'}/${r.properties.periodReason ?? '?'}`,
      });
    }
  }
  return out;
}

const at = (ranges: Range[], v: ReadValue) => ranges.some(([a, b]) => v.start < b && a < v.end);
const numberOf = (g: CorpusGoldValue, v: ReadValue) => sameNumber(v.value, g.value);
const short = (doc: string) => doc.slice(0, 3);
const describe = (doc: string, g: CorpusGoldValue) => `${short(doc)} ${g.kind} ${g.period} ${g.value}${g.unit ?? ''} «${g.text}»`;

export function scoreCorpusValues(graph: Graph, gold: CorpusGoldDocument[]): CorpusValueReport {
  const locator = new Locator(graph);
  const values = readValues(graph, new Set(gold.map((g) => g.document)));
  const byDoc = new Map<string, ReadValue[]>();
  for (const v of values) byDoc.set(v.document, [...(byDoc.get(v.document) ?? []), v]);
  const totals = { gold: 0, found: 0, rightKind: 0, rightPeriod: 0, read: 0, matched: 0, named: 0 };
  const report: Omit<CorpusValueReport, 'recall' | 'kind' | 'period' | 'precision' | 'naming'> = {
    documents: [],
    misses: [],
    wrongKind: [],
    wrongPeriod: [],
    extra: [],
  };
  for (const doc of gold) {
    const read = byDoc.get(doc.document) ?? [];
    const places = doc.values.map((g) => locator.occurrences(doc.document, g.text));
    const row: DocumentValueScore = {
      document: doc.document,
      split: doc.split,
      gold: doc.values.length,
      found: 0,
      rightKind: 0,
      rightPeriod: 0,
      read: read.length,
      matched: 0,
    };
    doc.values.forEach((g, i) => {
      const candidates = read.filter((v) => at(places[i], v) && numberOf(g, v));
      if (!candidates.length) {
        report.misses.push(describe(doc.document, g));
        return;
      }
      row.found++;
      const best =
        candidates.find((v) => v.kind === g.kind && v.period === periodKey(g.period)) ??
        candidates.find((v) => v.kind === g.kind) ??
        candidates[0];
      if (best.kind === g.kind) row.rightKind++;
      else report.wrongKind.push(`${describe(doc.document, g)} read ${best.kind} (${best.why})`);
      if (best.period === periodKey(g.period)) row.rightPeriod++;
      else report.wrongPeriod.push(`${describe(doc.document, g)} read ${best.period ?? 'no period'} (${best.why})`);
      if (namesMatch([g.indicator], [best.indicator])) totals.named++;
    });
    for (const v of read) {
      if (doc.values.some((g, i) => at(places[i], v) && numberOf(g, v))) row.matched++;
      else report.extra.push(`${short(doc.document)} ${v.kind} ${v.period ?? '?'} ${v.value} ${v.indicator} «${v.raw}»`);
    }
    report.documents.push(row);
    totals.gold += row.gold;
    totals.found += row.found;
    totals.rightKind += row.rightKind;
    totals.rightPeriod += row.rightPeriod;
    totals.read += row.read;
    totals.matched += row.matched;
  }
  return {
    recall: ratio(totals.rightKind, totals.gold),
    kind: ratio(totals.rightKind, totals.found),
    period: ratio(totals.rightPeriod, totals.found),
    precision: ratio(totals.matched, totals.read),
    naming: ratio(totals.named, totals.found),
    ...report,
  };
}

const pct = (r: Ratio) => `${(r.ratio * 100).toFixed(1)}% (${r.hit}/${r.total})`;

/** The four numbers, naming, and a per-document table, for people. */
export function formatCorpusValues(name: string, r: CorpusValueReport): string {
  const rows = r.documents.map(
    (d) =>
      `  ${d.document.slice(0, 40).padEnd(40)} gold ${String(d.gold).padStart(3)} found ${String(d.found).padStart(3)} kind ${String(d.rightKind).padStart(3)} period ${String(d.rightPeriod).padStart(3)} read ${String(d.read).padStart(3)} matched ${String(d.matched).padStart(3)}`,
  );
  return [
    `${name}: recall with right kind ${pct(r.recall)}  kind accuracy ${pct(r.kind)}  period accuracy ${pct(r.period)}  precision ${pct(r.precision)}  (naming ${pct(r.naming)})`,
    ...rows,
  ].join('\n');
}
