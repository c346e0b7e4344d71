import Link from 'next/link';
import type { Profile } from '@/lib/profile-schema';
import { multiComparePath, occupationPath, pairPath } from '@/lib/compare/pair-path';

/** Page title and the ways onward: swap sides, each occupation's page. */
export function ComparisonHeader({ profiles }: { profiles: readonly Profile[] }) {
  const [a, b] = profiles;
  return (
    <header className="comparison-header">
      <p className="eyebrow">Career comparison</p>
      <h1>{profiles.map((p) => p.title).join(' vs ')}</h1>
      <p className="lede">Salary, skills, education, demographics and outlook side by side.</p>
      <ul className="header-links">
        {profiles.length === 2 && a && b ? (
          <li>
            <Link href={pairPath(b.slug, a.slug)} rel="nofollow">
              Swap sides
            </Link>
          </li>
        ) : (
          <li>
            <Link href={multiComparePath([...profiles].reverse().map((p) => p.slug))} rel="nofollow">
              Reverse order
            </Link>
          </li>
        )}
        {profiles.map((p) => (
          <li key={p.slug}>
            <Link href={occupationPath(p.slug)}>About {p.title}</Link>
          </li>
        ))}
      </ul>
    </header>
  );
}
