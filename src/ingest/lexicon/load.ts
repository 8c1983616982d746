import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexiconSchema, type Lexicon } from './schema';

// One JSON file per part of the lexicon; the file name is the part's key in kebab case.
const FILES: Record<keyof Lexicon, string> = {
  documentKinds: 'document-kinds.json',
  sections: 'sections.json',
  plans: 'plans.json',
  places: 'places.json',
  domains: 'domains.json',
  verbs: 'verbs.json',
  indicators: 'indicators.json',
  platforms: 'platforms.json',
  agencies: 'agencies.json',
  valueKinds: 'value-kinds.json',
  reports: 'reports.json',
};

/** The repository's own lexicon folder (seeds/lexicon), found from this file's location. */
export const DEFAULT_LEXICON_DIR = resolve(__dirname, '..', '..', '..', '..', 'seeds', 'lexicon');

const cache = new Map<string, Lexicon>();

/** Reads and checks the lexicon once per folder; later calls return the same object. */
export function loadLexicon(dir: string = defaultDir()): Lexicon {
  const hit = cache.get(dir);
  if (hit) return hit;
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(FILES)) {
    raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  }
  const lexicon = lexiconSchema.parse(raw);
  cache.set(dir, lexicon);
  return lexicon;
}

// Compiled output lives one level deeper (dist/src/...); look for the folder from either place.
function defaultDir(): string {
  const fromSource = resolve(__dirname, '..', '..', '..', 'seeds', 'lexicon');
  try {
    readFileSync(join(fromSource, FILES.plans));
    return fromSource;
  } catch {
    return DEFAULT_LEXICON_DIR;
  }
}
