export { foldForMatching } from './fold';
