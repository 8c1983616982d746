// schema-graph-version: one GraphVersion node, kept unique so concurrent MERGEs find the same one.
// Parameters: none.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE
