// find-nodes-asc: one page of a label's nodes, filtered by property equality and a name/alias
// substring, sorted ASC by a field (nulls last, then id), with the total before paging.
// @param label STRING an ontology label
// @param where MAP property equalities
// @param nameContains STRING lower-cased substring, or null
// @param sortField STRING property key, 'name' or 'id'
// @param offset INTEGER
// @param limit INTEGER
MATCH (n:Entity {label: $label})
WHERE all(k IN keys($where) WHERE n[k] = $where[k])
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS $nameContains
       OR any(a IN n.aliases WHERE toLower(a) CONTAINS $nameContains))
WITH n
ORDER BY n[$sortField] IS NULL, n[$sortField], n.id
WITH collect(n) AS matched
RETURN size(matched) AS total,
       [m IN matched[$offset..($offset + $limit)] | m {.*, docRecord: null}] AS items
