/**
 * Preloaded into a benchmarked child process (node --import): when the
 * process exits, writes its own resource usage (peak RSS, CPU time) as JSON
 * to the file named by BENCH_RESOURCE_REPORT. Measuring inside the child
 * gives each run its own peak, untouched by the benchmark process.
 */
import fs from 'node:fs';

const target = process.env.BENCH_RESOURCE_REPORT;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      target,
      JSON.stringify({ maxRssKiB: usage.maxRSS, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime }),
    );
  });
}
