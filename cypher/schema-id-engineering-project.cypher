// schema-id-engineering-project: every :EngineeringProject node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT engineering_project_id IF NOT EXISTS FOR (n:EngineeringProject) REQUIRE n.id IS UNIQUE
