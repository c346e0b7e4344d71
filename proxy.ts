import { NextResponse, type NextRequest } from 'next/server';

/**
 * Malformed percent-encoding ("/compare/%E0%A4%A") makes Next.js fail while
 * decoding route params, a 500. Such paths name nothing, so they get the
 * ordinary 404 page instead: rewritten to a path that matches no route.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/_malformed-path', request.url));
  }
}

export const config = {
  matcher: ['/compare/:path*', '/occupations/:path*'],
};
