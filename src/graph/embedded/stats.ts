import type { StoreStats } from '../contract/graph-store';
import type { StoreState } from './state';
import { sortDomainYears } from '../contract/stats-order';

// Counts for dashboards and health checks.

export function stats(state: StoreState): StoreStats {
  const nodesByLabel: Record<string, number> = {};
  for (const [label, ids] of state.byLabel) nodesByLabel[label] = ids.size;
  const relationshipsByType: Record<string, number> = {};
  for (const [type, ids] of state.byType) relationshipsByType[type] = ids.size;
  const groups = new Map<string, StoreStats['tasksByDomainYear'][number]>();
  for (const label of ['Task', 'Result'] as const) {
    for (const id of state.byLabel.get(label) ?? []) {
      const p = state.graph.getNodeAttributes(id).properties;
      const domain = typeof p.domain === 'string' ? p.domain : '';
      const year = typeof p.year === 'number' ? p.year : null;
      const key = JSON.stringify([label, domain, year]);
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { label, domain, year, count: 1 });
    }
  }
  return { nodesByLabel, relationshipsByType, tasksByDomainYear: sortDomainYears([...groups.values()]) };
}
