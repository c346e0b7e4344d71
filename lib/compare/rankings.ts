/**
 * Three or four occupations at once: the same answers as a pair's, as
 * rankings. Each ranks only figures of one kind (like with like); the
 * occupations it cannot rank are named under it, with why.
 *
 *   highest pay           the measure most of them share (pay-figures.ts)
 *   fastest growth        the growth kind most of them share (demand-figures.ts)
 *   shortest way in       the Handbook's entry education scale, then time to become
 *   most skills in common each one's skills shared with at least one other
 */
import { durationMonths, formatChange, formatDuration, formatPayPerPeriod } from '../format';
import type { Profile } from '../profile-schema';
import { skillKey, skillsOf } from './compare-skills';
import { growthOf, sameKind } from './demand-figures';
import { educationRank } from './entry-education';
import { commonPay, ownPay } from './pay-figures';
import { measureWords, payMeasure } from './pay-words';

export interface RankedItem {
  profile: Profile;
  /** The figure it is ranked by, in words: "$125,770 a year", "+22%", "bachelor's degree". */
  figure: string;
}

export interface Ranking {
  topic: 'pay' | 'growth' | 'way-in' | 'skills';
  title: string;
  /** What the ranked figures measure ("median pay, 2024"). */
  measure?: string;
  ranked: RankedItem[];
  /** Occupations left out, each with why ("average salary $37,540: a different measure"). */
  notRanked: { profile: Profile; why: string }[];
}

function payRanking(profiles: readonly Profile[]): Ranking {
  const group = commonPay(profiles);
  const ranked: (RankedItem & { amount: number })[] = [];
  const notRanked: Ranking['notRanked'] = [];
  profiles.forEach((profile, i) => {
    const figure = group?.figures[i];
    if (figure) {
      ranked.push({ profile, figure: formatPayPerPeriod(figure), amount: figure.amount });
      return;
    }
    const own = ownPay(profile);
    notRanked.push({ profile, why: own ? `${payMeasure(own)} ${formatPayPerPeriod(own)}: a different measure` : 'pay not reported' });
  });
  const figures = group?.figures.filter((f) => f !== undefined) ?? [];
  const [first] = figures;
  // The year and source are said once only when every ranked figure shares them.
  const oneSource = figures.every((f) => f.source === first?.source && f.year === first.year);
  return {
    topic: 'pay',
    title: 'Highest pay',
    ...(first ? { measure: oneSource ? payMeasure(first) : `${measureWords(first)}, from different sources` } : {}),
    ranked: ranked.sort((a, b) => b.amount - a.amount).map(({ profile, figure }) => ({ profile, figure })),
    notRanked,
  };
}

function growthRanking(profiles: readonly Profile[]): Ranking {
  const have = profiles.map(growthOf).filter((m) => m !== undefined);
  const { same, different } = sameKind(have);
  const notRanked: Ranking['notRanked'] = [
    ...different.map((m) => ({ profile: m.profile, why: `${formatChange(m.value)} (${m.note}): a different measure` })),
    ...profiles.filter((p) => !have.some((m) => m.profile === p)).map((p) => ({ profile: p, why: 'job growth not reported' })),
  ];
  const [first] = same;
  return {
    topic: 'growth',
    title: 'Fastest growth',
    ...(first ? { measure: first.kind === 'growth rate' ? 'job growth, comparison pages' : `job growth, ${first.note}` } : {}),
    ranked: [...same].sort((a, b) => b.value - a.value).map((m) => ({ profile: m.profile, figure: formatChange(m.value) })),
    notRanked,
  };
}

/** By the Handbook's entry education scale; those without it by time to become, after. */
function wayInRanking(profiles: readonly Profile[]): Ranking {
  const byEducation: { profile: Profile; rank: number; figure: string }[] = [];
  const byTime: { profile: Profile; months: number; figure: string }[] = [];
  const notRanked: Ranking['notRanked'] = [];
  for (const profile of profiles) {
    const level = profile.facts.entryEducation?.value;
    const rank = level ? educationRank(level) : undefined;
    const time = profile.facts.timeToBecome?.value;
    if (level && rank !== undefined) byEducation.push({ profile, rank, figure: level });
    else if (time) byTime.push({ profile, months: durationMonths(time, 'max'), figure: `${formatDuration(time)} to become` });
    else notRanked.push({ profile, why: level ? `${level}: not on the Handbook's scale` : 'entry education and time to become not reported' });
  }
  // Two kinds of figure cannot be ranked against each other: the kind more of them have is ranked.
  const [ranked, other] =
    byEducation.length >= byTime.length
      ? [byEducation.sort((a, b) => a.rank - b.rank), byTime.map((t) => ({ profile: t.profile, why: `${t.figure}; no entry education on record` }))]
      : [byTime.sort((a, b) => a.months - b.months), byEducation.map((e) => ({ profile: e.profile, why: `${e.figure}; no time to become on record` }))];
  return {
    topic: 'way-in',
    title: 'Shortest way in',
    measure: byEducation.length >= byTime.length ? 'typical entry education' : 'time to become',
    ranked: ranked.map(({ profile, figure }) => ({ profile, figure })),
    notRanked: [...other, ...notRanked],
  };
}

function skillsRanking(profiles: readonly Profile[]): Ranking {
  const keys = profiles.map((p) => new Set(skillsOf(p).map((s) => skillKey(s.name))));
  const ranked: (RankedItem & { count: number })[] = [];
  const notRanked: Ranking['notRanked'] = [];
  profiles.forEach((profile, i) => {
    const mine = keys[i] ?? new Set<string>();
    if (mine.size === 0) {
      notRanked.push({ profile, why: 'no skills on record' });
      return;
    }
    const shared = [...mine].filter((k) => keys.some((other, j) => j !== i && other.has(k))).length;
    ranked.push({ profile, count: shared, figure: `${shared} of ${mine.size} skills shared with the others` });
  });
  return {
    topic: 'skills',
    title: 'Most skills in common',
    ranked: ranked.sort((a, b) => b.count - a.count).map(({ profile, figure }) => ({ profile, figure })),
    notRanked,
  };
}

/** The four rankings, for two to four occupations; a ranking with fewer than two ranked says so by its lists. */
export function writeRankings(profiles: readonly Profile[]): Ranking[] {
  return [payRanking(profiles), growthRanking(profiles), wayInRanking(profiles), skillsRanking(profiles)];
}
