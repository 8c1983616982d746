import { formatNumber, formatRatio, periodPosition } from '../format';
import { href } from '../router';
import type { Span } from './Quote';

// Targets and reported values of one indicator on a time axis, drawn as plain SVG: a handful of
// points needs no chart library, and SVG elements are links, readable by tests and screen
// readers. Targets are diamonds coloured by attainment; reported values are dots. One chart per
// unit, since 个 and % share no scale.

export interface TimelinePoint {
  kind: 'TARGET' | 'ACTUAL';
  period: string;
  value: number;
  unit?: string | null;
  raw?: string | null;
  comparator?: string | null;
  qualifier?: string | null;
  source: Span;
  attainment?: { status: string; ratio?: number | null; actual?: { period: string; value: number } | null } | null;
}

const W = 640;
const H = 240;
const PAD = { left: 64, right: 24, top: 24, bottom: 36 };

const STATUS_TEXT: Record<string, string> = { MET: 'met', NOT_MET: 'not met', NO_DATA: 'no data yet' };

export function attainmentText(p: TimelinePoint): string {
  if (!p.attainment) return '';
  const ratio = p.attainment.ratio !== null && p.attainment.ratio !== undefined ? ` · ratio ${formatRatio(p.attainment.ratio)}` : '';
  return `${STATUS_TEXT[p.attainment.status] ?? p.attainment.status}${ratio}`;
}

export function TimeAxis({ points, unit }: { points: TimelinePoint[]; unit: string }) {
  const placed = points.map((p) => ({ p, x: periodPosition(p.period) })).filter((d): d is { p: TimelinePoint; x: number } => d.x !== null);
  if (!placed.length) return <p className="status">No dated values in {unit}.</p>;
  const x0 = Math.floor(Math.min(...placed.map((d) => d.x)));
  const x1 = Math.ceil(Math.max(...placed.map((d) => d.x)));
  const yMax = Math.max(...placed.map((d) => d.p.value)) * 1.15 || 1;
  const sx = (x: number) => PAD.left + ((x - x0) / Math.max(x1 - x0, 1)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (y / yMax) * (H - PAD.top - PAD.bottom);
  const years = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => (f * yMax) / 1.15);
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Targets and reported values in ${unit}`} data-points={placed.length}>
        {yTicks.map((t) => (
          <g key={t} className="tick">
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(t)} y2={sy(t)} />
            <text x={PAD.left - 6} y={sy(t) + 4} textAnchor="end">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {years.map((y) => (
          <g key={y} className="tick">
            <line x1={sx(y)} x2={sx(y)} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={sx(y)} y={H - PAD.bottom + 16} textAnchor="middle">
              {y}
            </text>
          </g>
        ))}
        <text className="unit" x={8} y={14}>
          {unit}
        </text>
        {placed.map(({ p, x }, i) => {
          const cx = sx(x);
          const cy = sy(p.value);
          // points drawn on the same spot get their labels stacked; near the right edge, labels go left
          const before = placed.slice(0, i).filter((d) => Math.abs(sx(d.x) - cx) < 1 && Math.abs(sy(d.p.value) - cy) < 12).length;
          const leftward = cx > W * 0.7;
          const status = p.attainment?.status?.toLowerCase().replace('_', '-') ?? '';
          const title = `${p.kind === 'TARGET' ? 'Target' : 'Reported'} ${p.period}: ${p.raw ?? formatNumber(p.value)} (${formatNumber(p.value)} ${unit})${p.attainment ? ` — ${attainmentText(p)}` : ''}. Opens the sentence.`;
          return (
            <a
              key={i}
              href={href('document', p.source.document.id, { start: p.source.start, end: p.source.end })}
              className={`point ${p.kind.toLowerCase()} ${status}`}
              data-period={p.period}
            >
              <title>{title}</title>
              {p.kind === 'TARGET' ? (
                <path d={`M${cx} ${cy - 8}L${cx + 8} ${cy}L${cx} ${cy + 8}L${cx - 8} ${cy}Z`} />
              ) : (
                <circle cx={cx} cy={cy} r={6} />
              )}
              <text x={leftward ? cx - 11 : cx + 11} y={cy - 6 + before * 13} textAnchor={leftward ? 'end' : 'start'}>
                {formatNumber(p.value)}
                {p.kind === 'TARGET' && p.attainment ? ` · ${STATUS_TEXT[p.attainment.status] ?? ''}` : ''}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend target">◆ target</span> <span className="legend actual">● reported</span>{' '}
        <span className="legend met">◆ met</span> <span className="legend not-met">◆ not met</span>{' '}
        <span className="legend no-data">◆ no data yet</span> · values in {unit}; click a point to read its sentence
      </figcaption>
    </figure>
  );
}
