import { compareKeys, connectionOfList, decodeCursor, encodeCursor, pageRequest, type Key } from '../../../src/api/services';

const codeOf = (e: unknown) => (e as { extensions: { code: string } }).extensions.code;

describe('pagination', () => {
  it('round-trips opaque keyset cursors: the sort key and id, never an offset', () => {
    const c = encodeCursor('Task/name/ASC', ['建设城市云脑', 'Task:19']);
    expect(c).not.toContain('Task');
    expect(decodeCursor(c, 'Task/name/ASC')).toEqual(['建设城市云脑', 'Task:19']);
    expect(pageRequest({ first: 5, after: c }, 100, 'Task/name/ASC')).toMatchObject({
      limit: 5,
      fromEnd: false,
      after: ['建设城市云脑', 'Task:19'],
    });
  });

  it('defaults to 20 items and rejects first or last outside 0…max, or both at once, naming the argument', () => {
    expect(pageRequest({}, 100, 's')).toMatchObject({ limit: 20, fromEnd: false });
    expect(pageRequest({ last: 3 }, 100, 's')).toMatchObject({ limit: 3, fromEnd: true });
    expect(() => pageRequest({ first: 101 }, 100, 's')).toThrow(/`first`/);
    expect(() => pageRequest({ last: -1 }, 100, 's')).toThrow(/`last`/);
    expect(() => pageRequest({ first: 1, last: 1 }, 100, 's')).toThrow(/`last`/);
  });

  it('rejects a cursor it did not issue, or one issued for another order, as BAD_USER_INPUT on the argument', () => {
    for (const [args, argument] of [
      [{ after: 'bm9wZQ' }, '`after`'],
      [{ before: encodeCursor('Plan/year/DESC', [2024, 'Plan:1']) }, '`before`'],
    ] as const) {
      try {
        pageRequest(args, 100, 'Plan/name/ASC');
        throw new Error('accepted');
      } catch (e) {
        expect(codeOf(e)).toBe('BAD_USER_INPUT');
        expect((e as Error).message).toContain(argument);
      }
    }
  });

  it('pages a list both ways, and a cursor keeps its place when items are added before it', () => {
    const keyOf = (s: string): Key => [s, s];
    const order = [1, 1] as const;
    const list = ['b', 'd', 'f', 'h', 'j'];
    const first = connectionOfList(list, keyOf, order, pageRequest({ first: 2 }, 100, 's'));
    expect(first.nodes).toEqual(['b', 'd']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const grown = ['a', 'b', 'c', 'd', 'e', 'f', 'h', 'j'];
    const next = connectionOfList(grown, keyOf, order, pageRequest({ first: 2, after: first.pageInfo.endCursor }, 100, 's'));
    expect(next.nodes).toEqual(['e', 'f']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = connectionOfList(grown, keyOf, order, pageRequest({ last: 3, before: next.pageInfo.startCursor }, 100, 's'));
    expect(back.nodes).toEqual(['b', 'c', 'd']);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = connectionOfList(grown, keyOf, order, pageRequest({ last: 2 }, 100, 's'));
    expect(tail.nodes).toEqual(['h', 'j']);
    expect(tail.totalCount).toBe(8);
  });

  it('orders keys per component, nulls last either way', () => {
    expect(compareKeys([2024, 'a'], [2023, 'b'], [-1, 1])).toBeLessThan(0);
    expect(compareKeys([null, 'a'], [2023, 'b'], [-1, 1])).toBeGreaterThan(0);
    expect(compareKeys([null, 'a'], [2023, 'b'], [1, 1])).toBeGreaterThan(0);
  });
});
