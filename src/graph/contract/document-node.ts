import type { DocumentRecord, GraphNode, Properties } from '../../model';

// A Document is both a record (text, hash …) and a node that DESCRIBES plans. When the slice does
// not carry a node for its own document, both stores derive the same one from the record, so
// relationships from the document always have an end to attach to.

export function documentNode(doc: DocumentRecord): GraphNode {
  const properties: Properties = { kind: doc.kind, path: doc.path, chars: doc.chars };
  if (doc.date !== undefined) properties.date = doc.date;
  if (doc.period !== undefined) properties.period = doc.period;
  return { id: doc.id, label: 'Document', name: doc.title, aliases: [], properties, sources: [] };
}
