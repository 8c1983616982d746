// search: full-text hits over names, aliases and source sentences (index entity_text), optionally
// of some labels; best score first, then id.
// @param query STRING a Lucene query (the store quotes each term as a phrase)
// @param labels LIST<STRING> ontology labels, or null for all
// @param limit INTEGER
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE $labels IS NULL OR node.label IN $labels
RETURN node.id AS id, score, node.name AS name, node.aliases AS aliases, node.srcText AS texts
ORDER BY score DESC, id
LIMIT $limit
