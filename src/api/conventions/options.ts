// Server options the CLI fills from config; every limit has a production-safe default.

export interface ApiOptions {
  /** Allow schema introspection (Sandbox and codegen need it; turn off in locked-down production). */
  introspection: boolean;
  /** Serve Apollo Sandbox on GET / (and the offline /examples page). */
  landingPage: boolean;
  /** Origins allowed by CORS, or '*' for any. */
  corsOrigins: string[] | '*';
  /** Deepest selection-set nesting accepted. */
  maxDepth: number;
  /** Highest estimated cost (graphql-query-complexity) accepted. */
  maxComplexity: number;
  /** Most aliased fields in one operation (stops alias amplification). */
  maxAliases: number;
  /** Most operations in one batched HTTP request. */
  maxBatch: number;
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** Largest HTTP request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Largest answer (its JSON, measured before serialising); larger ones get RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** When set, mutations need this value in the `x-api-key` header; unset disables them. */
  writeApiKey?: string;
  /** Cache whole responses keyed by store version + operation + variables. */
  responseCache: boolean;
  /** Execute with graphql-jit (compiled once per query document) instead of graphql-js. */
  compiledExecution: boolean;
}

export const DEFAULT_API_OPTIONS: ApiOptions = {
  introspection: true,
  landingPage: true,
  corsOrigins: '*',
  maxDepth: 12,
  maxComplexity: 20000,
  maxAliases: 30,
  maxBatch: 10,
  maxPageSize: 100,
  maxBodyBytes: 100_000,
  maxResponseBytes: 32 * 1024 * 1024,
  responseCache: true,
  compiledExecution: true,
};

/** Default page size of every connection (issue 4). */
export const DEFAULT_PAGE_SIZE = 20;

export function resolveOptions(opts: Partial<ApiOptions> = {}): ApiOptions {
  return { ...DEFAULT_API_OPTIONS, ...opts };
}
