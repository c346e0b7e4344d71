import type { Profile } from '@/lib/profile-schema';
import type { SimilarLinks } from '@/lib/compare/similar-links';
import type { CareerMove } from '@/lib/compare/career-move';
import { SourceNumbering } from '@/lib/compare/source-numbering';
import { hasValue } from '@/lib/compare/reported';
import { SourceList } from '@/components/facts/source-list';
import { AtAGlance } from './at-a-glance';
import { DemographicsSection } from './demographics-section';
import { EducationSection } from './education-section';
import { MoveSection } from './move-section';
import { OutlookSection } from './outlook-section';
import { SalarySection } from './salary-section';
import { SimilarSection } from './similar-section';
import { SkillsSection } from './skills-section';
import { WorkSection } from './work-section';

const SECTIONS = [
  ['at-a-glance', 'At a glance'],
  ['move', 'The move'],
  ['salary', 'Pay'],
  ['skills', 'Skills'],
  ['education', 'Education'],
  ['outlook', 'Jobs and outlook'],
  ['demographics', 'Demographics'],
  ['the-work', 'The work'],
  ['similar', 'Similar occupations'],
  ['sources-heading', 'Sources'],
] as const;

/**
 * Every fact the profiles hold, grouped, one column per occupation (two to
 * four). `similar` matches each side's Handbook similar occupations to the
 * site's pages (lib/compare/similar-links.ts); `move`, for a pair, is what
 * moving from the first to the second takes.
 */
export function ComparisonView({ profiles, similar, move }: { profiles: readonly Profile[]; similar: SimilarLinks; move?: CareerMove }) {
  const numbering = new SourceNumbering(profiles);
  const sections = SECTIONS.filter(([id]) => (id !== 'similar' || profiles.some((p) => hasValue(p, 'similarOccupations'))) && (id !== 'move' || move));
  return (
    <div className={`comparison cols-${profiles.length}`}>
      <nav className="section-nav" aria-label="Sections">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <AtAGlance profiles={profiles} numbering={numbering} />
      {move ? <MoveSection move={move} /> : null}
      <SalarySection profiles={profiles} numbering={numbering} />
      <SkillsSection profiles={profiles} />
      <EducationSection profiles={profiles} numbering={numbering} />
      <OutlookSection profiles={profiles} numbering={numbering} />
      <DemographicsSection profiles={profiles} numbering={numbering} />
      <WorkSection profiles={profiles} numbering={numbering} />
      <SimilarSection profiles={profiles} numbering={numbering} links={similar} />
      <SourceList numbering={numbering} />
    </div>
  );
}
