// schema-id-plan: every :Plan node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE
