import Link from 'next/link';
import type { PickField } from '@/lib/compare/pick-pair';
import { OccupationCombobox } from './occupation-combobox';
import { SwapButton } from './swap-button';

export const PICK_ACTION = '/compare/pick';

function pickHref(field: 'a' | 'b', title: string, other: string): string {
  const query = new URLSearchParams(field === 'a' ? { a: title, b: other } : { a: other, b: title });
  return `${PICK_ACTION}?${query.toString()}`;
}

function FieldHelp({ id, field, name, other }: { id: string; field: PickField; name: 'a' | 'b'; other: string }) {
  if (!field.error) return null;
  return (
    <div className="field-error" id={id}>
      <p>{field.error}</p>
      {field.suggestions.length > 0 ? (
        <ul className="suggestions" aria-label="Matching occupations">
          {field.suggestions.map((s) => (
            <li key={s.slug}>
              <Link href={pickHref(name, s.title, other)} rel="nofollow">
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">
          Try another title, or browse <Link href="/occupations">all occupations</Link>.
        </p>
      )}
    </div>
  );
}

/**
 * "Compare two occupations": a plain GET form, so it works without
 * JavaScript; the inputs become type-ahead comboboxes when it runs.
 */
export function ComparePicker({ a, b, heading = 'Compare two occupations' }: { a: PickField; b: PickField; heading?: string }) {
  return (
    <form action={PICK_ACTION} method="get" className="picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading">{heading}</h2>
      <div className="picker-fields">
        <div className="picker-field">
          <OccupationCombobox name="a" label="First occupation" defaultValue={a.value} errorId={a.error ? 'pick-a-error' : undefined} />
          <FieldHelp id="pick-a-error" field={a} name="a" other={b.value} />
        </div>
        <div className="picker-field">
          <OccupationCombobox name="b" label="Second occupation" defaultValue={b.value} errorId={b.error ? 'pick-b-error' : undefined} />
          <FieldHelp id="pick-b-error" field={b} name="b" other={a.value} />
        </div>
      </div>
      <div className="picker-actions">
        {/* Compare comes first: pressing Enter in a field uses the form's first submit button. */}
        <button type="submit" className="button">
          Compare
        </button>
        <SwapButton first="a" second="b" />
      </div>
    </form>
  );
}
