/**
 * CPU time used by processes, from Linux's /proc/<pid>/stat. On a shared
 * machine requests/s and latency move with other people's load; CPU time
 * per request is the steadier number for comparing before and after a change.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

interface Stat {
  pgrp: number;
  /** user + system, in clock ticks, all threads. */
  ticks: number;
}

function readStat(pid: string | number): Stat | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // exited
  }
  // The command name may hold spaces and parentheses: fields are counted after its closing ")".
  // fields[0] is field 3 (state); pgrp is field 5, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pgrp: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** User + system CPU seconds of one process (all its threads). */
export function processCpuSeconds(pid: number): number {
  return (readStat(pid)?.ticks ?? 0) / clockTicks();
}

/** User + system CPU seconds of every live process in process group `pgid`. */
export function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (stat?.pgrp === pgid) ticks += stat.ticks;
  }
  return ticks / clockTicks();
}
