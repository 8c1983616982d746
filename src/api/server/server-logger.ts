import type { Logger as ApolloLogger } from '@apollo/utils.logger';
import pino, { type Logger } from 'pino';

// The server logs through one pino logger, so Apollo's own messages (start-up warnings, plugin
// notes) are JSON lines on the same stream as the request lines, never plain console text.

export type ServerLogger = Logger;

/** Without a logger the server is silent: library use and tests choose their own. */
export const silentLogger = (): ServerLogger => pino({ level: 'silent' });

const text = (message: unknown) => (message instanceof Error ? message.message : String(message));

/** pino as Apollo's Logger: Apollo passes one message string (or an Error). */
export function apolloLogger(log: ServerLogger): ApolloLogger {
  const child = log.child({ component: 'apollo' });
  return {
    debug: (m) => child.debug(text(m)),
    info: (m) => child.info(text(m)),
    warn: (m) => child.warn(text(m)),
    error: (m) => (m instanceof Error ? child.error({ err: m }, m.message) : child.error(text(m))),
  };
}
