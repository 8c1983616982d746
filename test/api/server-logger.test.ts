import pino from 'pino';
import { apolloLogger } from '../../src/api/server/server-logger';

// Apollo's own messages reach the server's pino log as JSON lines, marked as Apollo's.

it('writes Apollo messages and errors as JSON lines at their level', () => {
  const lines: Record<string, any>[] = [];
  const log = pino({ level: 'debug', base: undefined }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  const apollo = apolloLogger(log);
  apollo.debug('schema loaded');
  apollo.warn('Persisted queries are enabled and are using an unbounded cache.');
  apollo.error(new Error('plugin failed to start'));
  expect(lines).toEqual([
    expect.objectContaining({ level: 20, component: 'apollo', msg: 'schema loaded' }),
    expect.objectContaining({ level: 40, component: 'apollo', msg: 'Persisted queries are enabled and are using an unbounded cache.' }),
    expect.objectContaining({
      level: 50,
      component: 'apollo',
      msg: 'plugin failed to start',
      err: expect.objectContaining({ stack: expect.stringContaining('plugin failed to start') }),
    }),
  ]);
});
