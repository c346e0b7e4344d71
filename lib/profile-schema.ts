/**
 * The occupation profile format: the one source of the profile types.
 *
 * The ingest validates every profile against these schemas before writing it,
 * and the site validates again when it reads the generated files, so a profile
 * that does not match can never reach a page.
 */
import { z } from 'zod';

/** Whole US dollars ("$37,540" → 37540). */
const Money = z.number().int().nonnegative();

/** Dollars with cents ("$18.05" → 18.05). */
const HourlyRate = z
  .number()
  .nonnegative()
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most two decimals');

/** A share of people, 0–100. */
export const Share = z.number().min(0).max(100);

/** A signed percentage change (growth rates can be negative). */
const PercentChange = z.number().min(-100).max(10_000);

const Count = z.number().int().nonnegative();

/** A rating out of 5, as the pages give job satisfaction ("4" = 4 out of 5). */
const RatingOutOf5 = z.number().min(0).max(5);

export const Text = z.string().trim().min(1);

/** A list of texts (paragraphs, items), never empty. */
const TextList = z.array(Text).min(1);

const MoneyRange = z
  .object({ min: Money, max: Money })
  .refine((r) => r.min <= r.max, 'min must not exceed max');

const DurationUnit = z.enum(['days', 'weeks', 'months', 'years']);

export const Duration = z
  .object({ min: z.number().nonnegative(), max: z.number().nonnegative(), unit: DurationUnit })
  .refine((d) => d.min <= d.max, 'min must not exceed max');

/** Two parts of one whole: together at most 100% (half a point over allows for rounding). */
const GenderSplit = z
  .object({ male: Share, female: Share })
  .refine((g) => g.male + g.female <= 100.5, 'the male and female shares add up to more than 100%');

const GroupShare = z.object({ group: Text, percent: Share });

export const Degree = z.object({ level: Text, percent: Share.nullable() });

const SalaryPoint = z.object({ yearly: Money, hourly: HourlyRate.nullable() });

export const Skill = z.object({ name: Text, description: Text });

/**
 * A page's address, cited as a link on every page that uses its facts: http(s)
 * only, so data edited by hand cannot turn a citation into a javascript: or
 * data: link (the ingest already drops such `source:` values).
 */
export const HttpUrl = z.url({ protocol: /^https?$/ });

// ---------------------------------------------------------------------------
// Occupational Outlook Handbook figures. Each carries what the page says it
// measures (a median, for which year, per year or per hour) so a page never
// sets one next to a figure of another kind as if they were alike.

/** A year the data is for ("2024 Median Pay" → 2024). */
const DataYear = z.number().int().min(1900).max(2200);

export const PayPeriod = z.enum(['year', 'hour']);

/**
 * "exact" for a stated figure; "at-least" where the page gives only a lower
 * bound ("This wage is equal to or greater than $239,200 per year"), which is
 * shown as "≥ $239,200" and never as the figure itself.
 */
const PayBound = z.enum(['exact', 'at-least']);

/** Dollars (a yearly figure is whole dollars, an hourly one has cents), exact or a lower bound. */
export const PayAmount = z.object({ amount: HourlyRate, bound: PayBound });

/** A pay figure with its period, where a page may give either. */
const PeriodPay = PayAmount.extend({ period: PayPeriod });

/** A pay figure with its period and, when the page says, its year. */
const DatedPeriodPay = PeriodPay.extend({ year: DataYear.optional() });

/** What a set of pay figures measures: per year or per hour, and for which year when the page says. */
const DATED_PERIOD = { year: DataYear.optional(), period: PayPeriod };

/** The median pay of the Quick Facts: per year, per hour, or both. An empty cell is "not reported" (null). */
const MedianPay = z
  .object({ year: DataYear.optional(), yearly: PayAmount.optional(), hourly: PayAmount.optional() })
  .refine((p) => p.yearly !== undefined || p.hourly !== undefined, 'a median pay needs a yearly or an hourly figure');

/** "The lowest 10 percent earned less than $X, and the highest 10 percent earned more than $Y." */
const WagePercentiles = z
  .object({ ...DATED_PERIOD, low10: PayAmount, high10: PayAmount })
  .refine((w) => w.low10.amount <= w.high10.amount, 'the 10th percentile must not exceed the 90th');

/** Median pay in the industries that employ the most of the occupation, in the page's order. */
export const IndustryPay = z.object({
  ...DATED_PERIOD,
  industries: z.array(z.object({ industry: Text, pay: PayAmount })).min(1),
});

/** A median the page compares the occupation with: its group's, or all occupations' ("Total, all occupations"). */
const BenchmarkPay = z.object({ ...DATED_PERIOD, title: Text, pay: PayAmount });

/** A head count in a year ("Number of Jobs, 2024: 33,600"). */
const YearCount = z.object({ year: DataYear, count: Count });

/** A span of years a figure is over ("2024–34"). */
const YEAR_SPAN = { from: DataYear, to: DataYear };

function runsForward(span: { from: number; to: number }): boolean {
  return span.from < span.to;
}

/** A projected change over a span of years: a number of jobs, signed ("Employment Change, 2024–34: -7,300"). */
const EmploymentChange = z.object({ ...YEAR_SPAN, count: z.number().int() }).refine(runsForward, 'the span must run forward');

/** The Handbook's job outlook: "-14% (Decline)" for 2024–34 → { percent: -14, words: "Decline" }. */
const ProjectedGrowth = z.object({ ...YEAR_SPAN, percent: PercentChange, words: Text.optional() }).refine(runsForward, 'the span must run forward');

/** A Standard Occupational Classification code, "15-2011". */
const SocCode = z.string().regex(/^\d{2}-\d{4}$/, 'a SOC code is two digits, a hyphen and four digits');

/** An industry and the share of the occupation's jobs it has ("Finance and insurance, 78%"). */
const EmployerShare = z.object({ employer: Text, percent: Share });

/** A narrower occupation a Handbook page covers, with what the page says of it. */
export const Specialty = z.object({
  title: Text,
  socCode: SocCode.optional(),
  employment: YearCount.optional(),
  projectedEmployment: YearCount.optional(),
  projectedGrowth: ProjectedGrowth.optional(),
  employmentChange: EmploymentChange.optional(),
  medianPay: DatedPeriodPay.optional(),
  wagePercentiles: WagePercentiles.optional(),
  industryPay: IndustryPay.optional(),
  largestEmployers: z.array(EmployerShare).min(1).optional(),
});

/** An occupation the page lists as similar, with the figures it gives for it (null: not available). */
const SimilarOccupation = z.object({
  title: Text,
  url: HttpUrl.optional(),
  duties: Text.optional(),
  entryEducation: Text.nullable(),
  medianPay: DatedPeriodPay.nullable(),
});

export const OutlookDirection = z.enum(['grow', 'stable', 'decline']);

export const Outlook = z.object({
  direction: OutlookDirection,
  /** The page's own sentence, e.g. "The employment of … is expected to decline over the next decade." */
  sentence: Text,
  /** The paragraphs explaining the outlook, when the page gives them. */
  details: z.array(Text),
});

/** A line of a page file: where an unrecognised row or text was found. */
const SourceRef = z.object({
  file: Text,
  line: z.number().int().positive(),
});

/**
 * A page that states a fact's value, and the lines where it does (a salary
 * can appear in the intro, the overview table and the pay table). The page's
 * URL and scrape date are in the profile's `sources`, said once per page.
 */
export const FactSource = z.object({
  file: Text,
  lines: z.array(z.number().int().positive()).min(1),
});

/**
 * A fact: the chosen value, or `null` when the pages say it is not reported
 * ("-"), with every page that gave that value (by file name, then its
 * lines, in order). A fact no page mentions is absent from the profile.
 */
const FactSources = z.array(FactSource).min(1);

function fact<T extends z.ZodType>(value: T) {
  return z.object({ value: value.nullable(), sources: FactSources }).optional();
}

export const FactsSchema = z.object({
  // Pay
  averageSalary: fact(Money),
  hourlyRate: fact(HourlyRate),
  salaryRange: fact(MoneyRange),
  medianSalary: fact(SalaryPoint),
  top10Salary: fact(SalaryPoint),
  salaryFactors: fact(Text),
  highestPayingCity: fact(Text),
  highestPayingState: fact(Text),
  bestPayingCompany: fact(Text),
  bestPayingIndustry: fact(Text),
  // Pay, as the Occupational Outlook Handbook gives it: medians, dated.
  medianPay: fact(MedianPay),
  wagePercentiles: fact(WagePercentiles),
  industryPay: fact(IndustryPay),
  groupMedianPay: fact(BenchmarkPay),
  allOccupationsMedianPay: fact(BenchmarkPay),
  /** What else the pay section says: tips, commissions, schedules, benefits. */
  payDetails: fact(TextList),
  // Market
  growthRate: fact(PercentChange),
  numberOfJobs: fact(Count),
  jobSatisfaction: fact(RatingOutOf5),
  outlook: fact(Outlook),
  employment: fact(YearCount),
  projectedEmployment: fact(YearCount),
  employmentChange: fact(EmploymentChange),
  projectedGrowth: fact(ProjectedGrowth),
  /** Openings projected each year, on average, over the projection decade. */
  annualOpenings: fact(Count),
  // Path into the job
  timeToBecome: fact(Duration),
  yearsOfExperience: fact(z.number().nonnegative()),
  mostCommonDegree: fact(Degree),
  mostCommonMajor: fact(Text),
  mostCommonCollege: fact(Text),
  educationRequirement: fact(Text),
  experienceRequirement: fact(Text),
  certificationRequirement: fact(Text),
  /** The Handbook's typical entry-level education ("Bachelor's degree"). */
  entryEducation: fact(Text),
  /** Work experience in a related occupation ("None", "Less than 5 years"). */
  relatedExperience: fact(Text),
  /** Typical on-the-job training ("Moderate-term on-the-job training"). */
  jobTraining: fact(Text),
  /** How to become one: the tab's opening paragraph, then its parts. */
  pathSummary: fact(Text),
  educationDetails: fact(TextList),
  trainingDetails: fact(TextList),
  licenseDetails: fact(TextList),
  experienceDetails: fact(TextList),
  // People
  averageAge: fact(z.number().nonnegative().max(120)),
  genderSplit: fact(GenderSplit),
  raceRatio: fact(z.array(GroupShare).min(1)),
  lgbtPercentage: fact(Share),
  // The work
  description: fact(Text),
  summary: fact(Text),
  topSkills: fact(TextList),
  skills: fact(z.array(Skill).min(1)),
  duties: fact(TextList),
  workEnvironment: fact(TextList),
  advancement: fact(TextList),
  /** What they do, beyond the summary and the duties list. */
  workDetails: fact(TextList),
  workSchedules: fact(TextList),
  largestEmployers: fact(z.array(EmployerShare).min(1)),
  // Classification
  socCode: fact(SocCode),
  /** The Handbook's occupational group ("Math", "Healthcare"). */
  occupationGroup: fact(Text),
  specialties: fact(z.array(Specialty).min(1)),
  similarOccupations: fact(z.array(SimilarOccupation).min(1)),
});

export type Facts = z.infer<typeof FactsSchema>;
export type FactKey = keyof Facts;
/** The non-null value type of one fact. */
export type FactValue<K extends FactKey> = NonNullable<NonNullable<Facts[K]>['value']>;
export type FactSource = z.infer<typeof FactSource>;

export const PageFormat = z.enum(['pair-page', 'career-article', 'handbook-profile']);
export type PageFormat = z.infer<typeof PageFormat>;

/** A page that contributed to a profile, with what its front matter said. */
export const SourcePage = z.object({
  file: Text,
  format: PageFormat,
  url: HttpUrl.optional(),
  /** ISO date (YYYY-MM-DD) or date-time, from the front matter's `scraped_at`. */
  scrapedAt: z.string().optional(),
  /** ISO date the page says it was last changed (a Handbook page's "Last Modified Date"). */
  modifiedAt: z.string().optional(),
  /** Other front-matter keys, as the page gave them. */
  meta: z.record(z.string(), z.json()).optional(),
});
export type SourcePage = z.infer<typeof SourcePage>;

/** A table row or text the parser did not recognise, kept verbatim. */
export const UnrecognisedItem = z.object({
  label: z.string(),
  text: z.string(),
  source: SourceRef,
});
export type UnrecognisedItem = z.infer<typeof UnrecognisedItem>;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z.string().regex(SLUG_PATTERN, 'lower-case letters, digits and single hyphens');

export const ProfileSchema = z.object({
  slug: Slug,
  /** Display title: the table-header form, e.g. "Collections, Customer Service". */
  title: Text,
  /** Every distinct title form the pages used for this occupation. */
  titles: z.array(Text).min(1),
  facts: FactsSchema,
  sources: z.array(SourcePage).min(1),
  unrecognised: z.array(UnrecognisedItem),
  /** Slugs this occupation was published under before; they redirect here. */
  aliases: z.array(Slug).optional(),
  /** An editor's introduction (Markdown), from content/occupations/<slug>.md. */
  introduction: Text.optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * The one pay figure an occupation is listed with, with what it measures:
 * lists must never set a median beside an average as if they were alike.
 */
export const HeadlinePay = z.object({
  measure: z.enum(['median', 'average']),
  period: PayPeriod,
  amount: HourlyRate,
  bound: PayBound,
  year: DataYear.optional(),
  /** The format of the page it comes from. */
  source: PageFormat,
});
export type HeadlinePay = z.infer<typeof HeadlinePay>;

/** One line of the occupation index: enough to list, search and link. */
export const IndexEntry = z.object({
  slug: Slug,
  title: Text,
  titles: z.array(Text),
  /** The occupation's most comparable pay figure (lib/compare/pay-figures.ts), or null. */
  pay: HeadlinePay.nullable(),
  pages: Count,
  /** Earlier slugs that redirect to this one. */
  aliases: z.array(Slug).optional(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

/** Two occupations a scraped comparison page compared, in the page's order. */
export const ScrapedPair = z.object({ a: Slug, b: Slug, pages: Count });
export type ScrapedPair = z.infer<typeof ScrapedPair>;

/**
 * A comparison that is a search landing page (indexed, in the sitemaps), in
 * canonical order (a < b), with why: lib/compare/landing-pairs.ts.
 */
export const LandingPair = z.object({
  a: Slug,
  b: Slug,
  reasons: z.array(z.enum(['scraped', 'similar', 'group'])).min(1),
});
export type LandingPair = z.infer<typeof LandingPair>;

export const OccupationIndex = z.object({
  occupations: z.array(IndexEntry),
  /** Pairs the scraped pages compared: the comparisons people look for first. */
  pairs: z.array(ScrapedPair),
  /** The comparisons search engines are sent to; every other pair renders but is not indexed. */
  landingPairs: z.array(LandingPair),
});
export type OccupationIndex = z.infer<typeof OccupationIndex>;
