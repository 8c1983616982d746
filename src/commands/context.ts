import type { Config } from '../config/config';
import type { Logger } from '../config/log';

/** What every command gets: settings, a logger, and where to print (tests capture both). */
export interface CommandContext {
  config: Config;
  log: Logger;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** --json: one JSON result on stdout, no human lines. */
  json?: boolean;
  /** stderr is a terminal: progress may be drawn there. */
  interactive?: boolean;
}
