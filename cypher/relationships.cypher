// relationships: relationships touching any of the nodes, in a direction from them, optionally of
// some types; each once, by id.
// @param ids LIST<STRING>
// @param direction STRING 'OUT', 'IN' or 'BOTH'
// @param types LIST<STRING> relationship types, or null for all
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(:Entity)
WHERE ($direction = 'BOTH'
       OR ($direction = 'OUT' AND startNode(r) = a)
       OR ($direction = 'IN' AND endNode(r) = a))
  AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r {.*} AS props, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
ORDER BY r.id
