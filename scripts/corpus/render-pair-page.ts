/**
 * Renders an "X vs Y" comparison page the way the scraped site writes it:
 * navigation junk, a prose intro naming the occupations in lower case (with
 * the site's plurals and possessives), four pipe tables headed by the
 * display titles, "-" for values not reported, and one description
 * paragraph per occupation.
 */
import { money, moneyCents, tenths, withThousands } from './format-values';
import type { Rng } from './prng';
import type { SyntheticOccupation } from './synthetic-occupations';

const NAVIGATION = ['Explore jobs', 'Find specific jobs', 'Explore careers', 'Explore professions', 'Best companies', 'Explore companies'];

/** The site's verb phrases for the second half of the time sentence, typo included. */
const REQUIRES = ['takes usually requires', 'usually requires', 'takes', 'requires'];

const NOT_REPORTED = '-';

function orDash<T>(value: T | null, format: (v: T) => string): string {
  return value === null ? NOT_REPORTED : format(value);
}

function duration(d: SyntheticOccupation['timeToBecome']): string {
  return d.min === d.max ? `${d.min} ${d.unit}` : `${d.min}-${d.max} ${d.unit}`;
}

function sameDuration(a: SyntheticOccupation['timeToBecome'], b: SyntheticOccupation['timeToBecome']): boolean {
  return a.min === b.min && a.max === b.max && a.unit === b.unit;
}

function withArticle(o: SyntheticOccupation): string {
  return `${o.names.a} ${o.names.lower}`;
}

/**
 * "a, b and c" or "a, b, and c". A last skill with "and" in it ("shipping
 * and receiving") always gets the comma, as a careful writer would, since
 * without it the list cannot be split back into three skills.
 */
function proseList(items: readonly string[], oxford: boolean): string {
  const last = items[items.length - 1] ?? '';
  const head = items.slice(0, -1);
  if (head.length === 0) return last;
  const comma = oxford || last.includes(' and ') ? ',' : '';
  return `${head.join(', ')}${comma} and ${last}`;
}

function gender(o: SyntheticOccupation): string {
  const male = o.people.maleTenths;
  return `Male, ${tenths(male)}% Female, ${tenths(1000 - male)}%`;
}

function race(o: SyntheticOccupation): string {
  return o.people.raceTenths.map((r) => `${r.group}, ${tenths(r.tenths)}%`).join(' ');
}

function tableRows(a: SyntheticOccupation, b: SyntheticOccupation, rows: readonly [string, (o: SyntheticOccupation) => string][]): string[] {
  return [`| ${a.title} | ${b.title} | |`, ...rows.map(([label, cell]) => `| ${label} | ${cell(a)} | ${cell(b)} |`)];
}

const degree = (o: SyntheticOccupation) => `${o.education.degree.level}, ${o.education.degree.percent}%`;

export function renderPairPage(a: SyntheticOccupation, b: SyntheticOccupation, rng: Rng): string {
  const lines: string[] = [];
  if (rng.chance(0.9)) lines.push(...NAVIGATION);

  const time = sameDuration(a.timeToBecome, b.timeToBecome)
    ? `It typically takes ${duration(a.timeToBecome)} to become both ${withArticle(a)} and ${withArticle(b)}.`
    : `While it typically takes ${duration(a.timeToBecome)} to become ${withArticle(a)}, becoming ${withArticle(b)} ${rng.pick(REQUIRES)} ${duration(b.timeToBecome)}.`;
  // The site names the better-paid occupation first.
  const [rich, poor] = a.pay.averageSalary >= b.pay.averageSalary ? [a, b] : [b, a];
  const salary = `Additionally, ${withArticle(rich)} has an average salary of ${money(rich.pay.averageSalary)}, which is higher than the ${money(poor.pay.averageSalary)} average annual salary of ${withArticle(poor)}.`;
  lines.push(
    `The differences between ${a.names.plural} and ${b.names.plural} can be seen in a few details. Each job has different responsibilities and duties. ${time} ${salary}`,
    `The top three skills for ${withArticle(a)} include ${proseList(a.topSkills, false)}. The most important skills for ${withArticle(b)} are ${proseList(b.topSkills, true)}.`,
  );

  lines.push(
    ...tableRows(a, b, [
      ['Yearly salary', (o) => money(o.pay.averageSalary)],
      ['Hourly rate', (o) => moneyCents(o.pay.hourlyCents)],
      ['Growth rate', (o) => orDash(o.market.growthRate, (g) => `${g}%`)],
      ['Number of jobs', (o) => orDash(o.market.numberOfJobs, withThousands)],
      ['Job satisfaction', (o) => orDash(o.market.jobSatisfaction, String)],
      ['Most common degree', degree],
      ['Average age', (o) => String(o.people.averageAge)],
      ['Years of experience', (o) => String(o.people.yearsOfExperience)],
    ]),
    a.description,
    b.description,
    `${a.names.Plural} and ${b.names.plural} have different pay scales, as shown below.`,
    ...tableRows(a, b, [
      ['Average salary', (o) => money(o.pay.averageSalary)],
      ['Salary range', (o) => `Between ${money(o.pay.salaryRange.min)} And ${money(o.pay.salaryRange.max)}`],
      ['Highest paying City', (o) => o.pay.highestPayingCity],
      ['Highest paying state', (o) => o.pay.highestPayingState],
      ['Best paying company', (o) => o.pay.bestPayingCompany],
      ['Best paying industry', (o) => o.pay.bestPayingIndustry],
    ]),
    `There are a few differences between ${withArticle(a)} and ${withArticle(b)} in terms of educational background:`,
    ...tableRows(a, b, [
      ['Most common degree', degree],
      ['Most common major', (o) => o.education.major],
      ['Most common college', (o) => orDash(o.education.college, String)],
    ]),
    `Here are the differences between ${a.possessive} and ${b.possessive} demographics:`,
    ...tableRows(a, b, [
      ['Average age', (o) => String(o.people.averageAge)],
      ['Gender ratio', gender],
      ['Race ratio', race],
      ['LGBT Percentage', (o) => `${o.people.lgbtPercent}%`],
    ]),
  );
  return lines.join('\n');
}
