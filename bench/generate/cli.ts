import { writeCorpus } from './write';

// `node dist/bench/generate/cli.js --seed 7 --count 1000 --out DIR [--variants]`

export function main(argv: string[]): number {
  const arg = (name: string, fallback: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
  };
  const count = Number(arg('count', '100'));
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: generate --count N [--seed S] [--out DIR] [--variants]');
    return 2;
  }
  const out = writeCorpus(arg('out', 'bench/out/corpus'), { seed: arg('seed', 'plangraph'), count, variants: argv.includes('--variants') });
  console.log(`wrote ${out.files.length} documents, ${(out.bytes / 1e6).toFixed(2)} MB, to ${out.dir}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
