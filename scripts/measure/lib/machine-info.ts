/** The machine a benchmark ran on, for the report: cores, memory, tool versions, load. */
import { spawnSync } from 'node:child_process';
import os from 'node:os';

function versionLine(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return 'not installed';
  // nginx prints its version on stderr; wrk prints it and exits 1.
  return `${result.stdout}${result.stderr}`.split('\n')[0]?.trim() ?? '?';
}

export function describeMachine(tools: { nginx?: string; wrk?: string } = {}): string[] {
  const cpus = os.cpus();
  const lines = [
    `date: ${new Date().toISOString()}`,
    `cpu: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `node: ${process.version}, ${os.type()} ${os.release()}`,
  ];
  if (tools.nginx) lines.push(`nginx: ${versionLine(tools.nginx, ['-v'])}`);
  if (tools.wrk) lines.push(`wrk: ${versionLine(tools.wrk, ['-v'])}`);
  lines.push(`load average: ${loadAverage()}`);
  return lines;
}

/** The 1-, 5- and 15-minute load averages: "0.52 0.61 0.70". */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

/** The 1-minute load average alone, for following it during a run. */
export function oneMinuteLoad(): number {
  return os.loadavg()[0] ?? 0;
}
