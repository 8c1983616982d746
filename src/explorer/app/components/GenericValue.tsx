import { formatNumber } from '../format';
import { nodeHref } from '../router';

// Renders an answer of unknown shape as nested lists: named nodes as links, numbers formatted.

export function GenericValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value === 'number') return <span>{formatNumber(value)}</span>;
  if (typeof value !== 'object') return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (!value.length) return <span className="muted">none</span>;
    return (
      <ul className="generic">
        {value.map((v, i) => (
          <li key={i}>
            <GenericValue value={v} />
          </li>
        ))}
      </ul>
    );
  }
  const o = value as Record<string, unknown>;
  const entries = Object.entries(o).filter(([k]) => k !== '__typename' && k !== 'id');
  if (typeof o.id === 'string' && typeof o.name === 'string' && entries.length === 1) {
    return <a href={nodeHref({ id: o.id, __typename: o.__typename as string | undefined })}>{o.name}</a>;
  }
  return (
    <dl className="generic">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <GenericValue value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
