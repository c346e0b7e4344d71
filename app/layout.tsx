import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/seo/page-metadata';
import { siteUrl } from '@/lib/seo/site-url';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: compare careers side by side`, template: `%s · ${SITE_NAME}` },
  description: 'Compare two careers side by side: salary, skills, education, demographics and outlook.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f5f7fa' },
    { media: '(prefers-color-scheme: dark)', color: '#1b1f25' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* Plain links, not next/link, here and on the pair page: next/link and the route
            prefetches it starts cost the pair page about 4 KB of gzipped JavaScript
            (tests/e2e/page-weight.spec.ts), and pages are served from the cache, so a full load is fast. */}
        <header className="site-header">
          <div className="site-header-inner">
            <a href="/" className="brand">
              Career<span>Compare</span>
            </a>
            <nav className="site-nav" aria-label="Site">
              <a href="/occupations">All occupations</a>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer-inner">
            Figures come from scraped career pages; every fact links to its source.
          </div>
        </footer>
      </body>
    </html>
  );
}
