import type { NodeQuery } from '../../graph/contract/graph-store';
import { Period, type NodeLabel, type PropertyValue } from '../../model';
import { badInput } from '../conventions/errors';

// Filter inputs name property keys directly (year, domain, plan …), so every given field other
// than nameContains, document and agency becomes an equality on that property. `document` and
// `agency` are relationships, not properties: a source in that document, a RESPONSIBLE_FOR from
// that agency (one meaning on every list). Filters that hold a node id say which label the id
// must have, so a Task id given as `plan` is refused rather than matching nothing. Periods are
// compared in their one written form (2023—2025 asks for 2023-2025).

const ID_FILTERS: Record<string, NodeLabel> = { plan: 'Plan', project: 'EngineeringProject', agency: 'Agency' };

export type NodeFilter = Pick<NodeQuery, 'where' | 'nameContains' | 'citedIn' | 'responsibleAgency'>;

export function toNodeFilter(filter: object | undefined): NodeFilter {
  const where: Record<string, PropertyValue> = {};
  const out: NodeFilter = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (ID_FILTERS[key] && !String(value).startsWith(`${ID_FILTERS[key]}:`)) {
      throw badInput(`filter.${key}`, `must be the id of a ${ID_FILTERS[key]}`);
    }
    if (key === 'nameContains') out.nameContains = String(value);
    else if (key === 'document') out.citedIn = String(value);
    else if (key === 'agency') out.responsibleAgency = String(value);
    else if (key === 'period') where[key] = Period.normalise(String(value));
    else where[key] = value as PropertyValue;
  }
  if (Object.keys(where).length) out.where = where;
  return out;
}
