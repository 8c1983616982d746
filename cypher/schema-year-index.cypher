// schema-year-index: range index on year, where lineage starts its traversal.
// Parameters: none.
CREATE INDEX entity_year IF NOT EXISTS FOR (n:Entity) ON (n.year)
