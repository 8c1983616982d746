// find-nodes-desc: one page of a label's nodes, filtered by property equality, a name/alias
// substring, a document it cites and an agency responsible for it, sorted DESC by a field
// (nulls last, then id), with the total before paging and the page's position.
// @param label STRING an ontology label
// @param where MAP property equalities
// @param nameContains STRING lower-cased substring, or null
// @param citedIn STRING id of a document the node must have a source in, or null
// @param agency STRING id of an agency RESPONSIBLE_FOR the node, or null
// @param sortField STRING property key, 'name' or 'id'
// @param offset INTEGER items to skip after the window's start (when paging forward)
// @param after MAP keyset position {value, id} the window starts after, or null
// @param before MAP keyset position {value, id} the window ends before, or null
// @param fromEnd BOOLEAN take the window's last `limit` items (Relay `last`)
// @param limit INTEGER
MATCH (n:Entity {label: $label})
WHERE all(k IN keys($where) WHERE n[k] = $where[k])
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS $nameContains))
  AND ($citedIn IS NULL OR $citedIn IN n.sourceDocs)
  AND ($agency IS NULL OR EXISTS { (:Entity {id: $agency})-[:RESPONSIBLE_FOR]->(n) })
WITH n
ORDER BY n[$sortField] IS NULL, n[$sortField] DESC, n.id
WITH collect(n) AS matched
// Keyset bounds: how many matches sort at or before `after` and before `before` (nulls last,
// then id), so a cursor names a position that holds while other nodes come and go.
WITH matched,
     CASE WHEN $after IS NULL THEN 0 ELSE size([m IN matched WHERE
       CASE WHEN $after.value IS NULL THEN m[$sortField] IS NOT NULL OR m.id <= $after.id
       ELSE m[$sortField] IS NOT NULL AND (m[$sortField] > $after.value OR (m[$sortField] = $after.value AND m.id <= $after.id)) END]) END AS lo,
     CASE WHEN $before IS NULL THEN size(matched) ELSE size([m IN matched WHERE
       CASE WHEN $before.value IS NULL THEN m[$sortField] IS NOT NULL OR m.id < $before.id
       ELSE m[$sortField] IS NOT NULL AND (m[$sortField] > $before.value OR (m[$sortField] = $before.value AND m.id < $before.id)) END]) END AS hi
WITH matched, lo, hi,
     CASE WHEN $fromEnd THEN CASE WHEN hi - $limit > lo THEN hi - $limit ELSE lo END ELSE lo + $offset END AS first
WITH matched, first, CASE WHEN first + $limit < hi THEN first + $limit ELSE hi END AS last
RETURN size(matched) AS total, first AS offset,
       [m IN matched[first..last] | m {.*, docRecord: null}] AS items
