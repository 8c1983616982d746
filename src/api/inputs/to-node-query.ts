import type { NodeQuery } from '../../graph/contract';
import type { NodeLabel, PropertyValue } from '../../model';
import { badInput } from '../errors';
import type { PageWindow } from '../services/pagination';
import type { NodeSort } from './node-sort.input';

// Filter inputs name property keys directly (year, domain, plan …), so every given field other
// than nameContains becomes an equality on that property. Filters that hold a node id say which
// label the id must have, so a Task id given as `plan` is refused rather than matching nothing.

const ID_FILTERS: Record<string, NodeLabel> = { plan: 'Plan', project: 'EngineeringProject' };

export function toNodeQuery(
  label: NodeLabel, filter: object | undefined, sort: NodeSort | undefined, window: PageWindow,
): NodeQuery {
  const where: Record<string, PropertyValue> = {};
  let nameContains: string | undefined;
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'nameContains') nameContains = String(value);
    else if (ID_FILTERS[key] && !String(value).startsWith(`${ID_FILTERS[key]}:`)) {
      throw badInput(`filter.${key}`, `must be the id of a ${ID_FILTERS[key]}`);
    }
    else where[key] = value as PropertyValue;
  }
  return {
    label,
    where: Object.keys(where).length ? where : undefined,
    nameContains,
    sort: { field: sort?.field ?? 'name', direction: sort?.direction ?? 'ASC' },
    offset: window.offset,
    limit: window.limit,
  };
}
