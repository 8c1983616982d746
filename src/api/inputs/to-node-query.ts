import type { NodeQuery } from '../../graph/contract';
import { Period, type NodeLabel, type PropertyValue } from '../../model';
import { badInput } from '../errors';

// Filter inputs name property keys directly (year, domain, plan …), so every given field other
// than nameContains becomes an equality on that property. Filters that hold a node id say which
// label the id must have, so a Task id given as `plan` is refused rather than matching nothing.
// Periods are compared in their one written form (2023—2025 asks for 2023-2025).

const ID_FILTERS: Record<string, NodeLabel> = { plan: 'Plan', project: 'EngineeringProject' };

export function toNodeFilter(filter: object | undefined): Pick<NodeQuery, 'where' | 'nameContains'> {
  const where: Record<string, PropertyValue> = {};
  let nameContains: string | undefined;
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'nameContains') nameContains = String(value);
    else if (ID_FILTERS[key] && !String(value).startsWith(`${ID_FILTERS[key]}:`)) {
      throw badInput(`filter.${key}`, `must be the id of a ${ID_FILTERS[key]}`);
    } else if (key === 'period') where[key] = Period.normalise(String(value));
    else where[key] = value as PropertyValue;
  }
  return { where: Object.keys(where).length ? where : undefined, nameContains };
}
