// read-version: the graph's version (0 before the first write).
// Parameters: none.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
