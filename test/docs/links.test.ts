import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Everything the project's Markdown links to lives in the repository: a clone has no ../shared.

const ROOT = resolve(__dirname, '../..');
const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('test/fixtures/'));

const localLinks = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1].split('#')[0])
    .filter((href) => href && !/^[a-z]+:/i.test(href));

test.each(markdown)('%s links only to files inside the repository', (file) => {
  const broken = localLinks(file).filter((href) => {
    const target = resolve(ROOT, dirname(file), href);
    return relative(ROOT, target).startsWith('..') || !existsSync(target);
  });
  expect(broken).toEqual([]);
});
