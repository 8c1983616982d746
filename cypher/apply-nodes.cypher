// apply-nodes: upsert a batch of nodes by id with their full state; every node is :Entity plus its
// ontology label (the store checks row.label against the ontology before sending it).
// @param rows LIST<MAP> {id, label, props}: props holds every stored property, id included
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
