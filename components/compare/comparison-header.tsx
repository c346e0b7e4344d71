import type { Profile } from '@/lib/profile-schema';
import { multiComparePath, occupationPath, pairPath } from '@/lib/compare/pair-path';
import { ShareLink } from '@/components/share/share-link';

/**
 * Page title and the ways onward: swap sides, each occupation's page. Plain
 * links, not next/link: see the JavaScript budget in tests/e2e/page-weight.spec.ts.
 */
export function ComparisonHeader({ profiles }: { profiles: readonly Profile[] }) {
  const [a, b] = profiles;
  const title = profiles.map((p) => p.title).join(' vs ');
  const sharePath = profiles.length === 2 && a && b ? pairPath(a.slug, b.slug) : multiComparePath(profiles.map((p) => p.slug));
  return (
    <header className="comparison-header">
      <p className="eyebrow">Career comparison</p>
      <h1>{title}</h1>
      <p className="lede">Pay, skills, education, jobs and outlook side by side.</p>
      <ul className="header-links">
        {profiles.length === 2 && a && b ? (
          <li>
            <a href={pairPath(b.slug, a.slug)} rel="nofollow">
              Swap sides
            </a>
          </li>
        ) : (
          <li>
            <a href={multiComparePath([...profiles].reverse().map((p) => p.slug))} rel="nofollow">
              Reverse order
            </a>
          </li>
        )}
        <li>
          <ShareLink href={sharePath} title={title} />
        </li>
        {profiles.map((p) => (
          <li key={p.slug}>
            <a href={occupationPath(p.slug)}>About {p.title}</a>
          </li>
        ))}
      </ul>
    </header>
  );
}
