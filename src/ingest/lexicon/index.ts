// The lexicon: vocabulary read from seeds/lexicon/*.json (never facts about one document).
export { loadLexicon } from './load';
export type { Lexicon } from './schema';
