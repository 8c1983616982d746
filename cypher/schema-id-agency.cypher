// schema-id-agency: every :Agency node has a unique id (also the index MERGE and id look-ups use).
// Parameters: none.
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE
