/** The machine the figures were measured on, printed with them. */
import { availableParallelism, cpus, totalmem } from 'node:os';

/** Cores, CPU model, memory and Node version. */
export function machine(): { cores: number; cpu: string; memoryGB: number; node: string } {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}
