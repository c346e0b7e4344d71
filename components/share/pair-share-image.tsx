import { formatPay } from '@/lib/format';
import type { IndexEntry } from '@/lib/profile-schema';
import { withYear } from '@/lib/text/prose';

/** Share images are 1200×630, the size OpenGraph and Twitter cards expect. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

const COLORS = { bg: '#ffffff', surface: '#f5f7fa', fg: '#1a1d23', muted: '#555d6b', a: '#1d5bb8', b: '#b4462b', line: '#d9dee6' };

/** Long titles get smaller type so both fit in their half of the card. */
function titleSize(title: string): number {
  if (title.length > 60) return 38;
  if (title.length > 36) return 46;
  return 56;
}

function Side({ entry, color }: { entry: IndexEntry; color: string }) {
  const pay = entry.pay;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', flex: 1, borderTop: `10px solid ${color}`, paddingTop: 28 }}>
      <div style={{ display: 'flex', fontSize: titleSize(entry.title), lineHeight: 1.15, color: COLORS.fg, fontWeight: 700, maxHeight: 200, overflow: 'hidden' }}>
        {entry.title}
      </div>
      <div style={{ display: 'flex', marginTop: 'auto', fontSize: 64, color, fontWeight: 700 }}>{pay ? formatPay(pay) : 'Not reported'}</div>
      <div style={{ display: 'flex', fontSize: 28, color: COLORS.muted }}>{pay ? withYear(`${pay.measure} ${pay.period === 'year' ? 'yearly' : 'hourly'} pay`, pay.year) : 'pay'}</div>
    </div>
  );
}

/**
 * The card a shared comparison link shows: both titles and their pay, then
 * the answer the page opens with (who earns more, like with like) and what
 * the move asks most; without them, what the page compares.
 */
export function PairShareImage({ a, b, answer, gap }: { a: IndexEntry; b: IndexEntry; answer?: string | undefined; gap?: string | undefined }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: COLORS.bg, padding: '48px 64px' }}>
      <div style={{ display: 'flex', fontSize: 30, color: COLORS.fg, fontWeight: 700 }}>
        Career<span style={{ color: COLORS.a }}>Compare</span>
      </div>
      <div style={{ display: 'flex', flex: 1, gap: 48, marginTop: 36, alignItems: 'stretch' }}>
        <Side entry={a} color={COLORS.a} />
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 36, color: COLORS.muted }}>vs</div>
        <Side entry={b} color={COLORS.b} />
      </div>
      {answer || gap ? (
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 28, gap: 6 }}>
          {answer ? <div style={{ display: 'flex', fontSize: 27, color: COLORS.fg, fontWeight: 700, lineHeight: 1.25 }}>{answer}</div> : null}
          {gap ? <div style={{ display: 'flex', fontSize: 24, color: COLORS.muted }}>{gap}</div> : null}
        </div>
      ) : (
        <div style={{ display: 'flex', marginTop: 32, fontSize: 26, color: COLORS.muted }}>Pay, skills, education and outlook, side by side</div>
      )}
    </div>
  );
}
