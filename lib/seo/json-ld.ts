/**
 * schema.org JSON-LD for occupation and comparison pages: a page is a
 * `@graph` of its WebPage, each Occupation and a BreadcrumbList. Render with
 *   <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(node) }} />
 *
 * Facts a profile does not report are left out, never written as null: the
 * JsonLdValue type has no null or undefined, so the compiler enforces it.
 * Every URL passed in must be absolute (see site-url.ts). An Occupation's
 * `@id` is its own page's URL + "#occupation", so a comparison page and the
 * occupation page describe the same entity.
 */
import { z } from 'zod';
import { skillsOf } from '../compare/compare-skills';
import { formatPercent } from '../format';
import type { Profile } from '../profile-schema';

export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];
export interface JsonLdNode {
  readonly [key: string]: JsonLdValue;
}

export interface BreadcrumbItem {
  name: string;
  /** Absolute URL; Google allows the last crumb (the current page) to omit it. */
  url?: string;
}

export interface OccupationJsonLdOptions {
  /**
   * Country the pay figures describe, as `occupationLocation` (Google asks for
   * one). The profiles do not say, so it is written only when the caller knows.
   */
  country?: string;
}

const CONTEXT = 'https://schema.org';

function occupationId(occupationPageUrl: string): string {
  return `${occupationPageUrl}#occupation`;
}

function breadcrumbId(url: string): string {
  return `${url}#breadcrumb`;
}

/** Front-matter keys a scraped page may use to give the occupation's SOC / O*NET code. */
const CATEGORY_KEYS: readonly string[] = ['occupational_category', 'soc_code', 'onet_soc_code'];
const CategoryValue = z.string().trim().min(1);

function occupationalCategory(profile: Profile): string | undefined {
  const soc = profile.facts.socCode?.value;
  if (soc) return soc;
  for (const page of profile.sources) {
    for (const key of CATEGORY_KEYS) {
      const parsed = CategoryValue.safeParse(page.meta?.[key]);
      if (parsed.success) return parsed.data;
    }
  }
  return undefined;
}

/**
 * Pay as schema.org models it. Median and top-10% pay are points of a
 * distribution (`MonetaryAmountDistribution`: median, percentile90); the
 * average and the salary range are not percentiles, and that type has no
 * `value`, so they go in a separate `MonetaryAmount` holding a yearly
 * `QuantitativeValue`.
 */
function estimatedSalary(profile: Profile): JsonLdNode[] {
  const f = profile.facts;
  const out: JsonLdNode[] = [];
  // The Handbook's medians and percentiles, per year and per hour. A lower bound ("≥ $239,200")
  // is not a median, and schema.org has no way to say "at least", so it is left out.
  const handbook = f.medianPay?.value;
  const percentiles = f.wagePercentiles?.value;
  for (const period of ['year', 'hour'] as const) {
    const median = period === 'year' ? handbook?.yearly : handbook?.hourly;
    const spread = percentiles?.period === period ? percentiles : undefined;
    const exact = (p: { amount: number; bound: string } | undefined) => (p && p.bound === 'exact' ? p.amount : undefined);
    const points = { median: exact(median), percentile10: exact(spread?.low10), percentile90: exact(spread?.high10) };
    if (Object.values(points).every((v) => v === undefined)) continue;
    out.push({
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: period === 'year' ? 'P1Y' : 'PT1H',
      ...Object.fromEntries(Object.entries(points).filter((e): e is [string, number] => e[1] !== undefined)),
    });
  }
  const median = f.medianSalary?.value?.yearly;
  const top10 = f.top10Salary?.value?.yearly;
  if (median !== undefined || top10 !== undefined) {
    out.push({
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: 'USD',
      duration: 'P1Y',
      ...(median !== undefined ? { median } : {}),
      ...(top10 !== undefined ? { percentile90: top10 } : {}),
    });
  }
  const average = f.averageSalary?.value ?? undefined;
  const range = f.salaryRange?.value ?? undefined;
  if (average !== undefined || range !== undefined) {
    out.push({
      '@type': 'MonetaryAmount',
      name: average !== undefined ? 'average' : 'range',
      currency: 'USD',
      value: {
        '@type': 'QuantitativeValue',
        ...(average !== undefined ? { value: average } : {}),
        ...(range ? { minValue: range.min, maxValue: range.max } : {}),
        unitText: 'YEAR',
      },
    });
  }
  return out;
}

/**
 * What the pages say about education. An explicit requirement wins; the most
 * common degree is only what most workers hold, so it is worded as that
 * rather than passed off as a requirement.
 */
function educationRequirements(profile: Profile): string | undefined {
  const requirement = profile.facts.educationRequirement?.value;
  if (requirement) return requirement;
  const entry = profile.facts.entryEducation?.value;
  if (entry) return `Typical entry-level education: ${entry}`;
  const degree = profile.facts.mostCommonDegree?.value;
  if (!degree) return undefined;
  return `Most common degree: ${degree.level}${degree.percent === null ? '' : ` (${formatPercent(degree.percent)} of workers)`}`;
}

/** The Occupation node without `@context`, for use inside a `@graph`. */
function occupationNode(profile: Profile, url: string, options: OccupationJsonLdOptions = {}): JsonLdNode {
  const f = profile.facts;
  const node: Record<string, JsonLdValue> = { '@type': 'Occupation', '@id': occupationId(url), name: profile.title, url };
  const alternateNames = profile.titles.filter((t) => t !== profile.title);
  if (alternateNames.length > 0) node.alternateName = alternateNames;
  const description = f.description?.value ?? f.summary?.value;
  if (description) node.description = description;
  const salary = estimatedSalary(profile);
  if (salary.length > 0) node.estimatedSalary = salary;
  const skills = skillsOf(profile).map((s) => s.name);
  if (skills.length > 0) node.skills = skills;
  const education = educationRequirements(profile);
  if (education) node.educationRequirements = education;
  // `yearsOfExperience` is how long workers in the job have worked, not what
  // entry asks for, so only the pages' own requirement text is used here.
  const experience = f.experienceRequirement?.value ?? (f.relatedExperience?.value ? `Work experience in a related occupation: ${f.relatedExperience.value}` : undefined);
  if (experience) node.experienceRequirements = experience;
  const certification = f.certificationRequirement?.value;
  if (certification) node.qualifications = certification;
  const duties = f.duties?.value;
  if (duties) node.responsibilities = duties;
  const category = occupationalCategory(profile);
  if (category) node.occupationalCategory = category;
  // The Handbook's figures are for the United States; other pages do not say.
  const country = options.country ?? (profile.sources.some((s) => s.format === 'handbook-profile') ? 'United States' : undefined);
  if (country) node.occupationLocation = { '@type': 'Country', name: country };
  return node;
}

export function occupationJsonLd(profile: Profile, url: string, options: OccupationJsonLdOptions = {}): JsonLdNode {
  return { '@context': CONTEXT, ...occupationNode(profile, url, options) };
}

function breadcrumbNode(items: readonly BreadcrumbItem[]): Record<string, JsonLdValue> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      ...(item.url !== undefined ? { item: item.url } : {}),
    })),
  };
}

export function breadcrumbJsonLd(items: readonly BreadcrumbItem[]): JsonLdNode {
  return { '@context': CONTEXT, ...breadcrumbNode(items) };
}

interface PageBase {
  /** The page's canonical absolute URL. */
  url: string;
  /** The page title (without the site name). */
  name: string;
  description?: string;
  breadcrumbs?: readonly BreadcrumbItem[];
  country?: string;
}

export interface OccupationPage extends PageBase {
  profile: Profile;
}

export interface ComparisonPage extends PageBase {
  /** The compared occupations, each with its own occupation page's absolute URL. */
  occupations: readonly { profile: Profile; url: string }[];
}

function webPageNode(page: PageBase, relation: Record<string, JsonLdValue>): Record<string, JsonLdValue> {
  return {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    ...(page.description ? { description: page.description } : {}),
    ...relation,
    ...(page.breadcrumbs && page.breadcrumbs.length > 0 ? { breadcrumb: { '@id': breadcrumbId(page.url) } } : {}),
  };
}

function withBreadcrumbs(page: PageBase, nodes: JsonLdNode[]): JsonLdNode {
  const graph = [...nodes];
  if (page.breadcrumbs && page.breadcrumbs.length > 0) graph.push({ '@id': breadcrumbId(page.url), ...breadcrumbNode(page.breadcrumbs) });
  return { '@context': CONTEXT, '@graph': graph };
}

/** An occupation page: the WebPage whose main entity is the Occupation. */
export function occupationPageJsonLd(page: OccupationPage): JsonLdNode {
  const occupation = occupationNode(page.profile, page.url, { country: page.country });
  return withBreadcrumbs(page, [webPageNode(page, { mainEntity: { '@id': occupationId(page.url) } }), occupation]);
}

/** A comparison page: a WebPage about each compared Occupation. */
export function comparisonPageJsonLd(page: ComparisonPage): JsonLdNode {
  const occupations = page.occupations.map((o) => occupationNode(o.profile, o.url, { country: page.country }));
  const about = page.occupations.map((o) => ({ '@id': occupationId(o.url) }));
  return withBreadcrumbs(page, [webPageNode(page, { about }), ...occupations]);
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for an inline script. Scraped text can contain "</script>" or
 * "<!--", which would end or confuse the script element, so `<`, `>` and `&`
 * become \u escapes (still the same JSON string values). U+2028/U+2029 are
 * escaped too because older JavaScript parsers treat them as line breaks.
 * These characters can only occur inside JSON strings, where \u escapes are
 * valid, so JSON.parse of the output gives back the input.
 */
export function serializeJsonLd(value: JsonLdValue): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => UNSAFE_IN_SCRIPT[ch] ?? ch);
}
