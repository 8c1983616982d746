// find-by-name: a node of a label whose folded name or alias equals the key; the canonical name
// wins over an alias, then the smallest id.
// @param label STRING an ontology label
// @param key STRING the folded name (see src/graph/text-fold.ts)
MATCH (n:Entity {label: $label})
WHERE $key IN n.nameKeys
RETURN n {.*, docRecord: null} AS node
ORDER BY n.nameKey = $key DESC, n.id
LIMIT 1
