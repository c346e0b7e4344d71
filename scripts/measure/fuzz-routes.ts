/**
 * npm run fuzz:routes [-- --runs 10000] [--seed S] [--url http://127.0.0.1:3000] [--concurrency 8]
 *
 * Sends seeded random and hostile request targets (lib/hostile-routes.ts)
 * to a production server and checks every answer is 200, a redirect, 400 or
 * 404, never a 5xx, and that the server still serves / afterwards.
 * Without --url it starts its own server from the existing build (run
 * "npm run build" first).
 * Exit codes: 0 every answer acceptable; 1 some were not; 2 bad arguments.
 */
import { z } from 'zod';
import { parseOptions, runIfMain } from '../shared/cli';
import { describeLoggedErrors, startNextServer, type NextServer } from '../shared/next-server';
import { projectGeneratedDir } from '../shared/occupation-index';
import { aliasSlugs, closeConnections, describeTarget, discoverSlugs, fuzzRoutes, resentOnStaleSocket, sendRaw } from './lib/hostile-routes';

const Args = z.object({
  runs: z.coerce.number().int().min(1).default(10_000),
  seed: z.coerce.number().int().min(1).default(20_261_127),
  url: z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin).optional(),
  concurrency: z.coerce.number().int().min(1).default(8),
});

async function main(): Promise<number> {
  const { runs, seed, concurrency, url: given } = parseOptions(Args, 'usage: npm run fuzz:routes -- [--runs 10000] [--seed S] [--url http://127.0.0.1:3000] [--concurrency 8]');
  let url = given;
  let server: NextServer | undefined;
  try {
    if (url === undefined) {
      server = await startNextServer();
      url = server.url;
      console.log(`fuzz:routes: started next start on ${url}`);
    }
    try {
      await sendRaw(url, { method: 'GET', target: '/' });
    } catch (error) {
      console.error(`fuzz:routes: no server answers at ${url}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    // The sitemap gives current slugs; earlier ones (which redirect) are only in the data, known when we started the server.
    const slugs = [...(await discoverSlugs(url)), ...(server ? aliasSlugs(projectGeneratedDir()) : [])];
    console.log(`fuzz:routes: ${runs} requests to ${url}, seed ${seed}, ${concurrency} at a time, ${slugs.length} known slugs`);
    const started = Date.now();
    const result = await fuzzRoutes({
      baseUrl: url,
      runs,
      seed,
      slugs,
      concurrency,
      onProgress: (done) => {
        if (done % 1000 === 0) console.log(`  ${done} / ${runs}`);
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const counts = [...result.statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    console.log(`fuzz:routes: ${result.requests} requests in ${seconds.toFixed(1)} s (${(result.requests / seconds).toFixed(0)}/s); statuses ${counts.join(', ')}`);

    // A server that died under the fuzz is the worst answer of all: report it, do not crash on it.
    const home = await sendRaw(url, { method: 'GET', target: '/' }).catch((error: unknown) => ({
      status: 0,
      excerpt: error instanceof Error ? error.message : String(error),
    }));
    console.log(`fuzz:routes: GET / afterwards → ${home.status === 0 ? `no answer (${home.excerpt})` : home.status}`);
    // 5xx first: they are what this run is for.
    const ordered = [...result.failures].sort((a, b) => Number((b.status ?? 0) >= 500) - Number((a.status ?? 0) >= 500));
    for (const failure of ordered.slice(0, 30)) {
      console.error(`  ${failure.request.method} ${describeTarget(failure.request.target)} → ${failure.status ?? failure.error}${failure.excerpt ? `: ${failure.excerpt.slice(0, 160).replace(/\s+/g, ' ')}` : ''}`);
    }
    if (result.failures.length > 30) console.error(`  … and ${result.failures.length - 30} more`);
    const fiveHundreds = result.failures.filter((f) => f.status !== undefined && f.status >= 500).length;
    console.log(
      `fuzz:routes: ${fiveHundreds} 5xx, ${result.failures.length} unacceptable answers in all; / ${home.status === 200 ? 'still answers 200' : `answered ${home.status}`}` +
        (resentOnStaleSocket > 0 ? ` (${resentOnStaleSocket} requests re-sent after the server closed an idle kept-alive socket)` : ''),
    );
    return result.failures.length === 0 && home.status === 200 ? 0 : 1;
  } finally {
    closeConnections();
    if (server) {
      await server.stop();
      // Errors the server logged explain a 5xx better than its status does.
      const errors = describeLoggedErrors(server, 10);
      if (errors) console.error(errors);
    }
  }
}

runIfMain(import.meta.url, 'fuzz:routes', main);
