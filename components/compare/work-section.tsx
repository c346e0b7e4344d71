import type { Profile } from '@/lib/profile-schema';
import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { Fact, NotReported } from '@/components/facts/fact';
import { Columns, Section } from './section';

function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </>
  );
}

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
      <H>Outlook</H>
      <Fact fact={f.outlook} numbering={numbering}>
        {(o) => (
          <div className="prose">
            <p>{o.sentence}</p>
            <Paragraphs items={o.details} />
          </div>
        )}
      </Fact>
      <H>Work environment</H>
      <Fact fact={f.workEnvironment} numbering={numbering}>{(v) => <div className="prose"><Paragraphs items={v} /></div>}</Fact>
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
