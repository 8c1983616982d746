import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { Rejection } from './types';

// Metadata delivered with the files (清单): an optional `manifest.json` in a document's folder or
// the folder above it (a corpus keeps docs/ beside its manifest). It can name a document's title
// and date when the text itself does not (a bureau's news item with no dateline); the text's own
// title and date still win. A manifest that cannot be read is reported, and the documents are
// read without it.

export const MANIFEST_FILE = 'manifest.json';
const MAX_MANIFEST_BYTES = 20 * 1024 * 1024;

const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** One entry: `file` (a name in the folder, or a path below it) and what is known of it. */
const Entry = z
  .object({
    file: z.string().min(1),
    title: z.string().optional().nullable(),
    /** Publication date, YYYY-MM-DD or YYYY-MM; `date` and `dataset_release_date` are read as it too. */
    published: z.string().optional().nullable(),
    date: z.string().optional().nullable(),
    dataset_release_date: z.string().optional().nullable(),
    /** A title in another language (dataset_title_en): read for the years it names only. */
    dataset_title_en: z.string().optional().nullable(),
  })
  .passthrough();

const Manifest = z.union([z.array(Entry), z.object({ documents: z.array(Entry) }).passthrough()]);

/** What a manifest says of one document. */
export interface Delivered {
  title?: string;
  date?: string;
  /** The years a delivered title names (…Action Plan (2025 - 2027)): the span the document covers. */
  period?: string;
}

type Entries = Map<string, Delivered>;

/** 2025 - 2027, 2024—2026: the years a title names. */
const TITLE_SPAN = /(20\d{2})\s*年?\s*[-‐‒–—―－~～至到]\s*(20\d{2})/;

/** The span the first title naming one gives (the document's own title, else one in another language). */
function titleSpan(titles: (string | null | undefined)[]): string | undefined {
  for (const t of titles) {
    const m = t ? TITLE_SPAN.exec(t) : null;
    if (m && Number(m[2]) > Number(m[1])) return `${m[1]}-${m[2]}`;
  }
  return undefined;
}

function delivered(e: z.infer<typeof Entry>): Delivered {
  const date = [e.published, e.date, e.dataset_release_date].find((d) => typeof d === 'string' && DATE.test(d.trim()));
  const period = titleSpan([e.title, e.dataset_title_en]);
  return { ...(e.title?.trim() ? { title: e.title.trim() } : {}), ...(date ? { date: date.trim() } : {}), ...(period ? { period } : {}) };
}

/** Reads manifests once per folder and answers per file. */
export class Manifests {
  private readonly byFolder = new Map<string, Promise<Entries | undefined>>();
  readonly rejected: Rejection[] = [];

  /** What the nearest manifest (the file's folder, else the one above) says of a file. */
  async of(file: string): Promise<Delivered | undefined> {
    const folder = path.dirname(file);
    for (const dir of [folder, path.dirname(folder)]) {
      const entries = await this.load(dir);
      if (!entries) continue;
      const relative = path.relative(dir, file).split(path.sep).join('/');
      return entries.get(relative) ?? entries.get(path.basename(file));
    }
    return undefined;
  }

  private load(dir: string): Promise<Entries | undefined> {
    let found = this.byFolder.get(dir);
    if (!found) {
      found = this.read(path.join(dir, MANIFEST_FILE));
      this.byFolder.set(dir, found);
    }
    return found;
  }

  private async read(file: string): Promise<Entries | undefined> {
    let text: string;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return undefined; // no manifest: the usual case
      if (stat.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if (['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return undefined;
      this.rejected.push({ path: file, reason: `manifest not used: ${(e as Error).message}` });
      return undefined;
    }
    try {
      const parsed = Manifest.parse(JSON.parse(text));
      const entries = Array.isArray(parsed) ? parsed : parsed.documents;
      return new Map(entries.map((e) => [e.file.split(path.sep).join('/'), delivered(e)]));
    } catch (e) {
      const reason = e instanceof z.ZodError ? (e.issues[0]?.message ?? 'wrong shape') : (e as Error).message;
      this.rejected.push({
        path: file,
        reason: `manifest not used: ${reason.slice(0, 200)} (expected a JSON array of { file, title?, published? })`,
      });
      return undefined;
    }
  }
}
