// The Neo4j store: the same contract on a Neo4j 5.26+ server; statements live in cypher/.
export { Neo4jStore, type Neo4jStoreOptions } from './neo4j-store';
export { cypher, loadCypher, declaredParameters, schemaStatements, applyNodesStatement, applyRelationshipsStatement } from './registry';
export { NODE_STORE_KEYS, REL_STORE_KEYS, ROW_KEYS, QUERIED_FACT_KEYS, STORE_LABELS, VERSION_KEYS } from './encode';
export { planWrite, groupSlices, checkSlices, supportOf, type WritePlan, type Support } from './write-plan';
export type { DriverLike, SessionLike, QueryRunner, RecordLike } from './driver';
