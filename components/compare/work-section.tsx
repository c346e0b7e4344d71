import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { hasValue } from '@/lib/compare/reported';
import { Fact, NotReported } from '@/components/facts/fact';
import { Paragraphs } from '@/components/facts/paragraphs';
import { factOf } from './fact-row';
import { Columns, Section } from './section';

/** One occupation's own words: what it is, what it does, where it works and leads. */
export function WorkColumn({ profile, numbering, withTitle = true }: { profile: Profile; numbering: SourceNumbering; withTitle?: boolean }) {
  // Under a column title the parts are h4; alone (the occupation page) they are h3, so no level is skipped.
  const H = withTitle ? 'h4' : 'h3';
  const f = profile.facts;
  const about = f.summary ?? f.description;
  return (
    <div className="column work-column">
      {withTitle ? <h3 className="column-title">{profile.title}</h3> : null}
      <H>What they do</H>
      {about ? (
        <div className="prose">
          <Fact fact={about} numbering={numbering}>{(v) => <Paragraphs items={v.split(/\n\n+/)} />}</Fact>
          {f.summary && f.description ? (
            <Fact fact={f.description} numbering={numbering}>{(v) => <p>{v}</p>}</Fact>
          ) : null}
        </div>
      ) : (
        <p>
          <NotReported />
        </p>
      )}
      <H>Duties</H>
      <Fact fact={f.duties} numbering={numbering}>
        {(duties) => (
          <ul className="duties">
            {duties.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </Fact>
      {hasValue(profile, 'workDetails') ? (
        <details className="more">
          <summary>More about the work</summary>
          <div className="prose">
            <Fact fact={factOf(profile, 'workDetails')} numbering={numbering}>{(v) => <Paragraphs items={v} />}</Fact>
          </div>
        </details>
      ) : null}
      <H>Work environment</H>
      <Fact fact={f.workEnvironment} numbering={numbering}>{(v) => <div className="prose"><Paragraphs items={v} /></div>}</Fact>
      {hasValue(profile, 'workSchedules') ? (
        <>
          <H>Work schedules</H>
          <Fact fact={factOf(profile, 'workSchedules')} numbering={numbering}>{(v) => <div className="prose"><Paragraphs items={v} /></div>}</Fact>
        </>
      ) : null}
      <H>Advancement</H>
      <Fact fact={f.advancement} numbering={numbering}>{(v) => <div className="prose"><Paragraphs items={v} /></div>}</Fact>
    </div>
  );
}

export function WorkSection({ profiles, numbering }: { profiles: readonly Profile[]; numbering: SourceNumbering }) {
  return (
    <Section id="the-work" title="The work">
      <Columns count={profiles.length}>
        {profiles.map((p) => (
          <WorkColumn key={p.slug} profile={p} numbering={numbering} />
        ))}
      </Columns>
    </Section>
  );
}
