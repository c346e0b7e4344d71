import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatNumber, formatPercent } from '@/lib/format';
import { NotReported } from '@/components/facts/fact';
import { ShareBar, SplitBar, toneOf } from '@/components/charts/share-bar';
import { SourceMarks } from '@/components/facts/source-marks';
import { factRow } from './fact-row';
import { FactsTable, NotReportedLine } from './facts-table';
import { Section } from './section';

/** Race groups in the order the pages list them, across every compared occupation. */
function raceGroups(profiles: readonly Profile[]): string[] {
  const groups: string[] = [];
  for (const p of profiles) for (const g of p.facts.raceRatio?.value ?? []) if (!groups.includes(g.group)) groups.push(g.group);
  return groups;
}

export function DemographicsSection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  const groups = raceGroups(profiles);
  return (
    <Section id="demographics" title="Who does the job">
      <FactsTable
        caption="Demographics"
        profiles={profiles}
        rows={[
          factRow(numbering, 'genderSplit', 'Gender', (g) => <SplitBar left={{ label: 'Male', percent: g.male }} right={{ label: 'Female', percent: g.female }} />),
          factRow(numbering, 'averageAge', 'Average age', (v) => `${formatNumber(v)} years`),
          factRow(numbering, 'lgbtPercentage', 'LGBT share', formatPercent),
        ]}
      />
      {groups.length > 0 ? (
        <>
          <h3>Race and ethnicity</h3>
          <FactsTable
            caption="Race and ethnicity"
            profiles={profiles}
            rows={groups.map((group) => ({
              label: group,
              cell: (p: Profile) => {
                const fact = p.facts.raceRatio;
                const share = fact?.value?.find((g) => g.group === group);
                if (!fact || !share) return <NotReported />;
                return (
                  <span className="with-bar">
                    <span>
                      {formatPercent(share.percent)}
                      <SourceMarks sources={fact.sources} numbering={numbering} />
                    </span>
                    <ShareBar percent={share.percent} label={`${group}, ${p.title}`} tone={toneOf(profiles.indexOf(p))} />
                  </span>
                );
              },
            }))}
          />
        </>
      ) : (
        <NotReportedLine count={profiles.length} labels={['Race and ethnicity']} />
      )}
    </Section>
  );
}
