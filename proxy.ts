import { NextResponse, type NextRequest } from 'next/server';
import { notFoundResponse } from './lib/not-found-response';
import { movedPath, namesNoPage } from './lib/page-path-lookup';

/**
 * Longest path segment a page route can name. Slugs are at most 80
 * characters and a pair segment is two of them around "-vs-"; anything much
 * longer names nothing, and rendering its 404 would try to cache it under a
 * file name longer than the file system allows (ENAMETOOLONG, logged as an
 * error on every such request).
 */
const MAX_SEGMENT_LENGTH = 200;

/**
 * The 404 page, answered here without rendering: made-up addresses cost a
 * file send, not a page render, and never enter the page cache. Where the
 * build has no prerendered 404 (next dev), a rewrite to a path that matches
 * no route renders it instead.
 */
function notFound(request: NextRequest): Response {
  return notFoundResponse() ?? NextResponse.rewrite(new URL('/_not-found-page', request.url));
}

/**
 * Runs before every page route with a dynamic segment. Malformed
 * percent-encoding ("/compare/%E0%A4%A") would make Next.js fail while
 * decoding route params (a 500); absurdly long segments and paths whose
 * slugs, page numbers or query name nothing cannot be pages. All of them get
 * the 404 page. Earlier slugs redirect permanently to the current ones: a
 * published slug never dies.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return notFound(request);
  }
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return notFound(request);
  const moved = movedPath(pathname);
  if (moved) return NextResponse.redirect(new URL(`${moved}${request.nextUrl.search}`, request.url), 308);
  if (namesNoPage(decoded, request.nextUrl.searchParams)) return notFound(request);
  return NextResponse.next();
}

export const config = {
  // Every route with a dynamic segment (its params are decoded from the path), and /compare (its query names the occupations).
  matcher: ['/compare', '/compare/:path*', '/occupations/:path*', '/sitemap/:path*'],
};
