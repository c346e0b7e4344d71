/**
 * Golden tests on real Occupational Outlook Handbook pages, as shipped in
 * content/raw/bls-ooh (gzip-compressed, read through the real loader and
 * recogniser). Every fact the parser gives for a page is asserted: the Quick
 * Facts exactly, with the file line of the cell that states each; the prose
 * by its paragraphs. The expected values were read off the pages' HTML.
 *
 * Pages: actuaries (pay per year and per hour), flight attendants (per year
 * only), announcers and DJs (per hour only, "See How to Become One", a
 * decline, a family whose wage sentences are all its specialties', similar
 * occupations whose "annual wage is not available"), police and detectives
 * (a family with its own wage sentence and its specialties' SOC codes, jobs
 * and medians), dentists (top-coded wages: "$239,200 or more" and "This wage
 * is equal to or greater than $239,200 per year").
 */
import { describe, expect, it } from 'vitest';
import type { PageParse } from '@/lib/ingest/page-parse';
import type { FactKey } from '@/lib/profile-schema';
import { factsByTitle, parseText, readHandbookPage } from '../helpers/seeds';

interface Page {
  parse: PageParse;
  /** The fields the page gives, sorted. */
  fields: string[];
  /** A field's value and the line it is cited at. */
  fact: (field: FactKey) => { value: unknown; line: number } | undefined;
  value: (field: FactKey) => unknown;
}

function readPage(name: string): Page {
  const parse = parseText(`${name}.html.gz`, readHandbookPage(name));
  const [title] = parse.titles;
  // factsByTitle throws if the page gives one fact twice with different values.
  const facts = (title ? factsByTitle(parse)[title] : undefined) ?? {};
  const fact = (field: FactKey) => {
    const first = parse.observations.find((o) => o.field === field);
    return first ? { value: facts[field], line: first.line } : undefined;
  };
  return { parse, fields: Object.keys(facts).sort(), fact, value: (field) => fact(field)?.value };
}

/** A list of paragraphs: how many, the first and the last, word for word. */
function expectParagraphs(value: unknown, count: number, first: string, last = first): void {
  expect(Array.isArray(value)).toBe(true);
  const list: unknown[] = Array.isArray(value) ? value : [];
  expect(list).toHaveLength(count);
  expect(list[0]).toBe(first);
  expect(list[count - 1]).toBe(last);
}

function names(value: unknown): unknown[] {
  return Array.isArray(value) ? value.map((s: unknown) => (typeof s === 'object' && s !== null && 'name' in s ? s.name : s)) : [];
}

const yearly = (amount: number, bound: 'exact' | 'at-least' = 'exact') => ({ amount, bound });

/** A specialty as the projections table (2024–34) and a table of 2024 yearly medians give it. */
function specialty(title: string, socCode: string, jobs: number, projected: number, percent: number, change: number, median: { amount: number; bound: 'exact' | 'at-least' }) {
  return {
    title,
    socCode,
    employment: { year: 2024, count: jobs },
    projectedEmployment: { year: 2034, count: projected },
    projectedGrowth: { from: 2024, to: 2034, percent },
    employmentChange: { from: 2024, to: 2034, count: change },
    medianPay: { ...median, period: 'year', year: 2024 },
  };
}

/** A row of the Similar Occupations table: link made absolute against the page's canonical address. */
function similar(base: string, title: string, href: string, duties: string, entryEducation: string | null, pay: { amount: number; bound?: 'exact' | 'at-least' } | null) {
  return {
    title,
    url: new URL(href, base).href,
    duties,
    entryEducation,
    medianPay: pay ? { amount: pay.amount, bound: pay.bound ?? 'exact', period: 'year', year: 2024 } : null,
  };
}

const OPENINGS_TAIL = 'Many of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force, such as to retire.';

describe('each page', () => {
  it.each([
    ['actuaries', 'Actuaries', ['occupationGroup', 'medianPay', 'entryEducation', 'relatedExperience', 'jobTraining', 'employment', 'projectedGrowth', 'employmentChange', 'summary', 'workDetails', 'duties', 'largestEmployers', 'workEnvironment', 'workSchedules', 'pathSummary', 'educationDetails', 'licenseDetails', 'trainingDetails', 'advancement', 'skills', 'groupMedianPay', 'allOccupationsMedianPay', 'wagePercentiles', 'industryPay', 'payDetails', 'outlook', 'annualOpenings', 'socCode', 'projectedEmployment', 'similarOccupations']],
    ['flight-attendants', 'Flight Attendants', ['occupationGroup', 'medianPay', 'entryEducation', 'relatedExperience', 'jobTraining', 'employment', 'projectedGrowth', 'employmentChange', 'summary', 'workDetails', 'duties', 'largestEmployers', 'workEnvironment', 'workSchedules', 'pathSummary', 'educationDetails', 'experienceDetails', 'trainingDetails', 'licenseDetails', 'advancement', 'skills', 'groupMedianPay', 'allOccupationsMedianPay', 'wagePercentiles', 'industryPay', 'payDetails', 'outlook', 'annualOpenings', 'socCode', 'projectedEmployment', 'similarOccupations']],
    // No wage percentiles, industry pay or SOC code of its own: the page gives those of its specialties only.
    ['announcers', 'Announcers and DJs', ['occupationGroup', 'medianPay', 'entryEducation', 'relatedExperience', 'jobTraining', 'employment', 'projectedGrowth', 'employmentChange', 'summary', 'workDetails', 'duties', 'workEnvironment', 'workSchedules', 'pathSummary', 'educationDetails', 'trainingDetails', 'advancement', 'skills', 'groupMedianPay', 'allOccupationsMedianPay', 'payDetails', 'outlook', 'annualOpenings', 'projectedEmployment', 'specialties', 'similarOccupations']],
    ['police-and-detectives', 'Police and Detectives', ['occupationGroup', 'medianPay', 'entryEducation', 'relatedExperience', 'jobTraining', 'employment', 'projectedGrowth', 'employmentChange', 'summary', 'workDetails', 'duties', 'largestEmployers', 'workEnvironment', 'workSchedules', 'pathSummary', 'educationDetails', 'trainingDetails', 'experienceDetails', 'advancement', 'skills', 'groupMedianPay', 'allOccupationsMedianPay', 'wagePercentiles', 'industryPay', 'payDetails', 'outlook', 'annualOpenings', 'projectedEmployment', 'specialties', 'similarOccupations']],
    ['dentists', 'Dentists', ['occupationGroup', 'medianPay', 'entryEducation', 'relatedExperience', 'jobTraining', 'employment', 'projectedGrowth', 'employmentChange', 'summary', 'workDetails', 'duties', 'largestEmployers', 'workEnvironment', 'workSchedules', 'pathSummary', 'educationDetails', 'trainingDetails', 'licenseDetails', 'skills', 'groupMedianPay', 'allOccupationsMedianPay', 'wagePercentiles', 'industryPay', 'payDetails', 'outlook', 'annualOpenings', 'socCode', 'projectedEmployment', 'specialties', 'similarOccupations']],
  ])('%s is one occupation (%s, the Quick Facts title), read whole, nothing left over', (name, title, fields) => {
    const page = readPage(name);
    expect(page.parse.format).toBe('handbook-profile');
    expect(page.parse.titles).toEqual([title]);
    expect(page.parse.modifiedAt).toBe('2025-08-28');
    expect(page.parse.truncatedAt).toBeUndefined();
    expect(page.parse.diagnostics).toEqual([]);
    expect(page.parse.unrecognised).toEqual([]);
    expect(page.fields).toEqual([...fields].sort());
  });
});

describe('actuaries: median pay per year and per hour', () => {
  const page = readPage('actuaries');
  const base = 'https://www.bls.gov/ooh/math/actuaries.htm';

  it('Quick Facts, exactly, at the lines of their cells', () => {
    expect(page.fact('medianPay')).toEqual({ value: { year: 2024, yearly: yearly(125770), hourly: yearly(60.47) }, line: 780 });
    expect(page.fact('entryEducation')).toEqual({ value: "Bachelor's degree", line: 787 });
    expect(page.fact('relatedExperience')).toEqual({ value: 'None', line: 791 });
    expect(page.fact('jobTraining')).toEqual({ value: 'Long-term on-the-job training', line: 795 });
    expect(page.fact('employment')).toEqual({ value: { year: 2024, count: 33600 }, line: 799 });
    expect(page.fact('projectedGrowth')).toEqual({ value: { from: 2024, to: 2034, percent: 22, words: 'Much faster than average' }, line: 803 });
    expect(page.fact('employmentChange')).toEqual({ value: { from: 2024, to: 2034, count: 7300 }, line: 807 });
  });

  it('group, summary, projections row', () => {
    expect(page.fact('occupationGroup')).toEqual({ value: 'Math', line: 624 });
    expect(page.fact('summary')).toEqual({ value: 'Actuaries use mathematics, statistics, and financial theory to analyze the economic costs of risk and uncertainty.', line: 816 });
    expect(page.fact('socCode')).toEqual({ value: '15-2011', line: 1165 });
    expect(page.fact('projectedEmployment')).toEqual({ value: { year: 2034, count: 40900 }, line: 1165 });
    expect(page.fact('annualOpenings')).toEqual({ value: 2400, line: 1117 });
  });

  it('pay: the chart, the percentiles, the industries', () => {
    expect(page.fact('groupMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Mathematical science occupations', pay: yearly(104620) }, line: 1035 });
    expect(page.fact('allOccupationsMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Total, all occupations', pay: yearly(49500) }, line: 1035 });
    expect(page.fact('wagePercentiles')).toEqual({ value: { year: 2024, period: 'year', low10: yearly(75240), high10: yearly(206430) }, line: 1041 });
    expect(page.fact('industryPay')).toEqual({
      value: {
        year: 2024,
        period: 'year',
        industries: [
          { industry: 'Management of companies and enterprises', pay: yearly(133030) },
          { industry: 'Finance and insurance', pay: yearly(126830) },
          { industry: 'Government, excluding state and local education and hospitals', pay: yearly(118910) },
          { industry: 'Professional, scientific, and technical services', pay: yearly(111640) },
        ],
      },
      line: 1048,
    });
    expect(page.fact('payDetails')).toEqual({ value: ['Most actuaries work full time, and some work more than 40 hours per week.'], line: 1079 });
  });

  it('outlook', () => {
    expect(page.fact('outlook')?.line).toBe(1114);
    expect(page.value('outlook')).toEqual({
      direction: 'grow',
      sentence: 'Employment of actuaries is projected to grow 22 percent from 2024 to 2034, much faster than the average for all occupations.',
      details: [
        `About 2,400 openings for actuaries are projected each year, on average, over the decade. ${OPENINGS_TAIL}`,
        'Actuaries will be needed to develop, price, and evaluate a variety of insurance products and calculate the costs of new risks.',
        'More actuaries also will be needed to help companies manage their own risk, a practice known as enterprise risk management. These actuaries help companies adjust their business or investment strategies across all areas of operation.',
        'Insurance companies will need actuaries to analyze the large amount of information, such as medical or property data, collected from consumers. These data will allow insurance companies to develop new products, set competitive prices, predict consumer behavior, and improve projections of future risks and costs.',
        'In addition, health insurance companies will require actuaries to help evaluate the effects of changing healthcare regulations and guidelines, expand into new insurance markets, and offer products to new customers.',
      ],
    });
  });

  it('what they do, work environment, how to become one', () => {
    expect(page.fact('duties')).toEqual({
      value: [
        'Compile and analyze statistical data and other information',
        'Estimate the probability and likely economic cost of an event such as death, sickness, an accident, or a natural disaster',
        'Design and test insurance policies, investments, and other business strategies to minimize risk and maximize profitability',
        'Calculate cash reserves needed, based on existing policies and liabilities, in case of payout or claims',
        'Produce charts, tables, and reports that explain calculations and proposals',
        'Explain their findings and proposals to company executives, government officials, shareholders, and clients',
      ],
      line: 888,
    });
    expectParagraphs(
      page.value('workDetails'),
      13,
      'Actuaries analyze the financial costs of risk and uncertainty. They use mathematics, statistics, and financial theory to assess the risk of potential events, and they help businesses and clients develop policies that minimize the cost of that risk. Actuaries’ work is essential to the insurance industry.',
      'Public sector actuaries have different duties, based on the level of government in which they work. In the federal government, actuaries may evaluate proposed changes to Social Security or Medicare or conduct economic and demographic studies to project benefit obligations. At the state level, actuaries may examine and regulate the rates charged by insurance companies.',
    );
    // "Actuaries typically do the following:" introduces the duties; it is neither a duty nor a detail.
    expect(page.value('workDetails')).not.toContain('Actuaries typically do the following:');
    expect(page.fact('largestEmployers')).toEqual({
      value: [
        { employer: 'Finance and insurance', percent: 78 },
        { employer: 'Professional, scientific, and technical services', percent: 14 },
        { employer: 'Management of companies and enterprises', percent: 3 },
        { employer: 'Government, excluding state and local education and hospitals', percent: 3 },
      ],
      line: 941,
    });
    expect(page.fact('workEnvironment')).toEqual({
      value: [
        'Actuaries typically work on teams that often include managers and professionals in other fields, such as accounting, underwriting, and finance.',
        'Although actuaries usually work in an office setting, those who work for consulting firms may need to travel to meet with clients.',
      ],
      line: 964,
    });
    expect(page.fact('workSchedules')).toEqual({ value: ['Most actuaries work full time, and some work more than 40 hours per week.'], line: 967 });
    expect(page.fact('pathSummary')).toEqual({
      value: 'To enter the occupation, actuaries typically need a bachelor’s degree in mathematics, actuarial science, statistics, or some other analytical field. Students must complete coursework in subjects such as economics, applied statistics, and corporate finance and must pass a series of exams to become certified.',
      line: 992,
    });
    expectParagraphs(
      page.value('educationDetails'),
      3,
      'Actuaries need a strong background in mathematics, statistics, and business. Typically, actuaries have an undergraduate degree in mathematics, business, actuarial science, or some other analytical field.',
      'Because the different types of practice areas include health, life, pension, and casualty, internships may be helpful for students deciding on which actuarial track to pursue.',
    );
    expectParagraphs(
      page.value('licenseDetails'),
      4,
      'Actuaries typically complete a related certification program. Certification programs typically require candidates to complete coursework in economics, finance, and mathematical statistics while in college. Candidates also must pass a series of exams and take seminars on professionalism. Many employers expect prospective hires to have passed at least one or two of these certification exams before graduation. Information on certifications is available from CareerOneStop.',
      'Pension actuaries typically must be licensed by the U.S. Department of Labor and U.S. Department of the Treasury’s Joint Board for the Enrollment of Actuaries. Licensed pension actuaries, known as enrolled actuaries, must meet certain experience requirements and pass exams.',
    );
    expectParagraphs(
      page.value('trainingDetails'),
      2,
      'Entry-level actuaries typically start out as trainees. They are usually on teams with experienced actuaries who serve as mentors. Trainees begin work on basic tasks, such as compiling data, and take on more complex duties, such as conducting research and writing reports, as they gain experience. Trainees also may work in other departments, such as marketing, underwriting, and product development, to learn how actuaries fit into all aspects of a company.',
      'Most employers support their actuaries throughout the certification process. For example, employers may pay the cost of exams and study materials or provide paid time to study. Employees may receive raises or bonuses for each exam that they pass.',
    );
    expect(page.fact('advancement')?.line).toBe(1006);
    expectParagraphs(
      page.value('advancement'),
      1,
      'Advancement usually depends on job performance and the number of actuarial exams passed. For example, actuaries who achieve fellowship status often supervise the work of other actuaries and provide input to senior management. Actuaries with a broad knowledge of risk management and how it applies to business may advance to become top executives, such as chief risk officers or chief financial officers.',
    );
    expect(page.fact('skills')?.line).toBe(1009);
    expect(names(page.value('skills'))).toEqual(['Analytical skills', 'Communication skills', 'Computer skills', 'Interpersonal skills', 'Math skills', 'Problem-solving skills']);
    expect(page.value('skills')).toContainEqual({ name: 'Math skills', description: 'Actuaries quantify risk by using the principles of calculus, statistics, and probability.' });
  });

  it('similar occupations: links, duties, education ("See How to Become One" is none), pay per year', () => {
    const value = page.value('similarOccupations');
    expect(page.fact('similarOccupations')?.line).toBe(1220);
    expect(Array.isArray(value) && value.map((s: { title: string }) => s.title)).toEqual([
      'Accountants and Auditors', 'Budget Analysts', 'Cost Estimators', 'Data Scientists', 'Economists', 'Financial Analysts',
      'Insurance Underwriters', 'Mathematicians and Statisticians', 'Personal Financial Advisors', 'Postsecondary Teachers',
    ]);
    expect(value).toContainEqual(similar(base, 'Accountants and Auditors', '/ooh/business-and-financial/accountants-and-auditors.htm', 'Accountants and auditors prepare and examine financial records.', "Bachelor's degree", { amount: 81680 }));
    expect(value).toContainEqual(
      similar(base, 'Postsecondary Teachers', '/ooh/education-training-and-library/postsecondary-teachers.htm', 'Postsecondary teachers instruct students in a variety of academic subjects beyond the high school level.', null, { amount: 83980 }),
    );
  });
});

describe('flight attendants: median pay per year only', () => {
  const page = readPage('flight-attendants');
  const base = 'https://www.bls.gov/ooh/transportation-and-material-moving/flight-attendants.htm';

  it('Quick Facts: a yearly median and no hourly one', () => {
    expect(page.fact('medianPay')).toEqual({ value: { year: 2024, yearly: yearly(67130) }, line: 779 });
    expect(page.fact('entryEducation')).toEqual({ value: 'High school diploma or equivalent', line: 786 });
    expect(page.fact('relatedExperience')).toEqual({ value: 'Less than 5 years', line: 790 });
    expect(page.fact('jobTraining')).toEqual({ value: 'Moderate-term on-the-job training', line: 794 });
    expect(page.fact('employment')).toEqual({ value: { year: 2024, count: 130800 }, line: 798 });
    expect(page.fact('projectedGrowth')).toEqual({ value: { from: 2024, to: 2034, percent: 9, words: 'Much faster than average' }, line: 802 });
    expect(page.fact('employmentChange')).toEqual({ value: { from: 2024, to: 2034, count: 12100 }, line: 806 });
  });

  it('group, summary, pay, outlook', () => {
    expect(page.fact('occupationGroup')).toEqual({ value: 'Transportation and Material Moving', line: 624 });
    expect(page.fact('summary')).toEqual({ value: 'Flight attendants provide routine services and respond to emergencies to ensure the safety and comfort of airline passengers.', line: 815 });
    // The chart's bars: the group ("Air transportation workers") comes before the occupation's own.
    expect(page.fact('groupMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Air transportation workers', pay: yearly(106500) }, line: 1030 });
    expect(page.fact('allOccupationsMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Total, all occupations', pay: yearly(49500) }, line: 1030 });
    expect(page.fact('wagePercentiles')).toEqual({ value: { year: 2024, period: 'year', low10: yearly(34030), high10: yearly(138040) }, line: 1036 });
    expect(page.fact('industryPay')).toEqual({
      value: { year: 2024, period: 'year', industries: [{ industry: 'Nonscheduled air transportation', pay: yearly(77060) }, { industry: 'Scheduled air transportation', pay: yearly(67620) }] },
      line: 1043,
    });
    expect(page.fact('payDetails')).toEqual({
      value: [
        'Flight attendants receive an allowance for meals and accommodations while working away from home. Although attendants may be required to purchase an initial set of uniforms and luggage, their employer usually pays for replacements and upkeep. Flight attendants generally are eligible for discounted airfare or free standby seats through their airline.',
        'Flight attendants may have variable schedules, and part-time work is common.',
      ],
      line: 1062,
    });
    expect(page.fact('outlook')).toEqual({
      value: {
        direction: 'grow',
        sentence: 'Employment of flight attendants is projected to grow 9 percent from 2024 to 2034, much faster than the average for all occupations.',
        details: [
          `About 19,800 openings for flight attendants are projected each year, on average, over the decade. ${OPENINGS_TAIL}`,
          'Demand for air travel, particularly from leisure travelers, will continue to support employment growth for flight attendants. Federal regulations require a minimum number of attendants per flight. These workers will continue to be needed to ensure the safety and comfort of passengers on flights.',
        ],
      },
      line: 1098,
    });
    expect(page.fact('annualOpenings')).toEqual({ value: 19800, line: 1101 });
    expect(page.fact('socCode')).toEqual({ value: '53-2031', line: 1146 });
    expect(page.fact('projectedEmployment')).toEqual({ value: { year: 2034, count: 142900 }, line: 1146 });
  });

  it('prose: duties, work environment (injuries included), schedules, the parts of How to Become One', () => {
    expect(page.fact('duties')?.line).toBe(887);
    expectParagraphs(page.value('duties'), 10, 'Participate in preflight briefings with pilots to discuss cabin conditions and flight details', 'Direct passengers, including for evacuating the aircraft in an emergency');
    expect(page.fact('workDetails')?.line).toBe(884);
    expectParagraphs(
      page.value('workDetails'),
      7,
      'Flight attendants provide routine services and respond to emergencies to ensure the safety and comfort of airline passengers.',
      'After passengers deplane, flight attendants survey the condition of the cabin. They submit reports on any medical, safety, or security issues that may have occurred during the flight.',
    );
    expect(page.fact('largestEmployers')).toEqual({ value: [{ employer: 'Scheduled air transportation', percent: 97 }, { employer: 'Nonscheduled air transportation', percent: 1 }], line: 938 });
    expect(page.fact('workEnvironment')?.line).toBe(953);
    expectParagraphs(
      page.value('workEnvironment'),
      3,
      'Flight attendants work primarily in the cabins of passenger aircraft. Dealing directly with passengers and standing for long periods may be stressful and tiring. Occasionally, flights encounter air turbulence, which may make providing service more difficult and cause anxiety in some passengers. Handling emergencies and unruly customers also may be difficult and stressful.',
      'Flight attendants have one of the highest rates of injuries and illnesses of all occupations. Common injuries include sprains, strains, and bruises. To avoid injury, these workers must follow safety procedures. For example, they must ensure that overhead compartments are closed, especially during turbulence, so that carry-on items don’t fall and present a risk to everyone in the cabin. Attendants also ensure that carts are properly stowed and latched during emergencies to prevent injuries to passengers and themselves.',
    );
    expect(page.fact('workSchedules')?.line).toBe(958);
    expectParagraphs(
      page.value('workSchedules'),
      4,
      'Flight attendants may have variable schedules, and part-time work is common. They often work nights, weekends, and holidays because airlines operate every day and have overnight flights. They may spend several nights per week or per month away from home. In most cases, a contract between the airline and the flight attendant union determines the total daily and monthly workable hours.',
      'As they earn more seniority, flight attendants may have more control over their schedules. For example, some senior flight attendants may choose to live outside their home base and commute to work. Others may choose to work only on regional flights. On small corporate airlines, flight attendants may work on an as-needed basis.',
    );
    expect(page.fact('pathSummary')).toEqual({
      value: [
        'Flight attendants receive training from their employer and must be certified by the Federal Aviation Administration (FAA). Flight attendants typically need a high school diploma or the equivalent and work experience in customer service.',
        'Applicants must meet minimum age requirements, typically 18 or 21; be eligible to work in the United States; have a valid passport; and pass a background check and drug test. They must have vision that is correctable to at least 20/40 and often need to conform to height requirements set by the airline. Flight attendants also may have to pass a medical evaluation.',
        'Flight attendants should present a professional appearance, which may be defined by the employer.',
      ].join('\n\n'),
      line: 986,
    });
    expect(page.fact('educationDetails')?.line).toBe(990);
    expectParagraphs(
      page.value('educationDetails'),
      3,
      'A high school diploma is typically required to become a flight attendant. Some airlines may prefer to hire applicants who have taken some college courses or who have a college degree.',
      'Prospective attendants may enroll in flight attendant academies.',
    );
    expect(page.fact('experienceDetails')).toEqual({
      value: [
        'Flight attendants typically need 1 or 2 years of work experience in a service occupation before getting their first job as a flight attendant. This experience may include customer service positions in restaurants, hotels, or resorts. Experience in sales or in other positions that require close contact with the public and focus on service to customers also may help develop the skills needed to be a successful flight attendant.',
      ],
      line: 994,
    });
    expect(page.fact('trainingDetails')?.line).toBe(996);
    expectParagraphs(
      page.value('trainingDetails'),
      3,
      'After a flight attendant is hired, airlines provide initial training that typically lasts for several weeks or a few months. The training usually takes place at the airline’s flight training center and is required for FAA certification.',
      'Toward the end of the training, students go on practice flights. They must complete the training to keep a job with the airline. Once they have passed initial training, new flight attendants receive the FAA Certificate of Demonstrated Proficiency and continue to receive additional on-the-job training as required by their employer.',
    );
    expect(page.fact('licenseDetails')).toEqual({
      value: [
        'All flight attendants must be certified by the FAA. To become certified, flight attendants must complete their employer’s initial training program and pass an exam. Flight attendants are certified for specific types of aircraft and must take new training for each type of aircraft on which they are to work. In addition, attendants receive recurrent training every year to maintain their certification.',
      ],
      line: 1000,
    });
    expect(page.fact('advancement')).toEqual({
      value: [
        'Career advancement is based on seniority. On international flights, senior attendants frequently oversee the work of other attendants. Senior attendants may be promoted to management positions in which they are responsible for recruiting, instructing, and scheduling.',
      ],
      line: 1002,
    });
    expect(page.fact('skills')?.line).toBe(1005);
    expect(names(page.value('skills'))).toEqual(['Attentiveness', 'Communication skills', 'Customer-service skills', 'Decision-making skills', 'Physical stamina']);
    expect(page.value('skills')).toContainEqual({
      name: 'Attentiveness',
      description: 'Flight attendants must be aware of security or safety risks during the flight. They also must be attentive to passengers’ needs in order to ensure a pleasant travel experience.',
    });
  });

  it('similar occupations', () => {
    const value = page.value('similarOccupations');
    expect(page.fact('similarOccupations')?.line).toBe(1201);
    expect(Array.isArray(value) && value.map((s: { title: string }) => s.title)).toEqual([
      'Bartenders', 'Customer Service Representatives', 'EMTs and Paramedics', 'Food and Beverage Serving and Related Workers', 'Retail Sales Workers', 'Waiters and Waitresses',
    ]);
    expect(value).toContainEqual(similar(base, 'Bartenders', '/ooh/food-preparation-and-serving/bartenders.htm', 'Bartenders mix drinks and serve them directly to customers or through wait staff.', 'No formal educational credential', { amount: 33530 }));
  });
});

describe('announcers and DJs: per hour only, "See How to Become One", a decline, specialties with their own wages', () => {
  const page = readPage('announcers');
  const base = 'https://www.bls.gov/ooh/media-and-communication/announcers.htm';

  it('Quick Facts: an hourly median only; "See How to Become One" is no value (null); -2% (Decline); a negative change', () => {
    expect(page.fact('medianPay')).toEqual({ value: { year: 2024, hourly: yearly(21.69) }, line: 780 });
    expect(page.fact('entryEducation')).toEqual({ value: null, line: 787 });
    expect(page.fact('relatedExperience')).toEqual({ value: 'None', line: 791 });
    expect(page.fact('jobTraining')).toEqual({ value: null, line: 795 });
    expect(page.fact('employment')).toEqual({ value: { year: 2024, count: 39500 }, line: 799 });
    expect(page.fact('projectedGrowth')).toEqual({ value: { from: 2024, to: 2034, percent: -2, words: 'Decline' }, line: 803 });
    expect(page.fact('employmentChange')).toEqual({ value: { from: 2024, to: 2034, count: -700 }, line: 807 });
  });

  it('group, summary, pay (hourly chart; the wage sentences are the specialties\', so no percentiles of the family), outlook', () => {
    expect(page.fact('occupationGroup')).toEqual({ value: 'Media and Communication', line: 624 });
    expect(page.fact('summary')).toEqual({
      value: 'Announcers present news and sports or may interview guests on media such as radio and television. Disc jockeys (DJs) act as masters of ceremonies (emcees) or play recorded music at weddings, parties, or clubs.',
      line: 816,
    });
    expect(page.fact('groupMedianPay')).toEqual({ value: { year: 2024, period: 'hour', title: 'Arts, design, entertainment, sports, and media occupations', pay: yearly(28.91) }, line: 1054 });
    expect(page.fact('allOccupationsMedianPay')).toEqual({ value: { year: 2024, period: 'hour', title: 'Total, all occupations', pay: yearly(23.8) }, line: 1054 });
    expect(page.fact('wagePercentiles')).toBeUndefined();
    expect(page.fact('industryPay')).toBeUndefined();
    expect(page.fact('payDetails')).toEqual({
      value: ['Work schedules for announcers and DJs vary and may include early mornings, late nights, weekends, or holidays. Part-time work also may be common.'],
      line: 1123,
    });
    expect(page.fact('outlook')).toEqual({
      value: {
        direction: 'decline',
        sentence: 'Overall employment of announcers and DJs is projected to decline 2 percent from 2024 to 2034.',
        details: [
          'Despite declining employment, about 3,800 openings for announcers and DJs are projected each year, on average, over the decade. All of those openings are expected to result from the need to replace workers who transfer to other occupations or exit the labor force, such as to retire.',
          'Projected employment of announcers and DJs varies by occupation (see table).',
          'Continuing consolidation of radio and television stations is projected to limit employment growth of broadcast announcers and radio disc jockeys (DJs). In addition, more radio stations may opt to run without live DJs or with artificial intelligence (AI) DJs.',
          'DJs, with the exception of radio DJs, are expected to be in demand to play prerecorded music for live audiences at venues or events such as clubs, parties, and wedding receptions.',
        ],
      },
      line: 1158,
    });
    expect(page.fact('annualOpenings')).toEqual({ value: 3800, line: 1161 });
    // The family's row has no SOC code ("—"); its projected employment is read, its jobs and change come from the Quick Facts.
    expect(page.fact('socCode')).toBeUndefined();
    expect(page.fact('projectedEmployment')).toEqual({ value: { year: 2034, count: 38800 }, line: 1208 });
  });

  it('specialties: SOC codes, jobs, projections, employers, hourly medians, percentiles, industries', () => {
    expect(page.fact('specialties')).toEqual({
      value: [
        {
          title: 'Broadcast announcers and radio disc jockeys',
          socCode: '27-3011',
          employment: { year: 2024, count: 24100 },
          projectedEmployment: { year: 2034, count: 22800 },
          projectedGrowth: { from: 2024, to: 2034, percent: -6 },
          employmentChange: { from: 2024, to: 2034, count: -1300 },
          largestEmployers: [
            { employer: 'Radio broadcasting stations', percent: 55 },
            { employer: 'Performing arts, spectator sports, and related industries', percent: 5 },
            { employer: 'Educational services; state and local', percent: 5 },
            { employer: 'Television broadcasting stations', percent: 3 },
          ],
          medianPay: { amount: 21.96, bound: 'exact', period: 'hour', year: 2024 },
          wagePercentiles: { year: 2024, period: 'hour', low10: yearly(12.5), high10: yearly(63.36) },
          industryPay: {
            year: 2024,
            period: 'hour',
            industries: [
              { industry: 'Educational services; state and local', pay: yearly(30.02) },
              { industry: 'Television broadcasting stations', pay: yearly(29.06) },
              { industry: 'Performing arts, spectator sports, and related industries', pay: yearly(28.87) },
              { industry: 'Radio broadcasting stations', pay: yearly(18.95) },
            ],
          },
        },
        {
          title: 'Disc jockeys, except radio',
          socCode: '27-2091',
          employment: { year: 2024, count: 15400 },
          projectedEmployment: { year: 2034, count: 16000 },
          projectedGrowth: { from: 2024, to: 2034, percent: 4 },
          employmentChange: { from: 2024, to: 2034, count: 600 },
          largestEmployers: [
            { employer: 'Self-employed workers', percent: 47 },
            { employer: 'Performing arts, spectator sports, and related industries', percent: 22 },
            { employer: 'Food services and drinking places', percent: 15 },
            { employer: 'Amusement, gambling, and recreation industries', percent: 5 },
          ],
          medianPay: { amount: 20.59, bound: 'exact', period: 'hour', year: 2024 },
          wagePercentiles: { year: 2024, period: 'hour', low10: yearly(10.65), high10: yearly(95.5) },
          industryPay: {
            year: 2024,
            period: 'hour',
            industries: [
              { industry: 'Performing arts, spectator sports, and related industries', pay: yearly(33.25) },
              { industry: 'Food services and drinking places', pay: yearly(16.64) },
              { industry: 'Amusement, gambling, and recreation industries', pay: yearly(16.12) },
            ],
          },
        },
      ],
      line: 1229,
    });
  });

  it('prose', () => {
    expect(page.fact('duties')?.line).toBe(888);
    expectParagraphs(page.value('duties'), 8, 'Present music and information on radio or television shows or at venues', 'Make promotional appearances at public or private events');
    expect(page.fact('workDetails')?.line).toBe(885);
    expectParagraphs(
      page.value('workDetails'),
      10,
      'Announcers present news and sports or may interview guests on media such as radio and television. Disc jockeys (DJs) act as masters of ceremonies (emcees) or play recorded music at weddings, parties, or clubs.',
      'Party DJs are hired to provide music and commentary at an event, such as a wedding, a birthday party, or a corporate party.',
    );
    // The employers sentences introduce the specialties' tables: neither is a paragraph of the work environment.
    expect(page.fact('workEnvironment')).toEqual({
      value: [
        'Broadcast announcers and radio DJs usually work in well-lit, temperature-controlled, soundproof studios. Some radio DJs produce and record their shows while working from home.',
        'DJs, except radio work in a variety of settings, either indoors or outdoors or both. They travel to the location of the event they are hosting.',
        'The pressure of deadlines and tight work schedules may be stressful.',
      ],
      line: 987,
    });
    expect(page.fact('workSchedules')).toEqual({
      value: ['Work schedules for announcers and DJs vary and may include early mornings, late nights, weekends, or holidays. Part-time work also may be common.'],
      line: 991,
    });
    expect(page.fact('pathSummary')).toEqual({
      value: 'Entry requirements for announcers and DJs vary. Broadcast announcers and radio DJs typically need a bachelor’s degree in journalism, broadcasting, or communications; experience gained from internships or working at a school radio or television station is helpful. Other types of DJs typically need a high school diploma and some on-the-job training.',
      line: 1016,
    });
    expect(page.fact('educationDetails')?.line).toBe(1018);
    expectParagraphs(
      page.value('educationDetails'),
      2,
      'Broadcast announcers and radio DJs typically need a bachelor’s degree in communications, broadcasting, or journalism. However, some jobs may be available for workers who have a high school diploma or equivalent. DJs, except radio typically need a high school diploma and some on-the-job training.',
      'Employers may prefer to hire candidates who have hands-on skills or knowledge. High school and college students interested in a career as an announcer or DJ may benefit from taking speech classes and participating in opportunities to practice public speaking. These may include making announcements on their school’s public address system, working at their school’s radio or television station, or serving as an emcee at events. Internships also may be available, although they are often limited to college students.',
    );
    expect(page.fact('trainingDetails')).toEqual({
      value: ['Radio and television announcers whose highest level of education is a high school diploma or equivalent also may need some short-term on-the-job training to learn how to operate audio and production equipment.'],
      line: 1021,
    });
    expect(page.fact('advancement')?.line).toBe(1023);
    expectParagraphs(
      page.value('advancement'),
      2,
      'Because radio and television stations in small markets have limited staff, advancement within the same small-market station is unlikely. Rather, many broadcast announcers and radio DJs advance by relocating to a large-market station. These larger markets often offer higher pay and more responsibility and challenges than do small markets.',
      "When making hiring decisions, large-market stations rely on workers' personalities and past performance. Broadcast announcers and radio DJs need to have proven that they can attract, engage, and keep the attention of a sizeable audience.",
    );
    expect(page.fact('skills')?.line).toBe(1027);
    expect(names(page.value('skills'))).toEqual(['Business skills', 'Computer skills', 'Interpersonal skills', 'Persistence', 'Research skills', 'Speaking skills', 'Writing skills']);
  });

  it('similar occupations: "The annual wage is not available." is null, "See How to Become One" is no education', () => {
    const value = page.value('similarOccupations');
    expect(page.fact('similarOccupations')?.line).toBe(1305);
    expect(value).toEqual([
      similar(base, 'Actors', '/ooh/entertainment-and-sports/actors.htm', 'Actors express ideas and portray characters in theater, film, television, and other performing arts media.', 'Some college, no degree', null),
      similar(
        base,
        'Broadcast, Sound, and Video Technicians',
        '/ooh/media-and-communication/broadcast-and-sound-engineering-technicians.htm',
        'Broadcast, sound, and video technicians set up, operate, and maintain the electrical equipment for media programs.',
        null,
        { amount: 56600 },
      ),
      similar(base, 'Musicians and Singers', '/ooh/entertainment-and-sports/musicians-and-singers.htm', 'Musicians and singers play instruments or sing for live audiences and in recording studios.', 'No formal educational credential', null),
      similar(
        base,
        'News Analysts, Reporters, and Journalists',
        '/ooh/media-and-communication/reporters-correspondents-and-broadcast-news-analysts.htm',
        'News analysts, reporters, and journalists keep the public updated about current events and noteworthy information.',
        "Bachelor's degree",
        { amount: 60280 },
      ),
      similar(base, 'Producers and Directors', '/ooh/entertainment-and-sports/producers-and-directors.htm', 'Producers and directors make business and creative decisions about film, television, stage, and other productions.', "Bachelor's degree", { amount: 83480 }),
      similar(base, 'Writers and Authors', '/ooh/media-and-communication/writers-and-authors.htm', 'Writers and authors develop written content for various types of media.', "Bachelor's degree", { amount: 72270 }),
    ]);
  });
});

describe('police and detectives: a family page, its own wage sentence and its specialties', () => {
  const page = readPage('police-and-detectives');
  const base = 'https://www.bls.gov/ooh/protective-service/police-and-detectives.htm';

  it('Quick Facts: both pay forms, two "See How to Become One" (null)', () => {
    expect(page.fact('medianPay')).toEqual({ value: { year: 2024, yearly: yearly(77270), hourly: yearly(37.15) }, line: 780 });
    expect(page.fact('entryEducation')).toEqual({ value: null, line: 787 });
    expect(page.fact('relatedExperience')).toEqual({ value: null, line: 791 });
    expect(page.fact('jobTraining')).toEqual({ value: 'Moderate-term on-the-job training', line: 795 });
    expect(page.fact('employment')).toEqual({ value: { year: 2024, count: 826800 }, line: 799 });
    expect(page.fact('projectedGrowth')).toEqual({ value: { from: 2024, to: 2034, percent: 3, words: 'As fast as average' }, line: 803 });
    expect(page.fact('employmentChange')).toEqual({ value: { from: 2024, to: 2034, count: 20900 }, line: 807 });
  });

  it('specialties: SOC codes, jobs and projections from the table, medians from the specialties\' wage table', () => {
    expect(page.fact('specialties')).toEqual({
      value: [
        specialty('Detectives and criminal investigators', '33-3021', 117900, 117100, -1, -800, yearly(93580)),
        specialty('Fish and game wardens', '33-3031', 7000, 6600, -6, -400, yearly(68180)),
        specialty("Police and sheriff's patrol officers", '33-3051', 698800, 720800, 3, 22000, yearly(76290)),
        specialty('Transit and railroad police', '33-3052', 3100, 3200, 3, 100, yearly(82320)),
      ],
      line: 1227,
    });
    // The family's own row: no SOC code ("—"), its projected employment.
    expect(page.fact('socCode')).toBeUndefined();
    expect(page.fact('projectedEmployment')).toEqual({ value: { year: 2034, count: 847700 }, line: 1206 });
  });

  it('pay: the family\'s own wage sentence gives its percentiles', () => {
    expect(page.fact('groupMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Law enforcement workers', pay: yearly(70530) }, line: 1057 });
    expect(page.fact('allOccupationsMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Total, all occupations', pay: yearly(49500) }, line: 1057 });
    expect(page.fact('wagePercentiles')).toEqual({ value: { year: 2024, period: 'year', low10: yearly(48230), high10: yearly(120460) }, line: 1063 });
    expect(page.fact('industryPay')).toEqual({
      value: {
        year: 2024,
        period: 'year',
        industries: [
          { industry: 'Government, excluding state and local education and hospitals', pay: yearly(77540) },
          { industry: 'Educational services; state, local, and private', pay: yearly(64430) },
        ],
      },
      line: 1101,
    });
    expect(page.fact('payDetails')).toEqual({
      value: [
        'Most police and detectives work full time. Paid overtime is common, and shift work is necessary to protect the public at all times.',
        'Many law enforcement agencies provide officers with an allowance for uniforms, as well as extensive benefits and the option to retire at an age that is younger than the typical retirement age. Some police departments offer additional pay for bilingual officers or those with college degrees.',
      ],
      line: 1120,
    });
  });

  it('group, summary, outlook', () => {
    expect(page.fact('occupationGroup')).toEqual({ value: 'Protective Service', line: 624 });
    expect(page.fact('summary')).toEqual({ value: 'Police officers protect lives and property. Detectives and criminal investigators gather facts and collect evidence of possible crimes.', line: 816 });
    expect(page.fact('outlook')).toEqual({
      value: {
        direction: 'grow',
        sentence: 'Overall employment of police and detectives is projected to grow 3 percent from 2024 to 2034, about as fast as the average for all occupations.',
        details: [
          `About 62,200 openings for police and detectives are projected each year, on average, over the decade. ${OPENINGS_TAIL}`,
          'Projected employment of police and detectives varies by occupation (see table).',
          'A desire for public safety may result in a need for more officers. However, demand for employment is expected to vary by location, driven largely by local and state budgets. Even when crime rates fall, demand for police services to maintain public safety is expected to continue.',
        ],
      },
      line: 1157,
    });
    expect(page.fact('annualOpenings')).toEqual({ value: 62200, line: 1160 });
  });

  it('prose: the specialties\' jobs table and the employers table are no paragraphs', () => {
    expect(page.fact('duties')?.line).toBe(888);
    expectParagraphs(page.value('duties'), 10, 'Respond to emergency and nonemergency calls', 'Prepare cases for legal proceedings and testify in court');
    expect(page.fact('workDetails')?.line).toBe(885);
    expectParagraphs(
      page.value('workDetails'),
      9,
      'Police officers protect lives and property. Detectives and criminal investigators, who are sometimes called agents or special agents, gather facts and collect evidence of crimes.',
      'Transit and railroad police patrol train yards and transportation hubs, such as subway stations. They protect property, employees, and passengers from crimes such as thefts and robberies. They remove trespassers from railroad and transit properties and check IDs of people who try to enter secure areas.',
    );
    expect(page.fact('largestEmployers')).toEqual({
      value: [
        { employer: 'Government, excluding state and local education and hospitals', percent: 96 },
        { employer: 'Educational services; state, local, and private', percent: 4 },
      ],
      line: 963,
    });
    expect(page.fact('workEnvironment')?.line).toBe(978);
    expectParagraphs(
      page.value('workEnvironment'),
      3,
      'Police and detective work can be physically demanding, stressful, and dangerous. Officers must be alert and ready to react throughout their entire shift. Officers regularly work at crime and accident scenes and encounter suffering and the results of violence. Although a career in law enforcement may be stressful, many officers find it rewarding to help members of their communities.',
      "Police and sheriff's patrol officers and transit and railroad police have some of the highest rates of injuries and illnesses of all occupations. They may face physical injuries during conflicts with criminals and other high-risk situations.",
    );
    expect(page.fact('workSchedules')).toEqual({
      value: [
        'Most police and detectives work full time. Paid overtime is common, and shift work is necessary to protect the public at all times.',
        'FBI special agents must work at least 50 hours a week and are on call 24 hours a day, 7 days a week.',
      ],
      line: 983,
    });
    expect(page.fact('pathSummary')).toEqual({
      value: 'The education typically required to enter the occupation ranges from a high school diploma to a college degree. Most police and detectives must graduate from their agency’s training academy before completing a period of on-the-job training. Other requirements vary, but candidates usually must be at least 21 years old and able to meet rigorous physical and personal qualifications. A felony conviction or drug use may disqualify a candidate.',
      line: 1009,
    });
    expect(page.fact('educationDetails')?.line).toBe(1011);
    expectParagraphs(
      page.value('educationDetails'),
      4,
      'Police and detective applicants must have at least a high school diploma or equivalent, although some federal agencies and police departments may require that applicants have completed college coursework or a college degree. Many community colleges and 4-year colleges and universities offer programs in law enforcement and criminal justice. Knowledge of a foreign language is an asset in many federal agencies and geographical regions.',
      'Many applicants for entry-level police jobs have completed some college coursework, and a significant number are college graduates. Common fields of degree include security and protective service and social science.',
    );
    expect(page.fact('trainingDetails')?.line).toBe(1016);
    expectParagraphs(
      page.value('trainingDetails'),
      2,
      'Candidates for law enforcement appointment usually attend a training academy before becoming an officer. Training includes classroom instruction in state and local laws and constitutional law, civil rights, and police ethics. Recruits also receive training and supervised experience in subjects such as patrol, traffic control, firearm use, self-defense, first aid, and emergency response.',
      'Federal law enforcement agents undergo extensive training, usually at the U.S. Marine Corps base in Quantico, Virginia, or at a Federal Law Enforcement Training Center.',
    );
    // "Work Experience in a Related Occupation" and "Other Experience" are both experience.
    expect(page.fact('experienceDetails')?.line).toBe(1019);
    expectParagraphs(
      page.value('experienceDetails'),
      5,
      'Because they need experience in law enforcement, detectives typically begin their careers as police officers.',
      'Most states and local jurisdictions require candidates to be U.S. citizens, but some do not. Federal officers must be U.S. citizens.',
    );
    expect(page.fact('advancement')?.line).toBe(1026);
    expectParagraphs(
      page.value('advancement'),
      2,
      'Police officers usually become eligible for promotion after a probationary period. Promotions to corporal, sergeant, lieutenant, and captain usually are made according to scores on a written examination and on-the-job performance. In large departments, an officer may be promoted to detective or to specialize in one type of police work, such as working with juveniles.',
      'Along with exam and performance scores, a bachelor’s degree may be required for advancement to positions of lieutenant or higher rank.',
    );
    expect(page.fact('skills')?.line).toBe(1030);
    expect(names(page.value('skills'))).toEqual(['Communication skills', 'Empathy', 'Good judgment', 'Leadership skills', 'Perceptiveness', 'Physical stamina', 'Physical strength']);
  });

  it('similar occupations', () => {
    const value = page.value('similarOccupations');
    expect(page.fact('similarOccupations')?.line).toBe(1345);
    expect(Array.isArray(value) && value.map((s: { title: string }) => s.title)).toEqual([
      'Correctional Officers and Bailiffs', 'Emergency Management Directors', 'EMTs and Paramedics', 'Fire Inspectors', 'Firefighters',
      'Forensic Science Technicians', 'Private Detectives and Investigators', 'Probation Officers and Correctional Treatment Specialists', 'Security Guards and Gambling Surveillance Officers',
    ]);
    expect(value).toContainEqual(
      similar(
        base,
        'Fire Inspectors',
        '/ooh/protective-service/fire-inspectors-and-investigators.htm',
        'Fire inspectors detect fire hazards, recommend prevention measures, ensure compliance with state and local fire regulations, and investigate causes of fires.',
        null,
        { amount: 75480 },
      ),
    );
  });
});

describe('dentists: top-coded wages ("$239,200 or more", "equal to or greater than $239,200") are lower bounds', () => {
  const page = readPage('dentists');
  const base = 'https://www.bls.gov/ooh/healthcare/dentists.htm';

  it('Quick Facts', () => {
    expect(page.fact('medianPay')).toEqual({ value: { year: 2024, yearly: yearly(179210), hourly: yearly(86.16) }, line: 780 });
    expect(page.fact('entryEducation')).toEqual({ value: 'Doctoral or professional degree', line: 787 });
    expect(page.fact('relatedExperience')).toEqual({ value: 'None', line: 791 });
    expect(page.fact('jobTraining')).toEqual({ value: null, line: 795 });
    expect(page.fact('employment')).toEqual({ value: { year: 2024, count: 149300 }, line: 799 });
    expect(page.fact('projectedGrowth')).toEqual({ value: { from: 2024, to: 2034, percent: 4, words: 'As fast as average' }, line: 803 });
    expect(page.fact('employmentChange')).toEqual({ value: { from: 2024, to: 2034, count: 5900 }, line: 807 });
  });

  it('specialties: "$239,200 or more" and "239,200 or more" are at least $239,200, not $239,200 (and none is dropped)', () => {
    expect(page.fact('specialties')).toEqual({
      value: [
        specialty('Dentists, general', '29-1021', 129800, 135200, 4, 5400, yearly(172790)),
        specialty('Oral and maxillofacial surgeons', '29-1022', 6100, 6400, 4, 300, yearly(239200, 'at-least')),
        specialty('Orthodontists', '29-1023', 5900, 6200, 4, 300, yearly(239200, 'at-least')),
        specialty('Prosthodontists', '29-1024', 900, 900, 4, 0, yearly(239200, 'at-least')),
        specialty('Dentists, all other specialists', '29-1029', 6600, 6600, 0, 0, yearly(225770)),
      ],
      line: 1253,
    });
    expect(page.fact('socCode')).toEqual({ value: '29-1020', line: 1232 });
    expect(page.fact('projectedEmployment')).toEqual({ value: { year: 2034, count: 155200 }, line: 1232 });
  });

  it('pay', () => {
    expect(page.fact('groupMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Healthcare diagnosing or treating practitioners', pay: yearly(101370) }, line: 1067 });
    expect(page.fact('allOccupationsMedianPay')).toEqual({ value: { year: 2024, period: 'year', title: 'Total, all occupations', pay: yearly(49500) }, line: 1067 });
    // "earned more than $239,200": the page states the 90th percentile so, as for every occupation.
    expect(page.fact('wagePercentiles')).toEqual({ value: { year: 2024, period: 'year', low10: yearly(84740), high10: yearly(239200) }, line: 1073 });
    expect(page.fact('industryPay')).toEqual({
      value: {
        year: 2024,
        period: 'year',
        industries: [
          { industry: 'Government, excluding state and local education and hospitals', pay: yearly(213210) },
          { industry: 'Offices of physicians', pay: yearly(180120) },
          { industry: 'Outpatient care centers', pay: yearly(179460) },
          { industry: 'Offices of dentists', pay: yearly(178300) },
        ],
      },
      line: 1117,
    });
    expect(page.fact('payDetails')).toEqual({
      value: [
        'Wages vary with the dentist’s location, number of hours worked, specialty, and number of years in practice.',
        'Dentists’ work schedules vary. Some work evenings and weekends to meet their patients’ needs. Many dentists work less than 40 hours a week, although some may work considerably more.',
      ],
      line: 1148,
    });
  });

  it('group, summary, outlook, prose', () => {
    expect(page.fact('occupationGroup')).toEqual({ value: 'Healthcare', line: 624 });
    expect(page.fact('summary')).toEqual({ value: 'Dentists diagnose and treat problems with patients’ teeth, gums, and related parts of the mouth.', line: 816 });
    expect(page.fact('outlook')).toEqual({
      value: {
        direction: 'grow',
        sentence: 'Overall employment of dentists is projected to grow 4 percent from 2024 to 2034, about as fast as the average for all occupations.',
        details: [
          `About 4,500 openings for dentists are projected each year, on average, over the decade. ${OPENINGS_TAIL}`,
          'Demand for dentists is expected to increase as larger numbers of older people require dental services. Because each generation is more likely to keep their teeth than the previous generation, more dental care is expected to be needed in the years to come. In addition, dentists will be needed to treat dentofacial injuries and other conditions as well as to perform restorative procedures to treat complications from oral disease, such as gum disease and oral cancer. The growing popularity of cosmetic dentistry also is expected to support demand for dentists.',
        ],
      },
      line: 1184,
    });
    expect(page.fact('annualOpenings')).toEqual({ value: 4500, line: 1187 });
    expect(page.fact('duties')?.line).toBe(888);
    expectParagraphs(page.value('duties'), 8, 'Remove decay from teeth and fill cavities', 'Teach patients about diets, flossing, the use of fluoride, and other aspects of dental care');
    expect(page.fact('workDetails')?.line).toBe(885);
    expectParagraphs(
      page.value('workDetails'),
      14,
      'Dentists diagnose and treat problems with patients’ teeth, gums, and related parts of the mouth. They provide advice and instruction on taking care of the teeth and gums and on diet choices that affect oral health.',
      'Dentists also may do research. Or, they may teach part time, including supervising students in dental school clinics. For more information, see the profiles on medical scientists and postsecondary teachers.',
    );
    expect(page.fact('largestEmployers')).toEqual({
      value: [
        { employer: 'Offices of dentists', percent: 78 },
        { employer: 'Self-employed workers', percent: 12 },
        { employer: 'Government, excluding state and local education and hospitals', percent: 3 },
        { employer: 'Offices of physicians', percent: 3 },
        { employer: 'Outpatient care centers', percent: 2 },
      ],
      line: 970,
    });
    expect(page.fact('workEnvironment')).toEqual({
      value: [
        'Some dentists have their own business and work alone or with a small staff. Other dentists have partners in their practice. Still others work as associate dentists for established dental practices.',
        'Dentists wear masks, gloves, and safety glasses to protect themselves and their patients from infectious diseases.',
      ],
      line: 997,
    });
    expect(page.fact('workSchedules')).toEqual({
      value: ['Dentists’ work schedules vary. Some work evenings and weekends to meet their patients’ needs. Many dentists work less than 40 hours a week, although some work considerably more.'],
      line: 1000,
    });
    expect(page.fact('pathSummary')).toEqual({
      value: 'Dentists must be licensed in the state in which they work. Licensure requirements vary by state, although candidates usually must have a Doctor of Dental Surgery (DDS) or Doctor of Medicine in Dentistry/Doctor of Dental Medicine (DMD) degree from an accredited dental program and pass written and clinical exams. Dentists who practice in a specialty area must complete postdoctoral training.',
      line: 1025,
    });
    expect(page.fact('educationDetails')?.line).toBe(1027);
    expectParagraphs(
      page.value('educationDetails'),
      4,
      "Dentists typically need a DDS or DMD degree from an accredited dental program. Most programs require that applicants have at least a bachelor’s degree and have completed certain science courses, such as biology or chemistry. Although no specific undergraduate major is required, programs may prefer applicants who have a bachelor's degree in a science, such as biology.",
      'As early as high school, students interested in becoming dentists can take courses in subjects such as biology, chemistry, and math.',
    );
    expect(page.fact('trainingDetails')?.line).toBe(1032);
    expectParagraphs(
      page.value('trainingDetails'),
      3,
      'All dental specialties require dentists to complete additional training before practicing that specialty. This training is usually a 2- to 4-year residency in an accredited program related to the specialty, which often culminates in a postdoctoral certificate or master’s degree. Oral and maxillofacial surgery programs typically take 4 to 6 years and may result in candidates earning a joint Medical Doctor (M.D.) degree.',
      'Dentists who want to teach or do research full time may need advanced dental training, such as in a postdoctoral program in general dentistry.',
    );
    expect(page.fact('licenseDetails')?.line).toBe(1036);
    expectParagraphs(
      page.value('licenseDetails'),
      2,
      'Dentists must be licensed in the state in which they work. All states require dentists to be licensed; requirements vary by state. Most states require a dentist to have a DDS or DMD degree from an accredited dental program, pass the written exam, and pass a state or regional clinical examination.',
      'In addition, a dentist who wants to practice in a dental specialty must have a license in that specialty. Licensure requires the completion of a residency after dental school and, in some cases, the completion of a special state exam. Information on state licensing board requirements is available from CareerOneStop.',
    );
    expect(page.fact('skills')?.line).toBe(1040);
    expect(names(page.value('skills'))).toEqual(['Communication skills', 'Detail oriented', 'Dexterity', 'Leadership skills', 'Organizational skills', 'Patience', 'Problem-solving skills']);
  });

  it('similar occupations: "This wage is equal to or greater than $239,200 per year." is at least $239,200', () => {
    const value = page.value('similarOccupations');
    expect(page.fact('similarOccupations')?.line).toBe(1392);
    expect(Array.isArray(value) && value.map((s: { title: string }) => s.title)).toEqual([
      'Chiropractors', 'Dental and Ophthalmic Laboratory Technicians and Medical Appliance Technicians', 'Dental Assistants', 'Dental Hygienists',
      'Medical Scientists', 'Optometrists', 'Physicians and Surgeons', 'Podiatrists', 'Veterinarians',
    ]);
    expect(value).toContainEqual(
      similar(
        base,
        'Physicians and Surgeons',
        '/ooh/healthcare/physicians-and-surgeons.htm',
        'Physicians and surgeons diagnose and treat injuries or illnesses and address health maintenance.',
        'Doctoral or professional degree',
        { amount: 239200, bound: 'at-least' },
      ),
    );
    expect(value).toContainEqual(
      similar(base, 'Veterinarians', '/ooh/healthcare/veterinarians.htm', 'Veterinarians care for the health of animals and work to protect public health.', 'Doctoral or professional degree', { amount: 125510 }),
    );
  });
});

describe('important qualities whose bold name leaves its period outside, or is wrapped in a <span>', () => {
  it('read the description without a leading "."', () => {
    // <p><em><strong>Leadership skills</strong></em><strong>.</strong>&nbsp;Entertainment and recreation managers direct…
    expect(readPage('entertainment-and-recreation-managers').value('skills')).toContainEqual({
      name: 'Leadership skills',
      description: 'Entertainment and recreation managers direct workers and oversee facilities. They must be able to motivate staff and be decisive in handling operations.',
    });
    // <p><span><em><strong>Detail oriented.</strong></em></span>&nbsp;Fundraisers&nbsp;deal with…
    expect(readPage('fundraisers').value('skills')).toContainEqual({
      name: 'Detail oriented',
      description:
        'Fundraisers deal with large volumes of data, including lists of people’s names and phone numbers, and must comply with state and federal regulations. Failing to do so may result in penalties.',
    });
  });
});
