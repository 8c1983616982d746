// lineage: relationships of the given types from a node of one year to a node of another,
// optionally only those whose via-node or either end links to an indicator / platform; best
// score first (unscored last), then id.
// @param types LIST<STRING> relationship types (default LED_TO, chosen by the store)
// @param fromYear INTEGER
// @param toYear INTEGER
// @param indicatorId STRING or null
// @param platformId STRING or null
// @param limit INTEGER
MATCH (a:Entity {year: $fromYear})-[r]->(b:Entity {year: $toYear})
WHERE type(r) IN $types
  AND ($indicatorId IS NULL OR r.via = $indicatorId
       OR EXISTS { (a)-[:SETS_TARGET|MEASURED|INVOLVES]->(:Entity {id: $indicatorId}) }
       OR EXISTS { (b)-[:SETS_TARGET|MEASURED|INVOLVES]->(:Entity {id: $indicatorId}) })
  AND ($platformId IS NULL OR r.via = $platformId
       OR EXISTS { (a)-[:SETS_TARGET|MEASURED|INVOLVES]->(:Entity {id: $platformId}) }
       OR EXISTS { (b)-[:SETS_TARGET|MEASURED|INVOLVES]->(:Entity {id: $platformId}) })
RETURN r {.*} AS props, type(r) AS type, a.id AS from, b.id AS to
ORDER BY r.score IS NULL, r.score DESC, r.id
LIMIT $limit
