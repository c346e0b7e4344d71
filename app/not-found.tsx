import type { Metadata } from 'next';
import { NotFoundSuggestions } from '@/components/not-found/suggestions';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// Plain links: this boundary is part of every page's tree, so next/link here would load on every page.
export default function NotFound() {
  return (
    <div className="not-found">
      <p className="eyebrow">404: page not found</p>
      <h1>We couldn’t find that page</h1>
      <NotFoundSuggestions />
      <p>
        <a href="/">Pick two occupations to compare</a> or browse <a href="/occupations">all occupations</a>.
      </p>
    </div>
  );
}
