import Link from 'next/link';
import type { IndexEntry, Profile } from '@/lib/profile-schema';
import type { RelatedOccupation } from '@/lib/compare/related-occupations';
import { SourceNumbering } from '@/lib/compare/source-numbering';
import { pairPath } from '@/lib/compare/pair-path';
import { AtAGlance } from '@/components/compare/at-a-glance';
import { DemographicsSection } from '@/components/compare/demographics-section';
import { EducationSection } from '@/components/compare/education-section';
import { OutlookSection } from '@/components/compare/outlook-section';
import { SimilarSection } from '@/components/compare/similar-section';
import { SalarySection } from '@/components/compare/salary-section';
import { Section } from '@/components/compare/section';
import { SkillsSection } from '@/components/compare/skills-section';
import { WorkColumn } from '@/components/compare/work-section';
import { SourceList } from '@/components/facts/source-list';
import { CompareWithList } from './compare-with-list';
import { Introduction } from './introduction';
import type { PageOfOthers } from '@/lib/compare/compare-with-pages';
import type { SimilarLinks } from '@/lib/compare/similar-links';

/** One occupation's full profile, and a way to compare it with every other. */
export function OccupationView({
  profile,
  related,
  compareWith,
  similar,
}: {
  profile: Profile;
  /** The Handbook's similar occupations, matched to the site's pages. */
  similar: SimilarLinks;
  related: readonly RelatedOccupation[];
  /** The first page of occupations to compare with, and how many pages there are. */
  compareWith: PageOfOthers<IndexEntry>;
}) {
  const numbering = new SourceNumbering([profile]);
  const aliases = profile.titles.filter((t) => t !== profile.title);
  return (
    <>
      <header className="comparison-header">
        <p className="eyebrow">
          Occupation
          {profile.facts.occupationGroup?.value ? ` · ${profile.facts.occupationGroup.value}` : ''}
          {profile.facts.socCode?.value ? ` · SOC ${profile.facts.socCode.value}` : ''}
        </p>
        <h1>{profile.title}</h1>
        {aliases.length > 0 ? <p className="muted">Also listed as {aliases.join(', ')}</p> : null}
        <p className="lede">Pay, skills, education, jobs and outlook, from {profile.sources.length} scraped {profile.sources.length === 1 ? 'page' : 'pages'}.</p>
        {profile.introduction ? <Introduction markdown={profile.introduction} /> : null}
      </header>
      <AtAGlance profiles={[profile]} numbering={numbering} />
      <Section id="the-work" title="The work">
        <WorkColumn profile={profile} numbering={numbering} withTitle={false} />
      </Section>
      <SalarySection profiles={[profile]} numbering={numbering} />
      <SkillsSection profiles={[profile]} />
      <EducationSection profiles={[profile]} numbering={numbering} />
      <OutlookSection profiles={[profile]} numbering={numbering} />
      <DemographicsSection profiles={[profile]} numbering={numbering} />
      <SimilarSection profiles={[profile]} numbering={numbering} links={similar} />
      {related.length > 0 ? (
        <Section id="closest" title="Closest occupations">
          <p className="muted">By shared skills and similar pay.</p>
          <ul className="compare-links">
            {related.map((r) => (
              <li key={r.slug}>
                {/* Not prefetched: most pairs render on their first request; a view should not start six renders. */}
                <Link href={pairPath(profile.slug, r.slug)} prefetch={false}>
                  {profile.title} vs {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="compare" title={`Compare ${profile.title} with any occupation`}>
        <CompareWithList slug={profile.slug} title={profile.title} {...compareWith} />
      </Section>
      <SourceList numbering={numbering} />
    </>
  );
}
