/**
 * The 404 answer for paths that name nothing, sent by the proxy without
 * rendering: the not-found page the build prerendered, so it carries the
 * site's layout and its helpful content in plain HTML (a 404 rendered by a
 * page route on demand arrives as an empty shell whose content only
 * JavaScript can show). Costs a file read once per process.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Short: an address that names nothing today may name a new occupation after the next ingest. */
const NOT_FOUND_CACHE_CONTROL = 'public, max-age=300';

let page: string | null | undefined;

function prerenderedNotFoundPage(): string | null {
  // next dev renders its own (and .next may hold an older production build's file).
  if (process.env.NODE_ENV !== 'production') return null;
  if (page === undefined) {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'server', 'app', '_not-found.html');
    try {
      page = fs.readFileSync(file, 'utf8');
    } catch {
      page = null;
    }
  }
  return page;
}

/** The prerendered 404 page as a response, or undefined where there is none (then the route renders it). */
export function notFoundResponse(): Response | undefined {
  const html = prerenderedNotFoundPage();
  if (html === null) return undefined;
  return new Response(html, {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': NOT_FOUND_CACHE_CONTROL,
      'x-robots-tag': 'noindex',
    },
  });
}
