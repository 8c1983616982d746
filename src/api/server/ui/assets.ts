import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

// The IDE and explorer bundles are built by esbuild into dist/explorer (`npm run build`); the
// server only reads them. Files are read once and kept: they change only on a rebuild.

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The repository (or installed package) root: the nearest folder above with a package.json. */
function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const ASSETS_DIR = join(packageRoot(__dirname), 'dist', 'explorer');

export interface Asset {
  type: string;
  body: Buffer;
}

export class AssetStore {
  private readonly cache = new Map<string, Asset | null>();
  constructor(private readonly dir = ASSETS_DIR) {}

  /** True when the bundles were built (the pages say how to build them otherwise). */
  built(): boolean {
    return existsSync(join(this.dir, 'explorer.js')) && existsSync(join(this.dir, 'ide.js'));
  }

  /** A built file by its bare name; null for anything else (no paths, so no traversal). */
  get(name: string): Asset | null {
    if (!/^[\w-]+(\.[\w-]+)*$/.test(name) || !(extname(name) in TYPES)) return null;
    if (!this.cache.has(name)) {
      const file = join(this.dir, name);
      const ok = existsSync(file) && statSync(file).isFile();
      this.cache.set(name, ok ? { type: TYPES[extname(name)], body: readFileSync(file) } : null);
    }
    return this.cache.get(name) ?? null;
  }
}
