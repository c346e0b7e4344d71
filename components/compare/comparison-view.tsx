import type { Profile } from '@/lib/profile-schema';
import { SourceNumbering } from '@/lib/compare/source-numbering';
import { SourceList } from '@/components/facts/source-list';
import { AtAGlance } from './at-a-glance';
import { DemographicsSection } from './demographics-section';
import { EducationSection } from './education-section';
import { SalarySection } from './salary-section';
import { SkillsSection } from './skills-section';
import { WorkSection } from './work-section';

const SECTIONS = [
  ['at-a-glance', 'At a glance'],
  ['salary', 'Salary'],
  ['skills', 'Skills'],
  ['education', 'Education'],
  ['demographics', 'Demographics'],
  ['the-work', 'The work'],
  ['sources-heading', 'Sources'],
] as const;

/** Every fact the profiles hold, grouped, one column per occupation (two to four). */
export function ComparisonView({ profiles }: { profiles: readonly Profile[] }) {
  const numbering = new SourceNumbering(profiles);
  return (
    <div className={`comparison cols-${profiles.length}`}>
      <nav className="section-nav" aria-label="Sections">
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <AtAGlance profiles={profiles} numbering={numbering} />
      <SalarySection profiles={profiles} numbering={numbering} />
      <SkillsSection profiles={profiles} />
      <EducationSection profiles={profiles} numbering={numbering} />
      <DemographicsSection profiles={profiles} numbering={numbering} />
      <WorkSection profiles={profiles} numbering={numbering} />
      <SourceList numbering={numbering} />
    </div>
  );
}
