import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeSpecial, explainFsError } from './fs-errors';
import type { Candidate, Rejection } from './types';

// Paths → the regular files to read. Folders are walked recursively in sorted order; symlinks are
// followed, but a folder already on the way down (a loop) or already walked is not entered again.

/** Extensions read when walking a folder; a file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'];

/**
 * Documents in a form we cannot read: found in a folder they get a rejection, so the user knows to
 * convert them. Any other file in a folder (lexicon JSON, images, notes without an extension) is
 * data beside the corpus and is skipped without a word.
 */
export const CONVERT_FIRST_EXTENSIONS: readonly string[] = ['.doc', '.wps', '.ofd', '.rtf', '.odt'];

export interface Collected {
  files: Candidate[];
  rejected: Rejection[];
}

/** Code-point order: the same on every machine and locale. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A symlink to nothing fails like a missing file; say which it is. */
async function explainStatError(p: string, err: unknown): Promise<string> {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    const link = await fs.lstat(p).catch(() => undefined);
    if (link?.isSymbolicLink()) return 'dangling symlink: its target does not exist';
  }
  return explainFsError(err);
}

/** Normalised, without a trailing separator, so joined paths read the same however they were typed. */
function tidyPath(p: string): string {
  const n = path.normalize(p);
  return n.length > 1 && n.endsWith(path.sep) ? n.slice(0, -1) : n;
}

/**
 * The path clients see: as typed when the user gave a relative path; under an absolute folder,
 * from that folder's name down (corpus/a.txt); an absolute file alone, its name. Never the
 * server's absolute path.
 */
function shownPath(p: string, root: string | undefined): string {
  if (!path.isAbsolute(p)) return p;
  return root ? path.relative(path.dirname(root), p) : path.basename(p);
}

class Walk {
  readonly out: Collected = { files: [], rejected: [] };
  private readonly dirs = new Map<string, string>(); // real path → path it was first walked as
  private full = false;
  /** Real paths of the paths given: a symlink found inside them may not lead anywhere else. */
  readonly roots: string[] = [];

  constructor(private readonly maxFiles: number) {}

  private outside(real: string): boolean {
    return !this.roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  /** `root` is the folder given by the user that `p` was found under (undefined for a file named explicitly). */
  async visit(p: string, explicit: boolean, ancestors: ReadonlySet<string>, root?: string): Promise<void> {
    if (this.full) return;
    let stat;
    let real;
    try {
      stat = await fs.stat(p);
      real = await fs.realpath(p);
    } catch (err) {
      this.out.rejected.push({ path: p, reason: await explainStatError(p, err) });
      return;
    }
    if (!explicit && this.outside(real)) {
      this.out.rejected.push({ path: p, reason: 'symlink leads outside the given files and folders: not read' });
      return;
    }
    if (stat.isDirectory()) return this.walkDir(p, real, ancestors, root ?? p);
    if (!stat.isFile()) {
      this.out.rejected.push({ path: p, reason: `not a regular file: ${describeSpecial(stat)}` });
      return;
    }
    const ext = path.extname(p).toLowerCase();
    if (!explicit && !DOCUMENT_EXTENSIONS.includes(ext)) {
      if (CONVERT_FIRST_EXTENSIONS.includes(ext)) {
        const reason = `not read: a ${ext} document must be converted to text or PDF/DOCX first (${DOCUMENT_EXTENSIONS.join(' ')})`;
        this.out.rejected.push({ path: p, reason });
      }
      return;
    }
    if (this.out.files.length >= this.maxFiles) {
      this.full = true;
      this.out.rejected.push({ path: p, reason: `file limit of ${this.maxFiles} reached: this and later files were not read` });
      return;
    }
    this.out.files.push({ path: p, realPath: real, size: stat.size, shownPath: shownPath(p, root) });
  }

  private async walkDir(p: string, real: string, ancestors: ReadonlySet<string>, root: string): Promise<void> {
    if (ancestors.has(real)) {
      this.out.rejected.push({ path: p, reason: `symlink loop: leads back to ${JSON.stringify(this.dirs.get(real) ?? real)}` });
      return;
    }
    const seenAs = this.dirs.get(real);
    if (seenAs !== undefined) {
      this.out.rejected.push({ path: p, reason: `folder already read as ${JSON.stringify(seenAs)}` });
      return;
    }
    this.dirs.set(real, p);
    let names: string[];
    try {
      names = await fs.readdir(p);
    } catch (err) {
      this.out.rejected.push({ path: p, reason: explainFsError(err) });
      return;
    }
    const inside = new Set(ancestors).add(real);
    // Hidden entries (.git, .DS_Store) are not documents and not worth a rejection line.
    for (const name of names.filter((n) => !n.startsWith('.')).sort(byCodePoint)) {
      await this.visit(path.join(p, name), false, inside, root);
    }
  }
}

/** Every file the paths name or contain, with rejections for what cannot be a document. */
export async function collectFiles(paths: string[], maxFiles: number): Promise<Collected> {
  const walk = new Walk(maxFiles);
  for (const p of paths) {
    const real = await fs.realpath(tidyPath(p)).catch(() => undefined);
    if (real) walk.roots.push(real);
  }
  for (const p of paths) await walk.visit(tidyPath(p), true, new Set());
  return walk.out;
}
