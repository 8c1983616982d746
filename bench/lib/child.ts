import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

// Every measurement that needs a clean heap, its own RSS or its own CPU runs in a child process
// (compiled JS under dist/bench). Children talk over IPC: one `ready`/`result` message each way.

export const BENCH_DIST = join(__dirname, '..');

export interface ChildOptions {
  args?: string[];
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export interface Message {
  type: string;
  [key: string]: unknown;
}

/** A running child; `next(type)` waits for the next message of that type (or an error/exit). */
export class Child {
  private readonly waiters: { type: string; fn: (m: Message) => void }[] = [];
  private readonly queued: Message[] = [];
  private exit: Message | null = null;

  constructor(
    readonly proc: ChildProcess,
    readonly name: string,
  ) {
    proc.on('message', (m: Message) => this.deliver(m));
    proc.on('exit', (code, signal) => {
      this.exit = { type: 'exit', code, signal };
      this.waiters.splice(0).forEach((w) => w.fn(this.exit as Message));
    });
  }

  private deliver(m: Message): void {
    const i = this.waiters.findIndex((w) => w.type === m.type || m.type === 'error');
    if (i < 0) this.queued.push(m);
    else this.waiters.splice(i, 1)[0]?.fn(m);
  }

  send(message: Message): void {
    this.proc.send(message);
  }

  next<T extends Message>(type: string, timeoutMs: number): Promise<T> {
    const i = this.queued.findIndex((m) => m.type === type || m.type === 'error');
    if (i >= 0) return settle(this.queued.splice(i, 1)[0] as Message, this.name) as Promise<T>;
    if (this.exit) return settle(this.exit, this.name) as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const waiter = {
        type,
        fn: (m: Message) => {
          clearTimeout(timer);
          settle(m, this.name).then((v) => resolve(v as T), reject);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`${this.name}: no '${type}' within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Ends this child (only this one, by its own pid) and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.exit || this.proc.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  }
}

function settle(m: Message, name: string): Promise<Message> {
  if (m.type === 'error') return Promise.reject(new Error(`${name}: ${String(m.message)}`));
  if (m.type === 'exit') return Promise.reject(new Error(`${name} exited early (code ${String(m.code)})`));
  return Promise.resolve(m);
}

export function startChild(script: string, options: Omit<ChildOptions, 'timeoutMs'>): Child {
  const proc = fork(join(BENCH_DIST, script), options.args ?? [], {
    execArgv: options.execArgv ?? [],
    env: { ...process.env, ...options.env },
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Child(proc, script);
}

/** Runs a child to its single `result` message, then ends it. */
export async function runChild<T extends Message>(script: string, options: ChildOptions): Promise<T> {
  const child = startChild(script, options);
  try {
    return await child.next<T>('result', options.timeoutMs);
  } finally {
    await child.stop();
  }
}

/** In a child: report the result (or the error) to the parent and let the process end. */
export function reply(work: () => Promise<Record<string, unknown>>): void {
  work().then(
    (result) => process.send?.({ type: 'result', ...result }),
    (err: unknown) => process.send?.({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
}
