import type { GraphNode } from '../../model';
import type { CorpusEntity } from './corpus-entity-gold';
import type { Locator } from './locate';
import { namesMatch } from './names';

// When a graph node is a gold entity of a real document: by name, alias-tolerant; or, when the
// gold quotes the entity by another form than any of its names (制定本计划 for the plan the
// document is), by a span read inside that quote.

export const namesOf = (x: { name: string; aliases?: string[] | null }): string[] => [x.name, ...(x.aliases ?? [])];

export type EntityMatch = (entity: CorpusEntity, node: GraphNode, document: string) => boolean;

export function entityMatcher(at: Locator): EntityMatch {
  const namedElsewhere = (e: CorpusEntity) => !namesOf(e).some((name) => e.text.includes(name));
  return (e, n, doc) =>
    namesMatch(namesOf(e), namesOf(n)) ||
    (namedElsewhere(e) &&
      n.sources.some((s) => s.document === doc && at.occurrences(doc, e.text).some(([a, b]) => s.start >= a && s.end <= b)));
}
