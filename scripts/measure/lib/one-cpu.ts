/**
 * Pinning a measured child process to one CPU with Linux's taskset, so
 * garbage-collector helper threads cannot borrow other cores.
 */
import { spawnSync } from 'node:child_process';

export function tasksetAvailable(): boolean {
  if (process.platform !== 'linux') return false;
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** The command line `command`, run on CPU 0 when `pin`. */
export function onOneCpu(command: readonly string[], pin: boolean): string[] {
  return pin ? ['taskset', '-c', '0', ...command] : [...command];
}
