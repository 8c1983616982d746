import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { Graph } from '../../model';
import { readDocuments } from '../read';
import { loadCorpusEntityGold, type CorpusGold } from './corpus-entity-gold';
import { scoreEntityAttributes, type AttributeScores } from './entity-attributes';
import { scoreEntityKinds, type EntityKindReport } from './entity-kinds';

// Scores real documents from two folders: the documents (any format the reader takes) and the
// gold (one JSON per document id). Only the documents the gold covers are read and built.

export interface CorpusRun {
  gold: CorpusGold[];
  graph: Graph;
  report: EntityKindReport;
  /** Roles, levels and PART_OF of the entities found, per split. */
  attributes: Record<string, AttributeScores>;
}

export async function scoreCorpusEntities(
  docsDir: string,
  goldDir: string,
  build: (docs: Awaited<ReturnType<typeof readDocuments>>['documents']) => Graph,
): Promise<CorpusRun> {
  const gold = loadCorpusEntityGold(goldDir);
  const wanted = new Set(gold.map((g) => g.document));
  const files = readdirSync(docsDir)
    .filter((f) => wanted.has(parse(f).name))
    .map((f) => join(docsDir, f));
  const missing = [...wanted].filter((id) => !files.some((f) => parse(f).name === id));
  if (missing.length) throw new Error(`${docsDir}: no document for gold ${missing.join(', ')}`);
  const { documents, rejected } = await readDocuments(files);
  if (rejected.length) throw new Error(`${docsDir}: could not read ${rejected.map((r) => r.path).join(', ')}`);
  const graph = build(documents);
  return { gold, graph, report: scoreEntityKinds(graph, gold), attributes: scoreEntityAttributes(graph, gold) };
}
