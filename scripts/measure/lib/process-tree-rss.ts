/**
 * Peak resident memory of a process and all its descendants, sampled from
 * /proc (Linux). A build forks workers; the peak that matters is the sum.
 */
import fs from 'node:fs';
import { readRssBytes } from './process-memory';

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may contain spaces and parentheses: parse after its closing ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

export interface TreeMember {
  pid: number;
  rssBytes: number;
  /** The command line, arguments joined by spaces. */
  command: string;
}

function commandOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((a) => a !== '').join(' ');
  } catch {
    return '';
  }
}

/** `root` and every descendant, with each one's current RSS (0 for one that ended while being read). */
export function treeMembers(root: number, withCommands = false): TreeMember[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const members: TreeMember[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? root;
    members.push({ pid, rssBytes: readRssBytes(pid) ?? 0, command: withCommands ? commandOf(pid) : '' });
    stack.push(...(children.get(pid) ?? []));
  }
  return members;
}

/** Current RSS of `root` and every descendant. */
export function treeRssBytes(root: number): number {
  return treeMembers(root).reduce((sum, m) => sum + m.rssBytes, 0);
}

/** Samples the tree every `everyMs` until stopped; returns the peak. */
export function samplePeakRss(root: number, everyMs = 250): { stop: () => number } {
  let peak = treeRssBytes(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(root));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
