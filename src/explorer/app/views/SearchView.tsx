import { gql, queryField, schema, searchShape } from '../api';
import { Snippet } from '../components/Snippet';
import { Status } from '../components/Status';
import { formatScore } from '../format';
import { href, nodeHref } from '../router';
import { colourOf } from '../theme';
import { useData } from '../use-data';
import { NODE, type NodeRef } from './fragments';

// Full-text search: the snippets' <mark> highlights rendered as highlights, each hit a link.

interface Hit {
  score: number;
  snippet: string;
  node: NodeRef;
}

async function search(text: string): Promise<Hit[]> {
  const shape = searchShape(queryField(await schema(), 'search'));
  const data = await gql<{ search: unknown }>(
    `query Search($text: String!) { search(text: $text, first: 30) { ${shape.wrap(`score snippet node { ${NODE} }`)} } }`,
    { text },
  );
  return shape.unwrap(data.search) as Hit[];
}

const pageOf = (n: NodeRef) => (n.label === 'Indicator' ? href('indicator', n.id) : n.label === 'Plan' ? href('plan', n.id) : nodeHref(n));

export function SearchView({ text }: { text: string }) {
  const hits = useData(() => (text.trim() ? search(text) : Promise.resolve([])), [text]);
  return (
    <article className="search">
      <h1>Search{text ? `: ${text}` : ''}</h1>
      {!text.trim() && <p className="status">Type words in the search box above, e.g. a platform or an indicator.</p>}
      <Status data={hits}>
        {(list) =>
          text.trim() && !list.length ? (
            <p className="status">Nothing found for “{text}”.</p>
          ) : (
            <ol className="hits">
              {list.map((h) => (
                <li key={h.node.id} className="hit">
                  <a href={pageOf(h.node)} className="node-link" style={{ borderColor: colourOf(h.node.label) }}>
                    {h.node.name}
                  </a>{' '}
                  <span className="kind">{h.node.label}</span> <span className="muted">score {formatScore(h.score)}</span>
                  <p>
                    <Snippet snippet={h.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </Status>
    </article>
  );
}
