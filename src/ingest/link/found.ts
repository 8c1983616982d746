import type { LinkFact } from './view';

// The facts one candidate lookup finds, each once, in the order first found. A lookup runs for
// every fact of every link type and adds dozens of partners: a stamp on the fact says it is
// listed already, where a set would hash every one of them.

let lookups = 0;

export class Found {
  readonly facts: LinkFact[] = [];
  private lookup = 0;

  /** Empties the list for a new lookup (a stamp no other lookup has used). */
  clear(): void {
    this.facts.length = 0;
    this.lookup = ++lookups;
  }

  add(f: LinkFact): void {
    if (f.foundIn === this.lookup) return;
    f.foundIn = this.lookup;
    this.facts.push(f);
  }
}
