/** A process's resident memory, from Linux's /proc/<pid>/status. */
import fs from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now, bytes. */
  rssBytes: number;
  /** Peak resident set size so far, bytes. */
  peakRssBytes: number;
}

function kibField(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc status`);
  return Number(match[1]) * 1024;
}

/** Resident set size now, bytes; undefined once the process has exited (or off Linux). */
export function readRssBytes(pid: number): number | undefined {
  try {
    return readProcessMemory(pid).rssBytes;
  } catch {
    return undefined;
  }
}

export function readProcessMemory(pid: number): ProcessMemory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return { rssBytes: kibField(status, 'VmRSS'), peakRssBytes: kibField(status, 'VmHWM') };
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}
