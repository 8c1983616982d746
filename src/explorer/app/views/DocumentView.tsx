import { useEffect, useMemo, useRef, useState } from 'react';
import { gql } from '../api';
import { Status } from '../components/Status';
import { href, nodeHref } from '../router';
import { dedupe, segments, type OwnedSpan, type Segment } from '../spans';
import { colourOf } from '../theme';
import { useData } from '../use-data';
import { NODE, type NodeRef } from './fragments';

// A document's text with every extracted span highlighted: the tasks and results read from it,
// their projects, platforms, indicators and agencies, and the plans it describes. Clicking a
// highlight lists what was read there; #/document/ID?start=&end= opens at one sentence.

// Every place in this document (a node read in many documents lists only the first page otherwise).
const AT = 'sources(document: $id, first: 100) { start end document { id } }';
const DOC = `query DocumentText($id: ID!) {
  node(id: $id) {
    ${NODE}
    ... on Document { title kind period date docNumber text plans { ${NODE} ${AT} } }
  }
}`;
const WORK = (kind: 'tasks' | 'results') => `query DocumentSpans($id: ID!, $after: String) {
  ${kind}(filter: { document: $id }, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      ${NODE} ${AT}
      platforms { ${NODE} ${AT} }
      ${kind === 'tasks' ? `project { ${NODE} ${AT} } targets { indicator { ${NODE} } ${AT} } responsibilities { agency { ${NODE} } ${AT} }` : `measured { indicator { ${NODE} } ${AT} }`}
    }
  }
}`;

type Sourced = NodeRef & { sources: { start: number; end: number; document: { id: string } }[] };

function spansOf(docId: string, owner: NodeRef, sources: Sourced['sources'], relation: string): OwnedSpan[] {
  return sources.filter((s) => s.document.id === docId).map((s) => ({ start: s.start, end: s.end, owner, relation }));
}

async function loadSpans(docId: string, plans: Sourced[]): Promise<OwnedSpan[]> {
  const out: OwnedSpan[] = plans.flatMap((p) => spansOf(docId, p, p.sources, 'Plan'));
  for (const kind of ['tasks', 'results'] as const) {
    let after: string | null = null;
    do {
      const data: any = await gql(WORK(kind), { id: docId, after });
      for (const n of data[kind].nodes) {
        out.push(...spansOf(docId, n, n.sources, n.label));
        for (const p of n.platforms) out.push(...spansOf(docId, p, p.sources, 'Platform'));
        if (n.project) out.push(...spansOf(docId, n.project, n.project.sources, 'EngineeringProject'));
        for (const t of n.targets ?? []) out.push(...spansOf(docId, t.indicator, t.sources, 'target'));
        for (const m of n.measured ?? []) out.push(...spansOf(docId, m.indicator, m.sources, 'reported value'));
        for (const r of n.responsibilities ?? []) out.push(...spansOf(docId, r.agency, r.sources, 'responsibility'));
      }
      after = data[kind].pageInfo.hasNextPage ? data[kind].pageInfo.endCursor : null;
    } while (after);
  }
  return dedupe(out);
}

export function DocumentView({ id, params }: { id: string; params: URLSearchParams }) {
  const doc = useData(() => gql<{ node: (Sourced & Record<string, any>) | null }>(DOC, { id }), [id]);
  const focus = params.has('start') ? { start: Number(params.get('start')), end: Number(params.get('end')) } : null;
  return (
    <Status data={doc}>
      {({ node }) =>
        node?.label === 'Document' ? <Reader doc={node} focus={focus} /> : <p className="status error">No document with id {id}.</p>
      }
    </Status>
  );
}

function Reader({ doc, focus }: { doc: Record<string, any>; focus: { start: number; end: number } | null }) {
  const spans = useData(() => loadSpans(doc.id, doc.plans), [doc.id]);
  return (
    <article className="document">
      <p className="badge">Document</p>
      <h1>{doc.title}</h1>
      <p className="muted">
        {[doc.kind, doc.period, doc.date, doc.docNumber].filter(Boolean).join(' · ')} · {doc.text.length} characters ·{' '}
        <a href={href('node', doc.id)}>entity page</a>
      </p>
      <Status data={spans}>{(all) => <Text text={doc.text} spans={all} focus={focus} />}</Status>
    </article>
  );
}

function Text({ text, spans, focus }: { text: string; spans: OwnedSpan[]; focus: { start: number; end: number } | null }) {
  const withFocus = useMemo(
    () =>
      focus
        ? [...spans, { start: focus.start, end: focus.end, owner: { id: '', name: 'the quoted sentence', label: '' }, relation: 'focus' }]
        : spans,
    [spans, focus],
  );
  const segs = useMemo(() => segments(text.length, withFocus), [text, withFocus]);
  const [chosen, setChosen] = useState<Segment | null>(null);
  const focusRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
  }, [focus?.start, focus?.end]);
  let focusAssigned = false;
  const owners = spans.length;
  return (
    <div className="reader">
      <p className="muted">{owners} extracted spans highlighted; click one to see what was read there.</p>
      {chosen && (
        <aside className="span-info" aria-live="polite">
          <p>
            <q>{text.slice(chosen.start, chosen.end)}</q>
          </p>
          <ul>
            {chosen.spans
              .filter((s) => s.relation !== 'focus')
              .map((s, i) => (
                <li key={i}>
                  <a href={nodeHref(s.owner)} style={{ borderColor: colourOf(s.owner.label) }} className="node-link">
                    {s.owner.name}
                  </a>{' '}
                  <span className="kind">{s.relation === s.owner.label ? s.owner.label : `${s.owner.label}, ${s.relation}`}</span> ·
                  characters {s.start}–{s.end}
                </li>
              ))}
          </ul>
        </aside>
      )}
      <div className="doc-text">
        {segs.map((seg) => {
          const piece = text.slice(seg.start, seg.end);
          if (!seg.spans.length) return <span key={seg.start}>{piece}</span>;
          const isFocus = seg.spans.some((s) => s.relation === 'focus');
          const real = seg.spans.filter((s) => s.relation !== 'focus');
          const first = real[0];
          const ref =
            isFocus && !focusAssigned
              ? ((focusAssigned = true),
                (el: HTMLElement | null) => {
                  focusRef.current = el;
                })
              : undefined;
          return (
            <mark
              key={seg.start}
              ref={ref}
              className={`span${isFocus ? ' focus' : ''}${real.length > 1 ? ' nested' : ''}`}
              style={first ? { borderBottomColor: colourOf(first.owner.label) } : undefined}
              data-labels={real.map((s) => s.owner.label).join(' ')}
              title={real.map((s) => `${s.owner.label}: ${s.owner.name}`).join('\n')}
              onClick={() => setChosen(seg)}
            >
              {piece}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
