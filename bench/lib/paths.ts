import { join } from 'node:path';

// Where things live, from the compiled file's point of view (dist/bench/lib → repository root).

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
/** Generated corpora and raw results; git-ignored. */
export const OUT_DIR = join(REPO_ROOT, 'bench', 'out');
export const CLI_JS = join(REPO_ROOT, 'dist', 'src', 'cli.js');
