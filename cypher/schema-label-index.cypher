// schema-label-index: range index on the ontology label kept as a property, so findNodes,
// findByName and stats seek one label without a dynamic-label scan.
// Parameters: none.
CREATE INDEX entity_label IF NOT EXISTS FOR (n:Entity) ON (n.label)
