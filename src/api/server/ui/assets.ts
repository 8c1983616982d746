import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

// The IDE and explorer bundles are built by esbuild into dist/explorer (`npm run build`); the
// server only reads them, and reads a file again only when a rebuild changed it.

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
  private readonly cache = new Map<string, Asset & { mtimeMs: number }>();
  constructor(private readonly dir = ASSETS_DIR) {}

  /** True when the bundles were built (the pages say how to build them otherwise). */
  built(): boolean {
    return existsSync(join(this.dir, 'explorer.js')) && existsSync(join(this.dir, 'ide.js'));
  }

  /** A built file by its bare name; null for anything else (no paths, so no traversal). */
  get(name: string): Asset | null {
    if (!/^[\w-]+(\.[\w-]+)*$/.test(name) || !(extname(name) in TYPES)) return null;
    const file = join(this.dir, name);
    const stat = existsSync(file) ? statSync(file) : null;
    if (!stat?.isFile()) return null;
    const kept = this.cache.get(name);
    if (kept?.mtimeMs === stat.mtimeMs) return kept;
    const asset = { type: TYPES[extname(name)], body: readFileSync(file), mtimeMs: stat.mtimeMs };
    this.cache.set(name, asset);
    return asset;
  }
}
