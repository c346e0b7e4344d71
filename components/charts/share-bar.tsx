import { formatPercent } from '@/lib/format';
import { percentOf } from '@/lib/compare/scale';

/** One horizontal bar of a share (0–100%), labelled for screen readers with its value. */
export type Tone = 'a' | 'b' | 'c' | 'd';
const TONES: readonly Tone[] = ['a', 'b', 'c', 'd'];

/** The colour of the nth column (0-based), so bars match their column's header. */
export function toneOf(index: number): Tone {
  return TONES[index % TONES.length] ?? 'a';
}

export function ShareBar({ percent, label, tone = 'a' }: { percent: number; label: string; tone?: Tone }) {
  return (
    <svg className={`share-bar tone-${tone}`} role="img" aria-label={`${label}: ${formatPercent(percent)}`} width="100%" height="10">
      <rect className="track" x="0" y="0" width="100%" height="10" rx="5" />
      <rect className="fill" x="0" y="0" width={percentOf(percent, 100)} height="10" rx="5" />
    </svg>
  );
}

/** A 100% split in two (e.g. male / female), with both values as text. */
export function SplitBar({ left, right }: { left: { label: string; percent: number }; right: { label: string; percent: number } }) {
  return (
    <div className="split">
      <svg
        className="split-bar"
        role="img"
        aria-label={`${left.label} ${formatPercent(left.percent)}, ${right.label} ${formatPercent(right.percent)}`}
        width="100%"
        height="14"
      >
        <rect className="part-a" x="0" y="0" width={percentOf(left.percent, 100)} height="14" />
        <rect className="part-b" x={percentOf(left.percent, 100)} y="0" width={percentOf(right.percent, 100)} height="14" />
      </svg>
      <div className="split-legend" aria-hidden="true">
        <span>
          <i className="swatch part-a" /> {left.label} {formatPercent(left.percent)}
        </span>
        <span>
          <i className="swatch part-b" /> {right.label} {formatPercent(right.percent)}
        </span>
      </div>
    </div>
  );
}
