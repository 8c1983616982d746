import type { StoreStats } from './graph-store';

type Group = StoreStats['tasksByDomainYear'][number];

/** One order for both stores: label, domain, year (unknown year last). */
export function sortDomainYears(groups: Group[]): Group[] {
  return groups.sort(
    (a, b) =>
      a.label.localeCompare(b.label) ||
      (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0) ||
      (a.year === b.year ? 0 : a.year === null ? 1 : b.year === null ? -1 : a.year - b.year),
  );
}
