import pino from 'pino';

// One logger, on stderr, so stdout stays clean for `export` and `stats` output. One format per
// stream: the server logs JSON lines; the batch commands, whose stderr also carries their human
// lines (rejections, notes), log the same records as plain text.

export type LogFormat = 'json' | 'text';

const writeStderr = (s: string) => void process.stderr.write(s);

function asText(line: string): string {
  const { level, time: _time, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
  const rest = Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
  return `${String(level)}: ${String(msg ?? '')}${rest}\n`;
}

export function createLogger(level: string, format: LogFormat = 'json', write: (s: string) => void = writeStderr) {
  const destination = { write: format === 'json' ? write : (line: string) => write(asText(line)) };
  return pino({ level, base: undefined, formatters: { level: (label) => ({ level: label }) } }, destination);
}
export type Logger = ReturnType<typeof createLogger>;
