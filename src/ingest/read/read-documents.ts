import { byCodePoint, collectFiles } from './collect';
import { withDefaults, type ReadLimits } from './limits';
import { loadFile } from './load-file';
import { Manifests } from './manifest';
import type { ReadResult } from './types';

/**
 * Files and folders → decoded documents. Never throws for one bad file: each problem becomes a
 * rejection and the rest is read. Files are read in code-point order of their paths, so when two
 * files hold the same text the first by path is the document and the other a duplicate, and a
 * second different file with an id already taken is rejected.
 */
export async function readDocuments(paths: string[], limits?: Partial<ReadLimits>): Promise<ReadResult> {
  const { maxBytes, maxFiles, timeoutMs } = withDefaults(limits);
  const deadline = Date.now() + timeoutMs;
  const found = await collectFiles(paths, maxFiles);
  const result: ReadResult = { documents: [], rejected: found.rejected, duplicates: [] };
  const byReal = new Map<string, string>(); // one file reached by two paths (a symlink) is read once
  // Messages name files by the path they were found at; the record keeps only the shown path.
  const byHash = new Map<string, string>();
  const byId = new Map<string, string>();
  const manifests = new Manifests();
  for (const file of [...found.files].sort((a, b) => byCodePoint(a.path, b.path))) {
    const first = byReal.get(file.realPath);
    if (first !== undefined) {
      result.duplicates.push({ path: file.path, sameAs: first });
      continue;
    }
    byReal.set(file.realPath, file.path);
    const loaded = await loadFile(file, maxBytes, deadline);
    if ('rejection' in loaded) {
      result.rejected.push(loaded.rejection);
      continue;
    }
    const doc = loaded.document;
    const same = byHash.get(doc.hash);
    if (same) {
      result.duplicates.push({ path: file.path, sameAs: same });
      continue;
    }
    const taken = byId.get(doc.id);
    if (taken) {
      result.rejected.push({
        path: file.path,
        reason: `document id ${JSON.stringify(doc.id)} is already used by ${JSON.stringify(taken)}: rename one of the files`,
      });
      continue;
    }
    byHash.set(doc.hash, file.path);
    byId.set(doc.id, file.path);
    const known = await manifests.of(file.path);
    result.documents.push(known ? { ...doc, ...known } : doc);
  }
  result.rejected.push(...manifests.rejected);
  return result;
}
