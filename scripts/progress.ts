/**
 * Progress for long runs: a redrawn bar on a terminal, a plain line every
 * few seconds otherwise (CI logs, cron mail), nothing for small runs.
 */
export interface Progress {
  tick: () => void;
  done: () => void;
}

const QUIET_BELOW = 200;
const LINE_EVERY_MS = 5000;

export function createProgress(total: number, quiet = false, label = 'pages'): Progress {
  if (quiet || total < QUIET_BELOW) return { tick: () => {}, done: () => {} };
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  const draw = (final: boolean) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    if (tty) {
      const width = 30;
      const filled = Math.round((count / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${label} ${rate}/s${final ? '\n' : ''}`);
    } else {
      process.stderr.write(`${count}/${total} ${label} (${Math.round((count / total) * 100)}%), ${rate}/s\n`);
    }
  };
  return {
    tick: () => {
      count += 1;
      const now = Date.now();
      if (now - lastDraw >= (tty ? 100 : LINE_EVERY_MS)) {
        lastDraw = now;
        draw(false);
      }
    },
    done: () => draw(true),
  };
}
