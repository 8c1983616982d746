// set-documents: store each document record (JSON, text included) on its Document node.
// @param rows LIST<MAP> {id, record}: record is the DocumentRecord as JSON
UNWIND $rows AS row
MERGE (d:Entity {id: row.id})
SET d:Document, d.docRecord = row.record
