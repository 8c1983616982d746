import type { Found } from './found';
import type { LinkFact } from './view';

// Facts listed under a shared node (indicator, platform, project) or a bigram, in time order,
// so a task finds its nearest later partners with one binary search instead of a scan.

export class Postings {
  private readonly lists = new Map<string | number, LinkFact[]>();

  add(key: string | number, fact: LinkFact): void {
    const list = this.lists.get(key);
    if (list) list.push(fact);
    else this.lists.set(key, [fact]);
  }

  /** Call once after adding: orders every list by start, then id. */
  seal(): this {
    for (const list of this.lists.values()) {
      list.sort((a, b) => a.when.start - b.when.start || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
    }
    return this;
  }

  size(key: string | number): number {
    return this.lists.get(key)?.length ?? 0;
  }

  /** Adds to `into` up to `limit` facts under `key` starting at or after `minStart`, earliest first. */
  addFrom(key: string | number, minStart: number, limit: number, into: Found): void {
    const list = this.lists.get(key);
    if (!list) return;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].when.start < minStart) lo = mid + 1;
      else hi = mid;
    }
    const end = Math.min(list.length, lo + limit);
    for (let i = lo; i < end; i++) into.add(list[i]);
  }
}
