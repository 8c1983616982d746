// Cold-start section: public surface.
export { benchColdStart, type ColdStartResult } from './cold-start';
