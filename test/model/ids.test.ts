import { createHash } from 'node:crypto';
import { NODE_LABELS, REL_TYPES, entityId, relationshipId, spanId } from '../../src/model';

// Ids are written out as one flat string each (model/ids.ts): the same text as label:digest.

const hex = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('ids', () => {
  it('read label or type, a colon and the first 16 hex digits of the key’s sha256, for every label and type', () => {
    for (const label of NODE_LABELS) {
      expect(entityId(label, '济南市大数据局')).toBe(`${label}:${hex('济南市大数据局')}`);
      expect(spanId(label, 'doc-1', 12, 40)).toBe(`${label}:${hex('doc-1:12:40')}`);
    }
    for (const type of REL_TYPES) {
      expect(relationshipId(type, 'Task:a', 'Result:b')).toBe(`${type}:${hex('Task:a>Result:b#')}`);
      expect(relationshipId(type, 'Task:a', 'Result:b', 'k')).toBe(`${type}:${hex('Task:a>Result:b#k')}`);
    }
  });
});
