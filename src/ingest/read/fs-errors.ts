// File-system failures in words a user understands, one line each.

const EXPLAINED: Record<string, string> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'symlink loop',
  ENAMETOOLONG: 'path too long',
  EISDIR: 'is a folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

export function explainFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return 'read timed out';
  const code = e?.code ?? '';
  const words = EXPLAINED[code];
  if (words) return `${words} (${code})`;
  return `cannot read: ${e?.message ?? String(err)}`.split('\n')[0]!;
}

/** What kind of non-regular file this is, for a rejection. */
export function describeSpecial(stat: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isBlockDevice() || stat.isCharacterDevice()) return 'a device';
  return 'a special file';
}
