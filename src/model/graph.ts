import type { NodeLabel, RelType } from './labels';

/**
 * Where a fact was read: offsets are UTF-16 code units into the decoded document text, `end`
 * exclusive, and `text` is exactly `documentText.slice(start, end)`.
 */
export interface SourceSpan {
  document: string;
  start: number;
  end: number;
  text: string;
}

/** Scalar property values: what both stores can hold natively. */
export type PropertyValue = string | number | boolean | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  properties: Properties;
  sources: SourceSpan[];
}

export interface GraphRelationship {
  /** Stable id: derived from type, endpoints and a discriminator (see model/ids). */
  id: string;
  type: RelType;
  from: string;
  to: string;
  properties: Properties;
  sources: SourceSpan[];
}

/** Document kinds the segmenter recognises (文档类型). */
export const DOCUMENT_KINDS = [
  'action_plan', // 行动方案
  'interpretation', // 政策解读
  'implementation_report', // 实施情况/执行情况报告
  'work_summary', // 工作总结
  'news', // 新闻/报道
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One ingested source, with the decoded text all offsets refer to. */
export interface DocumentRecord {
  /** File name without extension. */
  id: string;
  title: string;
  path: string;
  /** Length of `text` in UTF-16 code units. */
  chars: number;
  text: string;
  kind: DocumentKind;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, gb18030, big5 …), or pdf / docx for text extracted from those. */
  encoding: string;
  /** sha256 of the decoded text: two files with the same text are one document. */
  hash: string;
  /** Publication date (YYYY-MM-DD or YYYY-MM) when the text gives one. */
  date?: string;
  /** The year or period the document is about (2024, 2025H1). */
  period?: string;
  /** A PDF's page start offsets in `text`: page n (1-based) starts at pages[n - 1]. */
  pages?: number[];
}

/** Everything the pipeline read, merged across documents: the input to a store. */
export interface Graph {
  documents: DocumentRecord[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/**
 * The facts one document supports, in their full merged state (a node read in two documents
 * carries the sources of both). A store applies a slice atomically: it upserts every fact in it
 * and drops this document's support from every fact not in it.
 */
export interface DocumentSlice {
  document: DocumentRecord;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
