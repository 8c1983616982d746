// get-documents: document records by id, null for unknown ids.
// @param ids LIST<STRING>
UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, d.docRecord AS record
