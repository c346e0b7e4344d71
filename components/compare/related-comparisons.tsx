import { pairPath } from '@/lib/compare/pair-path';
import type { RelatedOccupation } from '@/lib/compare/related-occupations';
import type { Profile } from '@/lib/profile-schema';
import { Section } from './section';

export interface RelatedGroup {
  profile: Profile;
  related: readonly RelatedOccupation[];
}

function why(r: RelatedOccupation): string {
  if (r.similar) return 'a similar occupation in the Handbook';
  return r.sharedSkills.length > 0 ? `shares ${r.sharedSkills.slice(0, 2).join(', ').toLowerCase()}` : 'similar pay';
}

/**
 * Each side against its closest other occupations, by shared skills and pay.
 * Plain links, not next/link: see the JavaScript budget in tests/e2e/page-weight.spec.ts.
 */
export function RelatedComparisons({ groups }: { groups: readonly RelatedGroup[] }) {
  const shown = groups.filter((g) => g.related.length > 0);
  if (shown.length === 0) return null;
  return (
    <Section id="related" title="Related comparisons">
      <div className={`columns cols-${shown.length}`}>
        {shown.map(({ profile, related }) => (
          <div className="column" key={profile.slug}>
            <h3 className="column-title">{profile.title} vs…</h3>
            <ul className="related-links">
              {related.map((r) => (
                <li key={r.slug}>
                  <a href={pairPath(profile.slug, r.slug)}>
                    {profile.title} vs {r.title}
                  </a>{' '}
                  <span className="muted">({why(r)})</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
