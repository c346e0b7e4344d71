import type { IndexEntry } from '@/lib/profile-schema';
import { OccupationList } from './occupation-list';

/** The letter a title files under, and its anchor: titles not starting with A–Z go under "#". */
function letterOf(title: string): { letter: string; anchor: string } {
  const first = title.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? { letter: first, anchor: `letter-${first}` } : { letter: '#', anchor: 'letter-other' };
}

/** Every occupation, A to Z, with a jump list of letters. */
export function OccupationDirectory({ occupations }: { occupations: readonly IndexEntry[] }) {
  const groups = new Map<string, { anchor: string; list: IndexEntry[] }>();
  for (const o of occupations) {
    const { letter, anchor } = letterOf(o.title);
    const group = groups.get(letter) ?? { anchor, list: [] };
    group.list.push(o);
    groups.set(letter, group);
  }
  return (
    <>
      <nav className="letters" aria-label="Jump to letter">
        <ul>
          {[...groups].map(([letter, { anchor }]) => (
            <li key={letter}>
              <a href={`#${anchor}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([letter, { anchor, list }]) => (
        <OccupationList key={letter} occupations={list} id={anchor} heading={letter} />
      ))}
    </>
  );
}
