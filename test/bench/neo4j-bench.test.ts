import { main } from '../../bench/neo4j/neo4j-bench';

// The Neo4j bulk-load benchmark needs a server it may empty: without NEO4J_URI it says so and
// exits 2 rather than measuring nothing.

test('refuses to run without NEO4J_URI, naming what it needs', async () => {
  const saved = process.env.NEO4J_URI;
  delete process.env.NEO4J_URI;
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await main([])).toBe(2);
    expect(String(write.mock.calls[0]?.[0])).toMatch(/needs NEO4J_URI/);
  } finally {
    write.mockRestore();
    if (saved !== undefined) process.env.NEO4J_URI = saved;
  }
});
