/**
 * Moving from one career to another: what changes for someone who does A
 * today and wants B. Pay (like with like, as pay-figures decides), the
 * schooling, experience and training B asks beyond A's, the skills A already
 * brings and those to learn, the outlook, and B's similar occupations that
 * are closer to A, as stepping stones: first the facts of the move, then
 * each part in plain words, and the one thing the move asks most.
 */
import { formatChange, formatCount, formatDuration } from '../format';
import type { FactValue, Profile } from '../profile-schema';
import { lowerFirst } from '../text/prose';
import { compareSkills, skillPhrase, type NamedSkill } from './compare-skills';
import { growthOf, type Measured } from './demand-figures';
import { educationRank, entryEducationPhrase } from './entry-education';
import { commonPay, ownPay, payOrder, type PayFigure } from './pay-figures';
import { measureWords, payAmount, payMeasure, paySource, sourcesNote } from './pay-words';
import { agree, possessive } from './title-grammar';

export type PayChange =
  /** Figures of one measure and period: `settled` is false when a lower bound leaves the direction unknown. */
  | { kind: 'comparable'; from: PayFigure; to: PayFigure; settled: boolean }
  /** Both have pay, of different measures: shown side by side, never compared. */
  | { kind: 'different-measures'; from: PayFigure; to: PayFigure }
  | { kind: 'missing'; from?: PayFigure; to?: PayFigure };

export interface SteppingStone {
  slug: string;
  title: string;
  /** Why it is closer to where the mover starts. */
  reason: string;
}

export interface CareerMove {
  from: Profile;
  to: Profile;
  pay: PayChange;
  /** Typical entry education on each side; `steps` up the Handbook's scale when both are on it. */
  education: { from?: string; to?: string; steps?: number };
  /** What the target asks besides schooling (omitted when the page says "None"). */
  experience?: string;
  training?: string;
  timeToBecome?: FactValue<'timeToBecome'>;
  /** The skills the mover brings (both list them) and those to learn (the target's own, with descriptions). */
  skills: { bring: NamedSkill[]; learn: NamedSkill[] };
  growth: { from?: Measured; to?: Measured; comparable: boolean };
  openings?: number;
  steppingStones: SteppingStone[];
}

/** The site's data the stepping stones need; without it there are none. */
export interface MoveContext {
  profileOf: (slug: string) => Profile | undefined;
  /** A profile's Handbook similar occupations, as site slugs, in the Handbook's order. */
  similarSlugs: (profile: Profile) => readonly string[];
}

function payChange(from: Profile, to: Profile): PayChange {
  const hf = ownPay(from);
  const ht = ownPay(to);
  if (!hf || !ht) return { kind: 'missing', ...(hf ? { from: hf } : {}), ...(ht ? { to: ht } : {}) };
  const [f, t] = commonPay([from, to])?.figures ?? [];
  if (!f || !t) return { kind: 'different-measures', from: hf, to: ht };
  return { kind: 'comparable', from: f, to: t, settled: payOrder(f, t) !== undefined };
}

function meaningful(text: string | null | undefined): string | undefined {
  return text && !/^none$/i.test(text.trim()) ? text : undefined;
}

function steppingStones(from: Profile, to: Profile, context: MoveContext | undefined): SteppingStone[] {
  if (!context) return [];
  const fromSimilar = new Set(context.similarSlugs(from));
  const out: SteppingStone[] = [];
  for (const slug of context.similarSlugs(to)) {
    if (slug === from.slug || slug === to.slug) continue;
    const stone = context.profileOf(slug);
    if (!stone) continue;
    const listsFrom = context.similarSlugs(stone).includes(from.slug);
    if (!fromSimilar.has(slug) && !listsFrom) continue;
    const reason = fromSimilar.has(slug) && listsFrom ? `similar to both` : fromSimilar.has(slug) ? `also similar to ${from.title}` : `lists ${from.title} as similar`;
    out.push({ slug, title: stone.title, reason });
  }
  return out.slice(0, 3);
}

export function careerMove(from: Profile, to: Profile, context?: MoveContext): CareerMove {
  const { shared, own } = compareSkills([from, to]);
  const growthFrom = growthOf(from);
  const growthTo = growthOf(to);
  const educationFrom = from.facts.entryEducation?.value ?? undefined;
  const educationTo = to.facts.entryEducation?.value ?? undefined;
  const rankFrom = educationFrom ? educationRank(educationFrom) : undefined;
  const rankTo = educationTo ? educationRank(educationTo) : undefined;
  const experience = meaningful(to.facts.relatedExperience?.value);
  const training = meaningful(to.facts.jobTraining?.value);
  const time = to.facts.timeToBecome?.value ?? undefined;
  const openings = to.facts.annualOpenings?.value ?? undefined;
  return {
    from,
    to,
    pay: payChange(from, to),
    education: {
      ...(educationFrom ? { from: educationFrom } : {}),
      ...(educationTo ? { to: educationTo } : {}),
      ...(rankFrom !== undefined && rankTo !== undefined ? { steps: rankTo - rankFrom } : {}),
    },
    ...(experience ? { experience } : {}),
    ...(training ? { training } : {}),
    ...(time ? { timeToBecome: time } : {}),
    skills: { bring: shared, learn: own[1] ?? [] },
    growth: {
      ...(growthFrom ? { from: growthFrom } : {}),
      ...(growthTo ? { to: growthTo } : {}),
      comparable: growthFrom !== undefined && growthTo !== undefined && growthFrom.kind === growthTo.kind,
    },
    ...(openings !== undefined ? { openings } : {}),
    steppingStones: steppingStones(from, to, context),
  };
}

// ---------------------------------------------------------------------------
// Words

export interface MoveSentences {
  pay: string;
  education: string;
  skills: string;
  outlook: string;
}

function paySentence(move: CareerMove): string {
  const { pay, from, to } = move;
  if (pay.kind === 'missing') {
    if (pay.from) return `Pay is reported for ${from.title} (${payAmount(pay.from)}, ${payMeasure(pay.from)}) but not for ${to.title}.`;
    if (pay.to) return `${possessive(to.title)} pay is ${payAmount(pay.to)} (${payMeasure(pay.to)}); pay is not reported for ${from.title}, so the change is not known.`;
    return `Pay is not reported for either occupation.`;
  }
  if (pay.kind === 'different-measures') {
    return `Pay is not compared: ${possessive(from.title)} ${measureWords(pay.from)} is ${payAmount(pay.from)} (${paySource(pay.from)}) and ${possessive(to.title)} ${measureWords(pay.to)} is ${payAmount(pay.to)} (${paySource(pay.to)}), which are different measures.`;
  }
  const { from: f, to: t } = pay;
  const sources = sourcesNote([f, t]);
  // "from $101,910 to $125,770 a year": the period said once.
  const both = `from ${payAmount(f).replace(/ a year$/, '')} to ${payAmount(t)} (${payMeasure(t)})`;
  if (!pay.settled) return `Whether pay rises or falls is not known: ${both}, and a figure given only as a lower bound cannot say which is higher.${sources}`;
  const change = t.amount - f.amount;
  if (change === 0) return `Pay stays the same: ${payAmount(t)} (${payMeasure(t)}).${sources}`;
  const bounded = f.bound === 'at-least' || t.bound === 'at-least';
  const by = payAmount(f, Math.abs(change), bounded ? 'at-least' : 'exact');
  const percent = !bounded && f.amount > 0 ? ` (${formatChange(Math.round((change / f.amount) * 1000) / 10)})` : '';
  return `Pay ${change > 0 ? 'rises' : 'falls'} by ${by}${percent}: ${both}.${sources}`;
}

function educationSentence(move: CareerMove): string {
  const { education, to, from } = move;
  const parts: string[] = [];
  if (education.to && education.steps !== undefined && education.from) {
    if (education.steps > 0) {
      parts.push(`${to.title} typically ${agree(to.title, 'needs', 'need')} ${entryEducationPhrase(education.to)} to enter, more than ${possessive(from.title)} ${lowerFirst(education.from)}.`);
    } else if (education.steps === 0) {
      parts.push(`No more schooling: both typically need ${entryEducationPhrase(education.to)}.`);
    } else {
      parts.push(`${to.title} typically ${agree(to.title, 'asks', 'ask')} less schooling: ${entryEducationPhrase(education.to)}, against ${possessive(from.title)} ${lowerFirst(education.from)}.`);
    }
  } else if (education.to) {
    parts.push(`${to.title} typically ${agree(to.title, 'needs', 'need')} ${entryEducationPhrase(education.to)} to enter.`);
  } else {
    parts.push(`${possessive(to.title)} typical entry education is not reported.`);
  }
  if (move.experience) parts.push(`Work experience in a related occupation: ${lowerFirst(move.experience)}.`);
  if (move.training) parts.push(`On the job: ${lowerFirst(move.training)}.`);
  if (move.timeToBecome) parts.push(`It usually takes ${formatDuration(move.timeToBecome)} to become one.`);
  return parts.join(' ');
}

function skillsSentence(move: CareerMove): string {
  const { bring, learn } = move.skills;
  const toHas = bring.length + learn.length > 0;
  if (!toHas) return `No skills are on record for ${move.to.title}.`;
  const brings = bring.length > 0 ? `You bring ${bring.length} of the ${bring.length + learn.length} skills ${move.to.title} ${agree(move.to.title, 'lists', 'list')}: ${skillPhrase(bring)}.` : `None of the skills on record for ${move.from.title} ${agree(move.from.title, 'is', 'are')} among those ${move.to.title} ${agree(move.to.title, 'lists', 'list')}.`;
  const toLearn = learn.length > 0 ? ` ${learn.length === 1 ? 'One' : learn.length} to learn: ${skillPhrase(learn)}.` : ' Nothing new to learn on record.';
  return `${brings}${toLearn}`;
}

function outlookSentence(move: CareerMove): string {
  const { from, to, comparable } = move.growth;
  const openings = move.openings !== undefined ? ` About ${formatCount(move.openings)} openings a year.` : '';
  if (!to) return `Job growth is not reported for ${move.to.title}.${openings}`;
  const toText = `${formatChange(to.value)} (${to.note})`;
  if (!from) return `${possessive(move.to.title)} jobs: ${toText}; not reported for ${move.from.title}.${openings}`;
  if (!comparable) return `${possessive(move.to.title)} jobs: ${toText}; ${possessive(move.from.title)}: ${formatChange(from.value)} (${from.note}), a different measure.${openings}`;
  const direction = to.value === from.value ? 'the same growth as' : to.value > from.value ? 'faster growth than' : 'slower growth than';
  return `${possessive(move.to.title)} jobs: ${toText}, ${direction} ${possessive(move.from.title)} ${formatChange(from.value)}.${openings}`;
}

export function moveSentences(move: CareerMove): MoveSentences {
  return { pay: paySentence(move), education: educationSentence(move), skills: skillsSentence(move), outlook: outlookSentence(move) };
}

/**
 * The one thing the move asks most, in a few words, for a description or a
 * share image: more schooling first, then a pay cut, then skills to learn;
 * failing those, a raise. With `besidesPay` (where pay is already said),
 * pay is left out. Undefined when the data says none of these.
 */
export function biggestGap(move: CareerMove, options: { besidesPay?: boolean } = {}): string | undefined {
  const { education, skills } = move;
  const pay: PayChange = options.besidesPay ? { kind: 'missing' } : move.pay;
  if (education.steps !== undefined && education.steps > 0 && education.to) return `${entryEducationPhrase(education.to)}, ${education.steps === 1 ? 'one level' : `${education.steps} levels`} up`;
  // Only exact figures give the size of a cut or a raise (a lower bound gives "at least").
  const exact = pay.kind === 'comparable' && pay.from.bound === 'exact' && pay.to.bound === 'exact';
  if (exact && pay.to.amount < pay.from.amount) {
    return `a pay cut of ${payAmount(pay.from, pay.from.amount - pay.to.amount)} (${payMeasure(pay.to)})`;
  }
  if (skills.learn.length > 0) return `${skills.learn.length} ${skills.learn.length === 1 ? 'skill' : 'skills'} to learn`;
  if (exact && pay.to.amount > pay.from.amount) {
    return `a raise of ${payAmount(pay.from, pay.to.amount - pay.from.amount)} (${payMeasure(pay.to)})`;
  }
  return undefined;
}

/** The biggest gap of moving from `from` to `to` besides pay, for the texts that say pay already (a description, a share image). */
export function gapBesidesPay(from: Profile, to: Profile): string | undefined {
  return biggestGap(careerMove(from, to), { besidesPay: true });
}

/** "Switching to Dental Hygienists: an associate's degree, one level up": the move's biggest gap besides pay, for a share image (which says pay already). */
export function moveHeadline(from: Profile, to: Profile): string | undefined {
  const gap = gapBesidesPay(from, to);
  return gap ? `Switching to ${to.title}: ${gap}` : undefined;
}
