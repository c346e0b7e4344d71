/**
 * Synthetic occupations: a unique title each, the prose forms the scraped
 * site writes it in, and ONE set of facts that every page about it repeats,
 * so an ingest of the corpus must find no conflicts.
 *
 * Titles are drawn from one seeded stream (uniqueness needs them in order);
 * each occupation's facts come from its own stream, derived from the seed and
 * its index, so they do not change when the page count does.
 */
import { identityKey, slugForTitle, stemmedWords } from '../../lib/ingest/occupation-identity';
import type { FactValue } from '../../lib/profile-schema';
import { capitalise, indefiniteArticle } from './format-values';
import { deriveSeed, Rng } from './prng';
import { articleTemplates, descriptionTemplate, fill, type ArticleTexts, type TemplateVars } from './prose-templates';
import {
  ARTICLE_SKILLS,
  CITIES,
  COLLEGES,
  COMPANIES,
  DEGREES,
  FIELDS,
  INDUSTRIES,
  MAJORS,
  MODIFIERS,
  PROSE_SKILLS,
  RACE_GROUPS,
  ROLES,
  SPECIALTIES,
  STATES,
} from './vocabulary';

/** Stream ids for deriveSeed: one per independent use of the seed. */
export const STREAM = { titles: 1, facts: 2, plan: 3, files: 4, page: 5 } as const;

/**
 * Article headings are "<title> Work Environment" and must stay within the
 * parser's 80-character heading limit, so titles are kept well below it.
 */
const MAX_TITLE_LENGTH = 55;

export type OutlookDirection = FactValue<'outlook'>['direction'];

export interface SyntheticOccupation {
  index: number;
  title: string;
  slug: string;
  /** Prose forms for templates: lower case, mis-pluralised, with article. */
  names: TemplateVars;
  /** "collectionss, customer service'" — the site's possessive, an apostrophe after the plural. */
  possessive: string;
  pay: {
    averageSalary: number;
    hourlyCents: number;
    salaryRange: { min: number; max: number };
    highestPayingCity: string;
    highestPayingState: string;
    bestPayingCompany: string;
    bestPayingIndustry: string;
  };
  market: { growthRate: number | null; numberOfJobs: number | null; jobSatisfaction: number | null };
  education: { degree: { level: string; percent: number }; major: string; college: string | null };
  people: {
    averageAge: number;
    yearsOfExperience: number;
    /** Shares in tenths of a percent (297 = 29.7%), so they sum to exactly 100.0. */
    maleTenths: number;
    raceTenths: { group: string; tenths: number }[];
    lgbtPercent: number;
  };
  timeToBecome: FactValue<'timeToBecome'>;
  topSkills: string[];
  description: string;
  article: {
    median: { yearly: number; hourlyCents: number };
    top10: { yearly: number; hourlyCents: number };
    outlook: { direction: OutlookDirection; sentence: string };
    texts: ArticleTexts;
    skills: { name: string; description: string }[];
  };
}

const DURATIONS: readonly FactValue<'timeToBecome'>[] = [
  { min: 6, max: 12, unit: 'months' },
  { min: 1, max: 2, unit: 'years' },
  { min: 3, max: 6, unit: 'months' },
  { min: 2, max: 4, unit: 'years' },
  { min: 1, max: 3, unit: 'months' },
  { min: 4, max: 6, unit: 'years' },
  { min: 2, max: 2, unit: 'years' },
  { min: 4, max: 4, unit: 'years' },
];

/** Degree levels, weighted roughly as the site's pages show them. */
const DEGREE_WEIGHT: Readonly<Record<(typeof DEGREES)[number], number>> = {
  "Bachelor's Degree": 45,
  'High School Diploma': 20,
  'Associate Degree': 15,
  "Master's Degree": 10,
  Certificate: 7,
  'Doctoral Degree': 3,
};
const DEGREE_WEIGHTS: readonly [string, number][] = DEGREES.map((d): [string, number] => [d, DEGREE_WEIGHT[d]]);

function weighted(rng: Rng, items: readonly [string, number][]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.float() * total;
  for (const [item, w] of items) {
    roll -= w;
    if (roll < 0) return item;
  }
  return items[items.length - 1]?.[0] ?? '';
}

/** One candidate title in one of the site's shapes, commas included, with its work area. */
function drawTitle(rng: Rng): { title: string; area: string } | undefined {
  const field = rng.pick(FIELDS);
  const role = rng.pick(ROLES);
  const area = field.toLowerCase();
  const shape = rng.float();
  if (shape < 0.35) return { title: `${field} ${role}`, area };
  if (shape < 0.6) {
    const modifier = rng.pick(MODIFIERS);
    return modifier === role ? undefined : { title: `${modifier} ${field} ${role}`, area };
  }
  if (shape < 0.75) return { title: `${role}, ${field}`, area }; // "Manager, Accounts Payable"
  if (shape < 0.9) return { title: `${field} ${role}, ${rng.pick(SPECIALTIES)}`, area }; // "Nursing Assistant, Pediatrics"
  const other = rng.pick(FIELDS);
  return other === field ? undefined : { title: `${field}, ${other}`, area }; // "Collections, Customer Service"
}

/** The site's plural of a head word, including its habit of adding "s" to words already ending in s. */
function pluralWord(word: string): string {
  if (word.endsWith('s')) return `${word}s`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The prose plural: the word before the first comma (or the last word) takes the plural. */
export function prosePlural(title: string): string {
  const lower = title.toLowerCase();
  const comma = lower.indexOf(',');
  const head = comma < 0 ? lower : lower.slice(0, comma);
  const rest = comma < 0 ? '' : lower.slice(comma);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space + 1)}${pluralWord(head.slice(space + 1))}${rest}`;
}

function names(title: string, area: string): TemplateVars {
  const lower = title.toLowerCase();
  const plural = prosePlural(title);
  const a = indefiniteArticle(title);
  return { title, a, A: capitalise(a), lower, plural, Plural: capitalise(plural), area };
}

/**
 * `count` titles that are distinct occupations to the ingest: distinct
 * identity keys and slugs, and distinct stemmed word sets, so prose that
 * names one title ("order processing specialists") can never match another
 * on the same page equally well.
 */
export function drawTitles(seed: number, count: number): { title: string; area: string }[] {
  const rng = new Rng(deriveSeed(seed, STREAM.titles));
  const keys = new Set<string>();
  const slugs = new Set<string>();
  const stems = new Set<string>();
  const titles: { title: string; area: string }[] = [];
  const maxAttempts = count * 200 + 1000;
  for (let attempt = 0; titles.length < count; attempt += 1) {
    if (attempt > maxAttempts) throw new Error(`could not draw ${count} distinct titles (got ${titles.length})`);
    const drawn = drawTitle(rng);
    if (drawn === undefined || drawn.title.length > MAX_TITLE_LENGTH) continue;
    const { title } = drawn;
    const key = identityKey(title);
    const slug = slugForTitle(title);
    const stem = [...stemmedWords(title)].sort().join(' ');
    if (keys.has(key) || slugs.has(slug) || stems.has(stem)) continue;
    // The plural must stem back to the title, as the parser's matcher expects of real pages.
    if (stemmedWords(prosePlural(title)).join(' ') !== stemmedWords(title).join(' ')) continue;
    keys.add(key);
    slugs.add(slug);
    stems.add(stem);
    titles.push(drawn);
  }
  return titles;
}

/** Tenths of a percent for each race group, summing to exactly 1000. */
function raceTenths(rng: Rng): { group: string; tenths: number }[] {
  const share: Record<string, number> = {
    'Black or African American': rng.int(60, 150),
    Unknown: rng.int(30, 70),
    'Hispanic or Latino': rng.int(100, 250),
    Asian: rng.int(30, 120),
    'American Indian and Alaska Native': rng.int(3, 12),
  };
  const others = Object.values(share).reduce((a, b) => a + b, 0);
  return RACE_GROUPS.map((group) => ({ group, tenths: share[group] ?? 1000 - others }));
}

function outlookFor(rng: Rng, growthRate: number | null, plural: string): { direction: OutlookDirection; sentence: string } {
  // The article's outlook agrees with the growth rate the comparison pages give.
  const direction: OutlookDirection =
    growthRate === null ? rng.pick(['grow', 'stable', 'decline'] as const) : growthRate < 0 ? 'decline' : growthRate >= 3 ? 'grow' : 'stable';
  const verb = { grow: rng.pick(['grow', 'grow much faster than average', 'increase']), stable: 'remain stable', decline: 'decline' }[direction];
  return { direction, sentence: `The employment of ${plural} is expected to ${verb} over the next decade.` };
}

function drawOccupation(seed: number, index: number, title: string, area: string): SyntheticOccupation {
  const rng = new Rng(deriveSeed(seed, STREAM.facts, index));
  const vars = names(title, area);
  // Log-uniform between $24k and $160k: many modest salaries, a few high ones.
  const averageSalary = Math.round(Math.exp(Math.log(24_000) + rng.float() * Math.log(160_000 / 24_000)));
  const growthRate = rng.chance(0.15) ? null : rng.int(-10, 12);
  const maleTenths = rng.int(150, 850);
  const medianYearly = Math.round(averageSalary * (0.92 + rng.float() * 0.23));
  const top10Yearly = Math.round(medianYearly * (1.4 + rng.float() * 0.4));
  const outlook = outlookFor(rng, growthRate, vars.plural);
  const texts = articleTemplates(rng, outlook.direction);
  const filled: ArticleTexts = {
    summary: fill(texts.summary, vars),
    duties: texts.duties.map((d) => fill(d, vars)),
    salaryFactors: fill(texts.salaryFactors, vars),
    outlookDetails: texts.outlookDetails.map((d) => fill(d, vars)),
    education: fill(texts.education, vars),
    experience: fill(texts.experience, vars),
    certification: fill(texts.certification, vars),
    workEnvironment: texts.workEnvironment.map((d) => fill(d, vars)),
    advancement: texts.advancement.map((d) => fill(d, vars)),
  };
  return {
    index,
    title,
    slug: slugForTitle(title),
    names: vars,
    possessive: `${vars.plural}'`,
    pay: {
      averageSalary,
      hourlyCents: Math.round((averageSalary * 100) / 2080),
      salaryRange: {
        min: Math.floor((averageSalary * (0.6 + rng.float() * 0.2)) / 1000) * 1000,
        max: Math.ceil((averageSalary * (1.25 + rng.float() * 0.35)) / 1000) * 1000,
      },
      highestPayingCity: rng.pick(CITIES),
      highestPayingState: rng.pick(STATES),
      bestPayingCompany: rng.pick(COMPANIES),
      bestPayingIndustry: rng.pick(INDUSTRIES),
    },
    market: {
      growthRate,
      numberOfJobs: rng.chance(0.05) ? null : rng.int(3_000, 400_000),
      jobSatisfaction: rng.chance(0.5) ? null : rng.pick([2, 2.5, 3, 3.5, 4, 4.5]),
    },
    education: {
      degree: { level: weighted(rng, DEGREE_WEIGHTS), percent: rng.int(20, 65) },
      major: rng.pick(MAJORS),
      college: rng.chance(0.7) ? null : rng.pick(COLLEGES),
    },
    people: {
      averageAge: rng.int(28, 52),
      yearsOfExperience: rng.int(1, 15),
      maleTenths,
      raceTenths: raceTenths(rng),
      lgbtPercent: rng.int(3, 12),
    },
    timeToBecome: rng.pick(DURATIONS),
    topSkills: rng.sample(PROSE_SKILLS, 3),
    description: fill(descriptionTemplate(rng), vars),
    article: {
      median: { yearly: medianYearly, hourlyCents: Math.round((medianYearly * 100) / 2080) },
      top10: { yearly: top10Yearly, hourlyCents: Math.round((top10Yearly * 100) / 2080) },
      outlook,
      texts: filled,
      skills: rng.sample(ARTICLE_SKILLS, rng.int(4, 6)),
    },
  };
}

/**
 * `count` occupations. Average salaries are made unique (nudged up a dollar
 * at a time, in index order) so "X earns more than Y" is always true as written.
 */
export function drawOccupations(seed: number, count: number): SyntheticOccupation[] {
  const titles = drawTitles(seed, count);
  const salaries = new Set<number>();
  return titles.map(({ title, area }, index) => {
    const occupation = drawOccupation(seed, index, title, area);
    let salary = occupation.pay.averageSalary;
    while (salaries.has(salary)) salary += 1;
    salaries.add(salary);
    if (salary !== occupation.pay.averageSalary) {
      occupation.pay.averageSalary = salary;
      occupation.pay.hourlyCents = Math.round((salary * 100) / 2080);
    }
    return occupation;
  });
}
