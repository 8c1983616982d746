// list-documents: every document record, by id.
// Parameters: none.
MATCH (d:Document)
RETURN d.docRecord AS record
ORDER BY d.id
