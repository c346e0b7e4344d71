import type { ReactNode } from 'react';

/** A titled section of a comparison or profile page, linkable by id. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="compare-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** One column per occupation, side by side on wide screens and stacked on narrow ones. */
export function Columns({ count, children }: { count: number; children: ReactNode }) {
  return <div className={`columns cols-${count}`}>{children}</div>;
}
