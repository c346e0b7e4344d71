/**
 * The one way the tools and tests run a long-lived child (a server, wrk, a
 * build): in its own process group, so stopping it also stops whatever it
 * started, with its output kept for error messages. Every child still
 * running is killed when this process exits, so nothing is left behind, and
 * registered clean-ups (temporary folders) run then too.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the child has exited and its output is read. */
  exited: Promise<number | string>;
  /** What it printed, stdout and stderr interleaved (the beginning and the end of a very long output). */
  output(): string;
  /** Its last `lines` non-blank lines of output, for error messages. */
  tail(lines?: number): string;
  /** SIGTERM to the group, SIGKILL after `graceMs` if it is still there. */
  stop(graceMs?: number): Promise<void>;
}

/** Output kept per child: a fuzzed server can print a lot, and both ends matter. */
const OUTPUT_LIMIT = 200_000;

const running = new Set<Child>();
const cleanups = new Set<() => void>();
let hooked = false;

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

let onSignals = false;

/**
 * For a command (a test's runner owns the signals): once it starts a child,
 * an interrupt stops every child and exits, which also runs the clean-ups.
 * Node would otherwise exit on the signal at once, leaving servers behind.
 */
export function stopChildrenOnSignals(): void {
  onSignals = true;
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  // 'exit' handlers must be synchronous: a last SIGKILL for anything still running.
  process.on('exit', () => {
    for (const child of running) signalGroup(child.pid, 'SIGKILL');
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch (error) {
        console.error(`clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  if (!onSignals) return;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping ${[...running].map((c) => c.name).join(', ') || 'nothing'}`);
      void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Starts `command` in its own process group and tracks it until it exits. */
export function startChild(name: string, command: string, args: readonly string[], options: SpawnOptions = {}): Child {
  hookExit();
  const proc = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Without a listener a failed spawn (ENOENT) would be an uncaught error; the missing pid reports it.
  proc.on('error', () => undefined);
  const { pid } = proc;
  if (pid === undefined) throw new Error(`${name}: could not start ${command} (is it installed?)`);
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = `${output.slice(0, OUTPUT_LIMIT / 2)}\n… (output cut) …\n${output.slice(-OUTPUT_LIMIT / 2)}`;
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    // 'close', not 'exit': by then its output has been read to the end.
    proc.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const child: Child = {
    name,
    pid,
    process: proc,
    exited,
    output: () => output,
    tail: (lines = 40) =>
      output
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-lines)
        .join('\n'),
    async stop(graceMs = 5_000) {
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // The leader is gone; anything left in its group goes too.
      signalGroup(pid, 'SIGKILL');
    },
  };
  running.add(child);
  void exited.then(() => running.delete(child));
  return child;
}

/**
 * Runs `cleanup` (synchronous: it may run inside an 'exit' handler) when this
 * process exits, however it exits. Returns a function that runs it now instead.
 */
export function cleanUpOnExit(cleanup: () => void): () => void {
  hookExit();
  cleanups.add(cleanup);
  return () => {
    if (cleanups.delete(cleanup)) cleanup();
  };
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
}
