import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { HeldSpan, plainSpan, type DocumentRecord, type Graph, type GraphNode, type GraphRelationship, type SourceSpan } from '../../model';
import { documentProblem, factProblem, wholeSpan, type SpanCheck } from './snapshot-shape';

// Snapshot format 2: one JSON value per line (a header with the counts, then each document,
// node and relationship), with spans written as [document index, start, end] and their text
// left out: every quote is the slice of its document's one text, so the file holds that text
// once. Lines keep both writing and reading far below V8's string limit at any corpus size. A
// span citing a document the store does not hold (a slice brings a shared fact's other sources
// along) is written whole, as in format 1.

export const FORMAT_LINES = 'plangraph-embedded-snapshot/2';

interface Header {
  format: typeof FORMAT_LINES;
  documents: number;
  nodes: number;
  relationships: number;
}

type WireSpan = [number, number, number];

/** Lines written per call: few system calls without one huge string. */
const BATCH = 2000;

export async function writeSnapshotLines(handle: FileHandle, graph: Graph): Promise<void> {
  const index = new Map(graph.documents.map((d, i) => [d.id, i]));
  const span = (s: SourceSpan): WireSpan | SourceSpan => {
    const d = index.get(s.document);
    return d === undefined ? plainSpan(s) : [d, s.start, s.end];
  };
  const header: Header = {
    format: FORMAT_LINES,
    documents: graph.documents.length,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
  };
  await handle.write(`${JSON.stringify(header)}\n`);
  const lines = async <T>(items: T[], line: (x: T) => string) => {
    for (let i = 0; i < items.length; i += BATCH) {
      await handle.write(
        items
          .slice(i, i + BATCH)
          .map((x) => `${line(x)}\n`)
          .join(''),
      );
    }
  };
  await lines(graph.documents, (d) => JSON.stringify(d));
  await lines(graph.nodes, (n) => JSON.stringify({ ...n, sources: n.sources.map(span) }));
  await lines(graph.relationships, (r) => JSON.stringify({ ...r, sources: r.sources.map(span) }));
}

/** Whether a file's first line is a format-2 header (else it is read as format 1 or refused). */
export function linesHeader(firstLine: string): Header | undefined {
  if (!firstLine.startsWith(`{"format":${JSON.stringify(FORMAT_LINES)}`)) return undefined;
  try {
    return JSON.parse(firstLine) as Header;
  } catch {
    return undefined;
  }
}

/** The first line of a file (up to 4 KB), without reading the rest. */
export async function firstLine(file: string): Promise<string> {
  const stream = createReadStream(file, { encoding: 'utf8', start: 0, end: 4095 });
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * The graph a format-2 file holds, each span held on its document's text; throws an Error naming
 * the line and the problem (the caller adds the file).
 */
export async function readSnapshotLines(file: string, header: Header): Promise<Graph> {
  for (const key of ['documents', 'nodes', 'relationships'] as const) {
    if (!isCount(header[key])) throw new Error(`the header's "${key}" is not a count`);
  }
  const documents: DocumentRecord[] = [];
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const held: Map<number, HeldSpan>[] = [];
  const hold: SpanCheck = (s) => {
    if (!Array.isArray(s)) return wholeSpan(s);
    if (s.length !== 3 || !s.every(isCount)) return 'a source is not [document, start, end]';
    const [d, start, end] = s as WireSpan;
    const doc = documents[d];
    if (!doc) return `a source names document ${d}, of ${documents.length}`;
    if (start > end || end > doc.text.length) return `a source [${start}, ${end}) lies outside its document`;
    // One object per clause, however many facts cite it.
    let spans = held[d];
    if (!spans) held[d] = spans = new Map();
    const key = start * 0x4000000 + end;
    let span = spans.get(key);
    if (!span) spans.set(key, (span = new HeldSpan(doc, start, end)));
    return span;
  };
  // Read in large chunks: each chunk is a turn of the event loop, and a loaded machine makes turns slow.
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 4 << 20 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  // Line numbers (1-based) where nodes and relationships begin, and the last line.
  const first = { nodes: 2 + header.documents, relationships: 2 + header.documents + header.nodes };
  const total = first.relationships - 1 + header.relationships;
  for await (const line of lines) {
    n++;
    if (n === 1) continue;
    if (n > total) {
      if (line.trim() === '') continue;
      throw new Error(`line ${n}: more lines than the header counts`);
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`line ${n}: invalid JSON (${(err as Error).message.split('\n')[0]})`, { cause: err });
    }
    if (n < first.nodes) {
      const problem = documentProblem(value);
      if (problem) throw new Error(`line ${n}: document ${problem}`);
      documents.push(value as DocumentRecord);
      continue;
    }
    const kind = n < first.relationships ? 'node' : 'relationship';
    const problem = factProblem(value, kind, hold);
    if (problem) throw new Error(`line ${n}: ${kind}: ${problem}`);
    if (kind === 'node') nodes.push(value as GraphNode);
    else relationships.push(value as GraphRelationship);
  }
  if (n < total) throw new Error(`the file ends at line ${n}, the header counts ${total}: it was cut short`);
  return { documents, nodes, relationships };
}
