import 'reflect-metadata';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig, ConfigError, PACKAGE_VERSION } from './config/config';
import { createLogger, type LogFormat } from './config/log';
import { exportCommand, ingestCommand, removeCommand, schemaCommand, serveCommand, statsCommand, type CommandContext } from './commands';

// The command line: parsing, help and usage errors (commander), then one command with its
// context. Exit codes: 0 ok, 1 something was rejected or failed, 2 usage or configuration error.

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal (progress is drawn only there). */
  interactive?: boolean;
}

const processIo: Io = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  interactive: Boolean(process.stderr.isTTY),
};

const AFTER_HELP = `
The store is Neo4j when NEO4J_URI is set, else an embedded in-process graph (saved to
PLANGRAPH_DATA when set). Exit codes: 0 ok, 1 something was rejected or failed, 2 usage or
configuration error. Configuration: environment variables, see README.md.`;

type Run = (ctx: CommandContext) => Promise<number>;
type Serve = (ctx: CommandContext) => Promise<{ close(): Promise<void> }>;

function program(
  io: Io,
  chosen: (run: Run, format: LogFormat, json: boolean) => void,
  serve: (run: Serve, json: boolean) => void,
): Command {
  const json = () => new Option('--json', 'print one JSON result on stdout (rejections included)');
  const cli = new Command('plangraph')
    .description('PlanGraph: a knowledge graph of government plans, their tasks and metrics, read from the documents')
    .version(PACKAGE_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run plangraph --help, or plangraph <command> --help)')
    .addHelpText('after', AFTER_HELP);

  cli
    .command('serve')
    .description('serve the GraphQL API (what npm start runs)')
    .option('--ingest <path...>', 'documents to load first (default: the seeds, unless the store already holds a graph)')
    .option('--if-changed', 'ingest those paths only when the store lacks one of their documents or holds another text for it')
    .addOption(json())
    .action((o: { ingest?: string[]; ifChanged?: boolean; json?: boolean }) =>
      serve((ctx) => serveCommand(ctx, o.ingest, { ifChanged: o.ifChanged }), Boolean(o.json)),
    );
  cli
    .command('ingest')
    .description('read documents (files or folders) into the configured store')
    .argument('<path...>', 'files or folders')
    .addOption(json())
    .action((paths: string[], o: { json?: boolean }) => chosen((ctx) => ingestCommand(ctx, paths), 'text', Boolean(o.json)));
  cli
    .command('export')
    .description("print the graph the documents yield, in the ontology's export format (no store needed)")
    .argument('<path...>', 'files or folders')
    .option('--out <file>', 'write the export to a file (atomically) instead of stdout')
    .addOption(new Option('--json', 'print a JSON summary on stdout (needs --out)'))
    .action((paths: string[], o: { out?: string; json?: boolean }, cmd: Command) => {
      if (o.json && !o.out) cmd.error('error: --json needs --out (without it stdout carries the export itself)', { exitCode: 2 });
      chosen((ctx) => exportCommand(ctx, paths, o.out), 'text', Boolean(o.json));
    });
  cli
    .command('stats')
    .description('counts per label and relationship type, and where lineage is thin')
    .argument('<path...>', 'files or folders')
    .addOption(json())
    .action((paths: string[], o: { json?: boolean }) => chosen((ctx) => statsCommand(ctx, paths), 'text', Boolean(o.json)));
  cli
    .command('remove')
    .description('remove documents (by id: the file name without extension) and the facts only they supported')
    .argument('<document-id...>', 'ids of ingested documents')
    .addOption(json())
    .action((ids: string[], o: { json?: boolean }) => chosen((ctx) => removeCommand(ctx, ids), 'text', Boolean(o.json)));
  cli
    .command('schema')
    .description('print the GraphQL schema (SDL) clients generate from')
    .option('--out <file>', 'write it to a file')
    .addOption(json())
    .action((o: { out?: string; json?: boolean }) => chosen((ctx) => schemaCommand(ctx, o.out), 'text', Boolean(o.json)));
  return cli;
}

/**
 * Runs one command and resolves to its exit code; `serve` resolves once listening (and stops on
 * SIGINT/SIGTERM when `signals` is on).
 */
export async function main(argv: string[], io: Io = processIo, signals = false): Promise<number> {
  let job: { kind: 'batch'; run: Run; format: LogFormat; json: boolean } | { kind: 'serve'; run: Serve; json: boolean } | undefined;
  try {
    await program(
      io,
      (run, format, json) => (job = { kind: 'batch', run, format, json }),
      (run, json) => (job = { kind: 'serve', run, json }),
    ).parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  if (!job) {
    io.stderr('plangraph: give a command (plangraph --help lists them)\n');
    return 2;
  }
  let ctx: CommandContext;
  try {
    const config = loadConfig();
    const format: LogFormat = job.kind === 'serve' ? 'json' : job.format;
    ctx = { config, log: createLogger(config.logLevel, format, io.stderr), ...io, json: job.json };
  } catch (err) {
    if (err instanceof ConfigError) {
      // serve's stderr is a JSON log from its first line to its last.
      if (job.kind === 'serve') createLogger('fatal', 'json', io.stderr).fatal(`plangraph: ${err.message}`);
      else io.stderr(`plangraph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (job.kind === 'batch') return job.run(ctx);
  let server: Awaited<ReturnType<Serve>>;
  try {
    server = await job.run(ctx);
  } catch (err) {
    ctx.log.fatal({ err }, `cannot serve: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (signals) {
    const stop = () => void server.close().finally(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  return 0;
}

/** A closed pipe (`plangraph ingest docs | head -1`) ends the process at once, quietly. */
function exitOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw err;
    });
  }
}

export function runFromCommandLine(argv: string[]): void {
  exitOnClosedPipe();
  main(argv, processIo, true).then(
    (code) => {
      if (code !== 0 || argv[0] !== 'serve') process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`plangraph: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runFromCommandLine(process.argv.slice(2));
