import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './log';
import {
  exportCommand, ingestCommand, removeCommand, schemaCommand, serveCommand, statsCommand, type CommandContext,
} from './commands';

const USAGE = `Usage: plangraph <command> [options]

Commands:
  serve [--ingest PATH...] [--if-changed]
                               serve the GraphQL API (default port 4000, env PORT); --if-changed
                               ingests the paths only when their documents are not all stored
  ingest PATH...               read documents (files or folders) into the configured store
  export [--out FILE] PATH...  print the graph the documents yield, in the ontology's export format
  stats [--json] PATH...       counts per label and relationship type, and where lineage is thin
  remove DOC...                remove documents (by id) and the facts only they supported
  schema [--out FILE]          print the GraphQL schema (SDL)
  help                         this text

The store is Neo4j when NEO4J_URI is set, else an embedded in-process graph.
Exit codes: 0 ok, 1 something was rejected or failed, 2 usage or configuration error.
`;

/** Runs one command and resolves to its exit code; `serve` resolves once listening. */
export async function main(argv: string[], io = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s) }): Promise<number> {
  const [command, ...rest] = argv;
  let args: ReturnType<typeof parse>;
  try {
    args = parse(rest);
  } catch (err) {
    io.stderr(`plangraph: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  let ctx: CommandContext;
  try {
    const config = loadConfig();
    ctx = { config, log: createLogger(config.logLevel), ...io };
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`plangraph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const paths = args.positionals;
  const needPaths = (name: string) => {
    io.stderr(`plangraph ${name}: give at least one file or folder\n\n${USAGE}`);
    return 2;
  };
  switch (command) {
    case 'serve': {
      const server = await serveCommand(ctx, args.values.ingest, { ifChanged: args.values['if-changed'] ?? false });
      const stop = () => void server.close().finally(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return 0;
    }
    case 'ingest':
      return paths.length ? ingestCommand(ctx, paths) : needPaths('ingest');
    case 'export':
      return paths.length ? exportCommand(ctx, paths, args.values.out) : needPaths('export');
    case 'stats':
      return paths.length ? statsCommand(ctx, paths, args.values.json ?? false) : needPaths('stats');
    case 'remove':
      return paths.length ? removeCommand(ctx, paths) : needPaths('remove');
    case 'schema':
      return schemaCommand(ctx, args.values.out);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`plangraph: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

function parse(rest: string[]) {
  return parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      ingest: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      'if-changed': { type: 'boolean' },
    },
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code; },
    (err) => { process.stderr.write(`plangraph: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
  );
}
