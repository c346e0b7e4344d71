/**
 * Security headers for every response (applied in next.config.ts).
 *
 * Scripts: 'self' plus 'unsafe-inline', never 'unsafe-eval'. Next.js streams
 * each page's React payload in inline <script> tags that differ per page.
 * Nonces would force every page to render per request (no static pages, no
 * CDN caching); hashes would have to be computed per page after rendering
 * and cannot be sent for cached static HTML. Pages stay static, and the
 * defence against injection is that scraped text never becomes markup
 * (React escapes text; JSON-LD escapes `<`); the policy still blocks
 * scripts from other origins, plugins, <base> hijacking, framing and eval.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Older browsers that do not read frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
