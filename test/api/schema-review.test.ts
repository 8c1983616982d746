import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientVisibleChanges, reviewGaps, type ReviewedChanges } from './schema-review';

// Every change a client may notice since the released schema is listed, with its reason, in
// schema/reviewed-changes.json; a new breaking change fails here until someone reviews it.

const dir = join(__dirname, '../../schema');
const released = readFileSync(join(dir, 'released.graphql'), 'utf8');
const current = readFileSync(join(dir, 'schema.graphql'), 'utf8');
const reviewed = JSON.parse(readFileSync(join(dir, 'reviewed-changes.json'), 'utf8')) as ReviewedChanges;

describe('schema changes since the release', () => {
  it('are all reviewed, and every reviewed one still occurs', () => {
    const gaps = reviewGaps(clientVisibleChanges(released, current), reviewed);
    if (gaps.unreviewed.length || gaps.stale.length) {
      throw new Error(
        'schema/reviewed-changes.json is out of step with the schema. Prefer a new field and @deprecated on the old one; ' +
          `if the change is meant, add each line below with its reason.\n\nNot reviewed:\n${gaps.unreviewed.join('\n') || '(none)'}` +
          `\n\nReviewed but no longer occurring:\n${gaps.stale.join('\n') || '(none)'}`,
      );
    }
  });

  it('gives every reviewed change a reason', () => {
    expect(reviewed.changes.filter((c) => !c.reason.trim())).toEqual([]);
  });

  it('catches a removed field that nobody reviewed', () => {
    const broken = current.replace(/^(\s+)totalCount: Int!$/m, '$1total: Int!');
    const { unreviewed } = reviewGaps(clientVisibleChanges(released, broken), reviewed);
    expect(unreviewed).toContainEqual(expect.stringMatching(/^BREAKING FIELD_REMOVED: \w+Connection\.totalCount was removed/));
  });

  it('catches a field turned from String to another type', () => {
    const changed = current.replace(/^(type Document implements Node \{[^}]*?\n\s+docNumber: )String$/m, '$1Int');
    expect(changed).not.toBe(current);
    const { unreviewed } = reviewGaps(clientVisibleChanges(released, changed), reviewed);
    expect(unreviewed).toContain('BREAKING FIELD_CHANGED_KIND: Document.docNumber changed type from String to Int.');
  });

  it('does not ask to review an optional argument added', () => {
    const added = current.replace(/^(\s+)stats: Stats!$/m, '$1stats(\n$1  """Extra (额外)."""\n$1  extra: Int\n$1): Stats!');
    expect(added).not.toBe(current);
    expect(clientVisibleChanges(current, added)).toEqual([]);
  });
});
