import { lockNeo4j } from './neo4j-lock';

// The live-server suites take turns through this lock; here, without a server, it must exclude.

test('one holder at a time; released, it can be taken again', async () => {
  const unlock = await lockNeo4j();
  await expect(lockNeo4j(300)).rejects.toThrow(/holds/);
  unlock();
  const again = await lockNeo4j(1000);
  again();
});
