import Link from 'next/link';
import { occupationPath } from '@/lib/compare/pair-path';
import { salaryLine } from '@/lib/format';
import type { IndexEntry } from '@/lib/profile-schema';

function letterOf(title: string): string {
  const first = title.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Every occupation, A to Z, with a jump list of letters. */
export function OccupationDirectory({ occupations }: { occupations: readonly IndexEntry[] }) {
  const groups = new Map<string, IndexEntry[]>();
  for (const o of occupations) {
    const letter = letterOf(o.title);
    const list = groups.get(letter) ?? [];
    list.push(o);
    groups.set(letter, list);
  }
  return (
    <>
      <nav className="letters" aria-label="Jump to letter">
        <ul>
          {[...groups.keys()].map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter === '#' ? 'other' : letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups.entries()].map(([letter, list]) => (
        <section key={letter} aria-labelledby={`letter-${letter === '#' ? 'other' : letter}`}>
          <h2 id={`letter-${letter === '#' ? 'other' : letter}`}>{letter}</h2>
          <ul className="occupation-list">
            {list.map((o) => (
              <li key={o.slug}>
                <Link className="occupation-title" href={occupationPath(o.slug)}>
                  {o.title}
                </Link>
                <span className="occupation-salary">{salaryLine(o)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
