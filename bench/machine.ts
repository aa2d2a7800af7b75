/** The machine the figures were measured on, printed with them. */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** Cores, CPU model, memory, Node version, and the load average over 1, 5 and 15 minutes when asked (a shared machine's other work). */
export function machine(): { cores: number; cpu: string; memoryGB: number; node: string; load: string } {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  };
}
