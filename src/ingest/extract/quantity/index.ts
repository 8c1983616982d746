// Quantities (数量): every number in Chinese plan text, with its unit, bounds and qualifiers.
export type { Quantity } from './quantity';
export { findQuantities } from './find';
export { parseChineseNumber } from './numerals';
export { writesMultipleInWords, writesShareInWords } from './token';
export { quantityVocabulary } from './vocabulary';
