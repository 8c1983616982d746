import type { DocumentRecord, GraphNode } from '../../../src/model';
import { documentView, toView } from '../../../src/api/loaders/views';

// Views are shared per stored record: the store replaces a changed record with a new object, so
// a record read again gives the same view, and a replaced one gives a view of its new values.
// (Invented records; only their shape matters here.)

const task = (year: number): GraphNode => ({
  id: 'Task:1',
  label: 'Task',
  name: '建设城市数据大脑',
  aliases: [],
  properties: { year, mode: 'not-a-mode' },
  sources: [],
});

const doc = (date: string): DocumentRecord => ({
  id: 'd1',
  title: '数字青岛建设实施方案',
  path: 'd1.txt',
  chars: 4,
  text: '正文内容',
  kind: 'action_plan',
  encoding: 'utf-8',
  hash: 'h',
  date,
});

describe('node and document views', () => {
  it('are built once per record and follow a replaced record', () => {
    const first = task(2023);
    expect(toView(first)).toBe(toView(first));
    expect(toView(first)).toMatchObject({ year: 2023, mode: undefined, name: '建设城市数据大脑' });
    const replaced = task(2024);
    expect(toView(replaced)).not.toBe(toView(first));
    expect(toView(replaced).year).toBe(2024);
    expect(toView(first).year).toBe(2023);
  });

  it('share a document’s view unless a Document node adds to it', () => {
    const record = doc('2024-04-15');
    expect(documentView(record)).toBe(documentView(record));
    expect(documentView(record)).toMatchObject({ label: 'Document', name: '数字青岛建设实施方案', publishedOn: '2024-04-15' });
    expect(documentView(doc('2024-05')).publishedIn).toBe('2024-05');
    const node: GraphNode = { id: 'Document:d1', label: 'Document', name: '方案', aliases: [], properties: { x: 1 }, sources: [] };
    expect(documentView(record, node)).not.toBe(documentView(record, node));
    expect(documentView(record, node)).toMatchObject({ id: 'Document:d1', name: '方案', x: 1 });
  });
});
