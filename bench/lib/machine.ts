import { cpus, freemem, platform, release, totalmem, arch } from 'node:os';

// What the numbers were measured on: they mean little without it.

export interface Machine {
  os: string;
  cpu: string;
  cpus: number;
  memoryGb: number;
  freeGb: number;
  node: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    os: `${platform()} ${release()} (${arch()})`,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    freeGb: Number((freemem() / 1024 ** 3).toFixed(1)),
    node: process.version,
  };
}
