import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../../src/api/services';

describe('pagination', () => {
  it('round-trips opaque cursors and continues after one', () => {
    const c = encodeCursor(19);
    expect(c).not.toContain('19');
    expect(decodeCursor(c)).toBe(19);
    expect(pageWindow({ first: 5, after: c }, 100)).toEqual({ offset: 20, limit: 5 });
  });

  it('defaults to 20 items and rejects first outside 0…max naming the argument', () => {
    expect(pageWindow({}, 100)).toEqual({ offset: 0, limit: 20 });
    expect(() => pageWindow({ first: 101 }, 100)).toThrow(/`first`/);
    expect(() => pageWindow({ first: -1 }, 100)).toThrow(/`first`/);
  });

  it('rejects a cursor it did not issue as BAD_USER_INPUT on `after`', () => {
    try {
      pageWindow({ after: 'bm9wZQ' }, 100);
      throw new Error('accepted');
    } catch (e) {
      expect((e as { extensions: { code: string } }).extensions.code).toBe('BAD_USER_INPUT');
      expect((e as Error).message).toContain('`after`');
    }
  });

  it('reports pageInfo for a middle page', () => {
    const conn = toConnection(['c', 'd'], 5, { offset: 2, limit: 2 });
    expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(conn.pageInfo.endCursor!)).toBe(3);
    expect(conn.nodes).toEqual(['c', 'd']);
  });
});
