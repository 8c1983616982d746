import pino from 'pino';

// One logger, to stderr, so stdout stays clean for `export` and `stats` output.
export function createLogger(level: string) {
  return pino({ level, base: undefined }, pino.destination(2));
}
export type Logger = ReturnType<typeof createLogger>;
