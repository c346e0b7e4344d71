/**
 * Sentence templates for the free text of synthetic pages: comparison-page
 * descriptions and the sections of career-guide articles. Placeholders:
 *   {title}  display title ("Order Processor")
 *   {a}, {A} "a" or "an" for the title, and capitalised
 *   {lower}  the title as prose writes it ("order processor")
 *   {plural} prose plural ("order processors")
 *   {Plural} the same, capitalised
 *   {area}   the work area in lower case ("order processing")
 *
 * A description's first sentence names its occupation and otherwise uses
 * only generic words: the parser gives each paragraph to the occupation its
 * first sentence names best, so words from other titles there would make the
 * test about this generator's luck rather than the parser.
 */
import type { Rng } from './prng';

export interface TemplateVars {
  title: string;
  a: string;
  A: string;
  lower: string;
  plural: string;
  Plural: string;
  area: string;
}

export function fill(template: string, vars: TemplateVars): string {
  return template.replace(/\{(title|a|A|lower|plural|Plural|area)\}/g, (_, key: keyof TemplateVars) => vars[key]);
}

const DESCRIPTION_OPENINGS = [
  '{A} {lower} is a professional who keeps daily work organized, accurate and on schedule.',
  '{A} {lower} is an employee responsible for a steady, reliable flow of everyday tasks.',
  '{Plural} are employees who are responsible for getting routine work done correctly and on time.',
  '{Plural} are professionals who make sure that everyday requests are handled without interruption.',
  '{A} {lower} is the person who is in charge of a busy, detail-heavy part of the operation.',
];

const DESCRIPTION_BODY = [
  'They work closely with colleagues in other departments to resolve issues quickly.',
  'Most of the job involves checking records, answering questions and keeping files current.',
  'They report progress to a supervisor and flag problems before they grow.',
  'The role calls for patience, clear communication and careful attention to detail.',
  'They often train newer staff and document the procedures the team follows.',
  'Those who are interested in this job should develop skills in planning, communication and problem-solving.',
  'They may also be required to communicate with clients to confirm details and deadlines.',
  'Good {area} practice is central to the role, and employers value steady, accurate output.',
  'They keep an eye on quality and make sure that requests are handled in the right order.',
  'On busy days they prioritize urgent requests while keeping routine work moving.',
];

const SUMMARY_OPENING =
  'The {title} plays an important role within the organization, acting as a link between {area} work and the people who depend on it.';

const SUMMARY_PARTS = [
  'This position is responsible for handling requests accurately, ensuring that every detail is correct before work moves on.',
  'By managing this process well, the {title} helps maintain a smooth flow of operations from the first request to the final result.',
  'Their attention to detail and ability to coordinate several tasks at once supports customer satisfaction and the reputation of the company.',
  'The work combines routine procedures with occasional problems that require judgment and initiative.',
];

const DUTIES = [
  'Review and verify {area} records for accuracy, including dates, amounts and approvals.',
  'Enter data into the company’s computer system, ensuring all information is accurate and complete.',
  'Coordinate with other departments to check availability and communicate any delays to clients.',
  'Prepare reports and summaries for managers on a daily and weekly basis.',
  'Respond to inquiries by phone and email, providing updates and resolving issues.',
  'Maintain organized files and keep documentation current according to company policy.',
  'Follow safety and compliance procedures and report any incidents promptly.',
  'Train new team members on tools, procedures and quality standards.',
  'Monitor work queues and escalate urgent {area} requests to the right person.',
  'Reconcile discrepancies at the end of each shift and record how they were resolved.',
  'Order supplies and track inventory used in daily {area} work.',
  'Suggest improvements to procedures that save time or reduce errors.',
];

const SALARY_FACTORS = [
  '{title} salaries can vary significantly based on factors such as industry experience, company size and the complexity of the systems used.',
  'Pay for {plural} depends on location, years of experience and the size of the employer.',
  '{title} earnings vary with certifications held, shift schedules and the industry of the employer.',
];

const SALARY_FACTOR_FOLLOW_UPS = [
  'Specialization in high-demand sectors can also influence earnings.',
  'Efficiency and accuracy with large volumes of work may lead to higher compensation.',
  'Overtime and shift differentials add to base pay in some workplaces.',
];

const OUTLOOK_DETAILS: Record<'grow' | 'stable' | 'decline', readonly string[]> = {
  grow: [
    'This growth is driven by rising demand for {area} services and by employers expanding their teams.',
    'Employers continue to add positions as operations grow more complex and customers expect faster service.',
  ],
  stable: [
    'Demand is steady because the work remains necessary even as tools change.',
    'Openings will come mostly from the need to replace workers who retire or change careers.',
  ],
  decline: [
    'This decline is primarily due to automation and software that reduce the need for manual work.',
    'Employers are consolidating roles, and new systems let fewer people handle the same volume.',
  ],
};

const EDUCATION = [
  '{A} {title} typically holds a high school diploma, with many also completing some college courses or an associate’s degree.',
  'Most {plural} have a bachelor’s degree in business or a related field.',
  'Employers usually prefer candidates with a relevant associate or bachelor’s degree.',
];

const EXPERIENCE = [
  '{Plural} typically have experience in customer service or a related role, often gained through previous positions.',
  'On-the-job training is common, allowing new hires to learn the systems and procedures unique to their employer.',
  'Two to five years of related experience is typical for this position.',
];

const CERTIFICATIONS = [
  'No specific certifications or licenses are typically required for the job of {a} {title}.',
  'Industry certifications are optional but can improve job prospects and pay.',
  'Some states require a license, and employers may pay for certification courses.',
];

const ENVIRONMENT = [
  '{A} {title} typically works in a structured environment designed for efficiency and accuracy.',
  'Work hours usually follow a standard schedule, though some flexibility may be needed during peak seasons.',
  'The atmosphere tends to be collaborative, with regular interaction with colleagues and clients.',
  'Health and safety protocols are in place, and noise levels are typically low.',
  'Technology plays a central role, with ongoing training provided to keep skills sharp.',
];

const ADVANCEMENT = [
  '{Plural} can advance to senior or supervisory roles by demonstrating strong organizational skills and reliability.',
  'Gaining expertise in the company’s systems can lead to project management opportunities.',
  'Further education or certification opens pathways to management and specialist positions.',
  'Excelling in cross-department communication and showing initiative are key steps toward promotion.',
];

/** Between min and max sentences from the pool, kept in pool order so the text reads in a sensible order. */
function sentences(rng: Rng, pool: readonly string[], min: number, max: number): string[] {
  const chosen = new Set(rng.sample(pool, rng.int(min, Math.min(max, pool.length))));
  return pool.filter((s) => chosen.has(s));
}

export interface ArticleTexts {
  summary: string;
  duties: string[];
  salaryFactors: string;
  outlookDetails: string[];
  education: string;
  experience: string;
  certification: string;
  workEnvironment: string[];
  advancement: string[];
}

export function descriptionTemplate(rng: Rng): string {
  return [rng.pick(DESCRIPTION_OPENINGS), ...sentences(rng, DESCRIPTION_BODY, 2, 4)].join(' ');
}

export function articleTemplates(rng: Rng, direction: 'grow' | 'stable' | 'decline'): ArticleTexts {
  return {
    summary: [SUMMARY_OPENING, ...sentences(rng, SUMMARY_PARTS, 2, 4)].join(' '),
    duties: sentences(rng, DUTIES, 6, 9),
    salaryFactors: [rng.pick(SALARY_FACTORS), ...sentences(rng, SALARY_FACTOR_FOLLOW_UPS, 1, 2)].join(' '),
    outlookDetails: sentences(rng, OUTLOOK_DETAILS[direction], 1, 2),
    education: rng.pick(EDUCATION),
    experience: rng.pick(EXPERIENCE),
    certification: rng.pick(CERTIFICATIONS),
    workEnvironment: sentences(rng, ENVIRONMENT, 2, 4),
    advancement: sentences(rng, ADVANCEMENT, 2, 3),
  };
}
