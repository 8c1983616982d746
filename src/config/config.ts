import { z } from 'zod';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from '../ingest/extract/facts/budget';

// Every setting comes from the environment, is validated once here, and is documented in the
// README's Configuration table. A bad value stops start-up with a message naming the variable.

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']).transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The repository root, where seeds/ and schema/ live (dist/src/config/config.js → ../../..). */
export const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** The package's version, for `plangraph --version` and /health. */
export const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** An empty variable (FOO= in a compose file) counts as unset. */
const unsetIfEmpty = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));

const Env = z.object({
  PORT: int(0, 65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PLANGRAPH_SEEDS: z.string().optional(),
  PLANGRAPH_DATA: z.string().optional(),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  PLANGRAPH_VERSION_CHECK_MS: int(0, 3_600_000).default(1000),
  PLANGRAPH_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  PLANGRAPH_CORS_ORIGINS: z.string().default('*'),
  PLANGRAPH_INTROSPECTION: bool.optional(),
  PLANGRAPH_LANDING_PAGE: bool.optional(),
  PLANGRAPH_RESPONSE_CACHE: bool.optional(),
  PLANGRAPH_MAX_DEPTH: int(2, 100).default(12),
  PLANGRAPH_MAX_COMPLEXITY: int(10, 10_000_000).default(20_000),
  PLANGRAPH_MAX_ALIASES: int(1, 10_000).default(30),
  PLANGRAPH_MAX_BATCH: int(1, 1_000).default(10),
  PLANGRAPH_MAX_BODY_BYTES: int(1_024, 100_000_000).default(100_000),
  PLANGRAPH_MAX_RESPONSE_BYTES: int(1_024, 2_000_000_000).default(32 * 1024 * 1024),
  PLANGRAPH_MAX_FILE_BYTES: int(1, 2_000_000_000).default(20_000_000),
  PLANGRAPH_MAX_FILES: int(1, 1_000_000).default(10_000),
  PLANGRAPH_READ_TIMEOUT_MS: int(100, 86_400_000).default(120_000),
  PLANGRAPH_INGEST_WORKERS: int(0, 256).default(0),
  PLANGRAPH_EXTRACT_TIMEOUT_MS: int(0, 86_400_000).default(DEFAULT_EXTRACT_LIMITS.timeMs),
  PLANGRAPH_EXTRACT_MAX_FACTS: int(0, 100_000_000).default(DEFAULT_EXTRACT_LIMITS.maxFacts),
  PLANGRAPH_LOCK_TIMEOUT_MS: int(0, 86_400_000).default(120_000),
});

export interface Config {
  port: number;
  host: string;
  production: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** Documents loaded into the embedded store at start-up. */
  seeds: string;
  /** Snapshot file of the embedded store; unset keeps the graph in memory only. */
  dataFile?: string;
  /** versionCheckMs: how long a process trusts the graph version it last read (see Neo4jStore). */
  neo4j?: { uri: string; user: string; password: string; database?: string; versionCheckMs: number };
  api: {
    writeApiKey?: string;
    corsOrigins: string[] | '*';
    introspection: boolean;
    landingPage: boolean;
    /** On unless turned off: both stores' versions count every write to the graph. */
    responseCache: boolean;
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxBatch: number;
    maxBodyBytes: number;
    maxResponseBytes: number;
  };
  read: { maxBytes: number; maxFiles: number; timeoutMs: number };
  /** Worker threads for segment + extract (0: automatic, see ingest/parallel; 1: none). */
  ingest: { workers: number; extractLimits: ExtractLimits };
  /** How long a write waits for another process's lock on the snapshot file. */
  lockTimeoutMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(unsetIfEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) throw new ConfigError('invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set');
  // A configured path that is not there is a mistake to report, not an empty graph to serve.
  if (e.PLANGRAPH_SEEDS && !existsSync(e.PLANGRAPH_SEEDS)) {
    throw new ConfigError(`invalid configuration: PLANGRAPH_SEEDS: no such file or folder: ${JSON.stringify(e.PLANGRAPH_SEEDS)}`);
  }
  if (e.PLANGRAPH_DATA && !existsSync(path.dirname(path.resolve(e.PLANGRAPH_DATA)))) {
    throw new ConfigError(
      `invalid configuration: PLANGRAPH_DATA: its folder does not exist: ${JSON.stringify(path.dirname(path.resolve(e.PLANGRAPH_DATA)))}`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    logLevel: e.LOG_LEVEL,
    seeds: e.PLANGRAPH_SEEDS ?? path.join(PACKAGE_ROOT, 'seeds'),
    dataFile: e.PLANGRAPH_DATA ? path.resolve(e.PLANGRAPH_DATA) : undefined,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD as string,
          database: e.NEO4J_DATABASE,
          versionCheckMs: e.PLANGRAPH_VERSION_CHECK_MS,
        }
      : undefined,
    api: {
      writeApiKey: e.PLANGRAPH_API_KEY,
      corsOrigins:
        e.PLANGRAPH_CORS_ORIGINS === '*'
          ? '*'
          : e.PLANGRAPH_CORS_ORIGINS.split(',')
              .map((s) => s.trim())
              .filter(Boolean),
      // Production hides the schema explorer unless asked for; development shows it.
      introspection: e.PLANGRAPH_INTROSPECTION ?? !production,
      landingPage: e.PLANGRAPH_LANDING_PAGE ?? !production,
      // Neo4j keeps the graph's version in the graph, bumped with every write, so a cache keyed on
      // it is right in every process (seen within PLANGRAPH_VERSION_CHECK_MS of another's write).
      responseCache: e.PLANGRAPH_RESPONSE_CACHE ?? true,
      maxDepth: e.PLANGRAPH_MAX_DEPTH,
      maxComplexity: e.PLANGRAPH_MAX_COMPLEXITY,
      maxAliases: e.PLANGRAPH_MAX_ALIASES,
      maxBatch: e.PLANGRAPH_MAX_BATCH,
      maxBodyBytes: e.PLANGRAPH_MAX_BODY_BYTES,
      maxResponseBytes: e.PLANGRAPH_MAX_RESPONSE_BYTES,
    },
    read: { maxBytes: e.PLANGRAPH_MAX_FILE_BYTES, maxFiles: e.PLANGRAPH_MAX_FILES, timeoutMs: e.PLANGRAPH_READ_TIMEOUT_MS },
    ingest: {
      workers: e.PLANGRAPH_INGEST_WORKERS,
      extractLimits: {
        ...DEFAULT_EXTRACT_LIMITS,
        timeMs: e.PLANGRAPH_EXTRACT_TIMEOUT_MS,
        maxFacts: e.PLANGRAPH_EXTRACT_MAX_FACTS,
      },
    },
    lockTimeoutMs: e.PLANGRAPH_LOCK_TIMEOUT_MS,
  };
}
