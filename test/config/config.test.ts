import { loadConfig, ConfigError } from '../../src/config/config';

describe('loadConfig', () => {
  it('serves on port 4000 from the embedded store by default', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j).toBeUndefined();
    expect(c.seeds).toMatch(/seeds$/);
    expect(c.api.introspection).toBe(true);
    expect(c.api.landingPage).toBe(true);
  });

  it('reads PORT and the Neo4j settings', () => {
    const c = loadConfig({ PORT: '5055', NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'secret' });
    expect(c.port).toBe(5055);
    expect(c.neo4j).toEqual({ uri: 'bolt://db:7687', user: 'neo4j', password: 'secret', database: undefined, versionCheckMs: 1000 });
  });

  it('caches responses on both stores unless told not to; Neo4j re-reads the graph version every PLANGRAPH_VERSION_CHECK_MS', () => {
    const neo = { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'secret' };
    expect(loadConfig({}).api.responseCache).toBe(true);
    expect(loadConfig(neo).api.responseCache).toBe(true);
    expect(loadConfig({ ...neo, PLANGRAPH_RESPONSE_CACHE: 'off' }).api.responseCache).toBe(false);
    expect(loadConfig({ ...neo, PLANGRAPH_VERSION_CHECK_MS: '0' }).neo4j?.versionCheckMs).toBe(0);
    expect(() => loadConfig({ ...neo, PLANGRAPH_VERSION_CHECK_MS: '-1' })).toThrow(/PLANGRAPH_VERSION_CHECK_MS/);
  });

  it('hides introspection and the landing page in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).api).toMatchObject({ introspection: false, landingPage: false });
    expect(loadConfig({ NODE_ENV: 'production', PLANGRAPH_LANDING_PAGE: 'true' }).api.landingPage).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687' })).toThrow(/NEO4J_PASSWORD/);
    expect(() => loadConfig({ PLANGRAPH_API_KEY: 'short' })).toThrow(/PLANGRAPH_API_KEY/);
  });

  it('spreads ingest over one thread per CPU unless PLANGRAPH_INGEST_WORKERS says otherwise', () => {
    expect(loadConfig({}).ingest.workers).toBe(0);
    expect(loadConfig({ PLANGRAPH_INGEST_WORKERS: '1' }).ingest.workers).toBe(1);
    expect(() => loadConfig({ PLANGRAPH_INGEST_WORKERS: '-2' })).toThrow(/PLANGRAPH_INGEST_WORKERS/);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ PLANGRAPH_CORS_ORIGINS: 'https://a.example, https://b.example' }).api.corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('loadConfig with empty variables', () => {
  it('treats VAR= as unset, as compose files write them', () => {
    expect(loadConfig({ PLANGRAPH_API_KEY: '', PORT: '' }).api.writeApiKey).toBeUndefined();
  });
});

describe('configured paths', () => {
  it('refuses a seeds folder that is not there, naming the variable', () => {
    expect(() => loadConfig({ PLANGRAPH_SEEDS: '/nonexistent/seeds' })).toThrow(
      /PLANGRAPH_SEEDS: no such file or folder: "\/nonexistent\/seeds"/,
    );
  });
  it('refuses a snapshot file whose folder is not there', () => {
    expect(() => loadConfig({ PLANGRAPH_DATA: '/nonexistent/dir/graph.json' })).toThrow(/PLANGRAPH_DATA: its folder does not exist/);
  });
});
