// Quality scorer (评测): compares a built graph with the hand-checked gold set (test/gold).
export { scoreGraph, formatQuality, type QualityReport } from './score';
export { loadGold, parseGold, type GoldDocument, type GoldEntity, type GoldValue, type GoldClause, type GoldLink } from './gold';
export { namesMatch, normaliseName } from './names';
export { checkSpans, type SpanCheck } from './spans';
export type { Measure } from './measure';
export { loadCorpusGold, parseCorpusGold, type CorpusGoldDocument, type CorpusGoldValue, type CorpusGoldEntity } from './corpus-gold';
export { scoreCorpusValues, formatCorpusValues, readValues, type CorpusValueReport, type DocumentValueScore } from './corpus-values';
export { loadCorpusEntityGold, ENTITY_KINDS, type CorpusGold, type CorpusEntity, type EntityKind } from './corpus-entity-gold';
export { scoreEntityKinds, formatEntityKinds, type EntityKindReport, type KindScores } from './entity-kinds';
export { scoreCorpusEntities, type CorpusRun } from './corpus';
export { scoreEntityAttributes, formatEntityAttributes, type AttributeScores } from './entity-attributes';
