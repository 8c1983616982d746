import { decode } from 'html-entities';

// A search snippet arrives HTML-escaped with the match in <mark>…</mark>. It is split into text
// and <mark> elements here (never set as innerHTML), so highlights render and nothing else can.

export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  return snippet
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((p) => p.length > 0)
    .map((p) => (p.startsWith('<mark>') ? { text: decode(p.slice(6, -7)), mark: true } : { text: decode(p), mark: false }));
}

export function Snippet({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {snippetParts(snippet).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
