// bump-version: add one to the graph's version, in the same transaction as the write it counts, so
// every process reading it sees every committed write. Run first in a write: its lock on the one
// GraphVersion node also puts concurrent writers (two ingests) one after the other.
// Parameters: none.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
