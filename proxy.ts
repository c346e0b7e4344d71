import { NextResponse, type NextRequest } from 'next/server';
import { movedPath } from './lib/slug-aliases';

/**
 * Longest path segment a page route can name. Slugs are at most 80
 * characters and a pair segment is two of them around "-vs-"; anything much
 * longer names nothing, and rendering its 404 would try to cache it under a
 * file name longer than the file system allows (ENAMETOOLONG, logged as an
 * error on every such request).
 */
const MAX_SEGMENT_LENGTH = 200;

/**
 * Malformed percent-encoding ("/compare/%E0%A4%A", "/sitemap/%zz.xml")
 * makes Next.js fail while decoding route params, a 500. Such paths, and
 * absurdly long ones, name nothing, so they get the ordinary 404 page
 * instead: rewritten to a path that matches no route.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return NextResponse.rewrite(new URL('/_malformed-path', request.url));
  }
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) {
    return NextResponse.rewrite(new URL('/_malformed-path', request.url));
  }
  // A published slug never dies: earlier slugs redirect permanently to the current ones.
  const moved = movedPath(pathname);
  if (moved) return NextResponse.redirect(new URL(`${moved}${request.nextUrl.search}`, request.url), 308);
  return NextResponse.next();
}

export const config = {
  // Every route with a dynamic segment: its params are decoded from the path.
  matcher: ['/compare/:path*', '/occupations/:path*', '/sitemap/:path*'],
};
