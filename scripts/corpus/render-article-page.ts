/**
 * Renders a "What Does an X Do?" career-guide article the way the scraped
 * site writes it: breadcrumb, stock subtitle, summary, bulleted duties, pay
 * and outlook, labelled requirements, "Name: description" skills, work
 * environment, advancement, then links to other articles.
 */
import { money, moneyCents } from './format-values';
import type { Rng } from './prng';
import type { SyntheticOccupation } from './synthetic-occupations';

const BULLET = '  • ';

function whatDoes(o: SyntheticOccupation): string {
  return `What Does ${o.names.a} ${o.title} Do?`;
}

/** `others` are occupations the trailing navigation links to (the site lists two). */
export function renderArticlePage(o: SyntheticOccupation, others: readonly SyntheticOccupation[], rng: Rng): string {
  const { title, a } = o.names;
  const { texts, median, top10, outlook, skills } = o.article;
  const blocks: string[] = [
    'Career Development',
    whatDoes(o),
    `Find out what ${a} ${title} does, how to get this job, salary information, and what it takes to succeed as ${a} ${title}.`,
    texts.summary,
    `${title} Job Duties`,
    texts.duties.map((d) => `${BULLET}${d}`).join('\n'),
    `${title} Salary & Outlook`,
    texts.salaryFactors,
    [
      `${BULLET}Median Annual Salary: ${money(median.yearly)} (${moneyCents(median.hourlyCents)}/hour)`,
      `${BULLET}Top 10% Annual Salary: ${money(top10.yearly)} (${moneyCents(top10.hourlyCents)}/hour)`,
    ].join('\n'),
    outlook.sentence,
    ...texts.outlookDetails,
    `${title} Job Requirements`,
    `Education: ${texts.education}`,
    `Experience: ${texts.experience}`,
    `Certifications & Licenses: ${texts.certification}`,
    `${title} Skills`,
    ...skills.map((s) => `${s.name}: ${s.description}`),
    `${title} Work Environment`,
    ...texts.workEnvironment,
    'Advancement Prospects',
    ...texts.advancement,
  ];
  const [first, second] = others;
  // The site ends with links to other articles; a blank pair of lines sets them apart.
  const navigation = [first ? whatDoes(first) : undefined, 'Back to Career Development', second ? whatDoes(second) : undefined].filter(
    (l) => l !== undefined,
  );
  const body = blocks.join('\n\n');
  return rng.chance(0.9) ? `${body}\n\n\n${navigation.join('\n\n')}` : body;
}
