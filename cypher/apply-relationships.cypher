// apply-relationships: upsert a batch of relationships by id between existing nodes; returns how
// many were written so the store can refuse a batch with a missing end (and roll back).
// @param rows LIST<MAP> {id, type, from, to, props}: type is checked against the ontology first
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
