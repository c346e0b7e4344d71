import type { Metadata } from 'next';
import Link from 'next/link';
import { NotFoundSuggestions } from '@/components/not-found/suggestions';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

export default function NotFound() {
  return (
    <div className="not-found">
      <p className="eyebrow">404: page not found</p>
      <h1>We couldn’t find that page</h1>
      <NotFoundSuggestions />
      <p>
        <Link href="/">Pick two occupations to compare</Link> or browse <Link href="/occupations">all occupations</Link>.
      </p>
    </div>
  );
}
