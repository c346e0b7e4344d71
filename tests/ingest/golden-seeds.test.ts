/**
 * Golden tests: every value extracted from each of the five real seed pages,
 * written out from the pages themselves. Full equality, so a value that goes
 * missing, lands on the wrong occupation or appears from nowhere fails.
 */
import { describe, expect, it } from 'vitest';
import { factsByTitle, parseSeed, SEED_FILES, seedLine } from '../helpers/seeds';

const race = (black: number, unknown: number, hispanic: number, asian: number, white: number, native: number) => [
  { group: 'Black or African American', percent: black },
  { group: 'Unknown', percent: unknown },
  { group: 'Hispanic or Latino', percent: hispanic },
  { group: 'Asian', percent: asian },
  { group: 'White', percent: white },
  { group: 'American Indian and Alaska Native', percent: native },
];

const bachelors = (percent: number) => ({ level: "Bachelor's Degree", percent });

/** Customer Service Specialist reads the same on pages 000, 003 and 004. */
const customerServiceSpecialist = (file: string, descriptionLine: number) => ({
  averageSalary: 33238,
  hourlyRate: 15.98,
  growthRate: -4,
  numberOfJobs: 223323,
  jobSatisfaction: 4,
  mostCommonDegree: bachelors(43),
  averageAge: 40,
  yearsOfExperience: 12,
  salaryRange: { min: 26000, max: 42000 },
  highestPayingCity: 'Boston, MA',
  highestPayingState: 'Massachusetts',
  bestPayingCompany: 'Dell',
  bestPayingIndustry: 'Finance',
  mostCommonMajor: 'Business',
  mostCommonCollege: null,
  genderSplit: { male: 32.0, female: 68.0 },
  raceRatio: race(11.6, 5.4, 20.0, 6.8, 55.6, 0.7),
  lgbtPercentage: 7,
  timeToBecome: { min: 6, max: 12, unit: 'months' },
  topSkills: ['customer service', 'strong customer service', 'cleanliness'],
  description: seedLine(file, descriptionLine),
});

/** Order Processing Specialist reads the same on pages 000 and 001. */
const orderProcessingSpecialist = (file: string) => ({
  averageSalary: 37540,
  hourlyRate: 18.05,
  growthRate: null,
  numberOfJobs: 46043,
  jobSatisfaction: null,
  mostCommonDegree: bachelors(39),
  averageAge: 43,
  yearsOfExperience: 2,
  salaryRange: { min: 26000, max: 52000 },
  highestPayingCity: 'Mahwah, NJ',
  highestPayingState: 'Rhode Island',
  bestPayingCompany: 'Schneider Electric Industrial Services',
  bestPayingIndustry: 'Health Care',
  mostCommonMajor: 'Business',
  mostCommonCollege: null,
  genderSplit: { male: 29.7, female: 70.3 },
  raceRatio: race(9.5, 4.3, 15.5, 5.9, 63.9, 0.9),
  lgbtPercentage: 6,
  timeToBecome: { min: 1, max: 2, unit: 'years' },
  topSkills: ['customer service', 'data entry', 'purchase orders'],
  description: seedLine(file, 18),
});

describe('pair page 000: Order Processing Specialist vs Customer Service Specialist', () => {
  const file = SEED_FILES.orderVsCustomerService;
  const parse = parseSeed(file);

  it('is recognised as a comparison page of the two header titles', () => {
    expect(parse.format).toBe('pair-page');
    expect(parse.titles).toEqual(['Order Processing Specialist', 'Customer Service Specialist']);
  });

  it('extracts every value for each occupation', () => {
    expect(factsByTitle(parse)).toEqual({
      'Order Processing Specialist': orderProcessingSpecialist(file),
      'Customer Service Specialist': customerServiceSpecialist(file, 19),
    });
  });

  it('recognises every line: nothing unrecognised, no diagnostics, not truncated', () => {
    expect(parse.unrecognised).toEqual([]);
    expect(parse.diagnostics).toEqual([]);
    expect(parse.truncatedAt).toBeUndefined();
  });

  it('records the file line of each fact', () => {
    const salaryLines = parse.observations
      .filter((o) => o.title === 'Customer Service Specialist' && o.field === 'averageSalary')
      .map((o) => o.line);
    // intro sentence, "Yearly salary" row, "Average salary" row
    expect(salaryLines.sort((a, b) => a - b)).toEqual([7, 10, 22]);
  });
});

describe('pair page 001: Order Processing Specialist vs Customer Relations Specialist', () => {
  const file = SEED_FILES.orderVsCustomerRelations;
  const parse = parseSeed(file);

  it('extracts every value, matching the salary sentence by title although it names the second occupation first', () => {
    expect(parse.titles).toEqual(['Order Processing Specialist', 'Customer Relations Specialist']);
    expect(factsByTitle(parse)).toEqual({
      'Order Processing Specialist': orderProcessingSpecialist(file),
      'Customer Relations Specialist': {
        averageSalary: 37827,
        hourlyRate: 18.19,
        growthRate: -4,
        numberOfJobs: 215862,
        jobSatisfaction: null,
        mostCommonDegree: bachelors(52),
        averageAge: 40,
        yearsOfExperience: 12,
        salaryRange: { min: 27000, max: 52000 },
        highestPayingCity: 'Columbia, MD',
        highestPayingState: 'Massachusetts',
        bestPayingCompany: 'Deloitte',
        bestPayingIndustry: 'Automotive',
        mostCommonMajor: 'Business',
        mostCommonCollege: null,
        genderSplit: { male: 31.8, female: 68.2 },
        raceRatio: race(11.7, 5.3, 19.5, 7.5, 55.5, 0.7),
        lgbtPercentage: 7,
        timeToBecome: { min: 6, max: 12, unit: 'months' },
        topSkills: ['customer relations', 'data entry', 'work ethic'],
        description: seedLine(file, 19),
      },
    });
    expect(parse.unrecognised).toEqual([]);
    expect(parse.diagnostics).toEqual([]);
  });
});

describe('pair page 003: Lead Customer Service Representative vs Customer Service Specialist', () => {
  const file = SEED_FILES.leadVsCustomerService;
  const parse = parseSeed(file);

  it('extracts every value, including the shared "takes 6-12 months to become both" sentence', () => {
    expect(factsByTitle(parse)).toEqual({
      'Lead Customer Service Representative': {
        averageSalary: 36097,
        hourlyRate: 17.35,
        growthRate: -4,
        numberOfJobs: 192052,
        jobSatisfaction: null,
        mostCommonDegree: bachelors(33),
        averageAge: 40,
        yearsOfExperience: 12,
        salaryRange: { min: 22000, max: 58000 },
        highestPayingCity: 'Goldsboro, NC',
        highestPayingState: 'New York',
        bestPayingCompany: 'IBM',
        bestPayingIndustry: 'Insurance',
        mostCommonMajor: 'Business',
        mostCommonCollege: null,
        genderSplit: { male: 32.1, female: 67.9 },
        raceRatio: race(11.8, 5.4, 21.2, 6.3, 54.6, 0.7),
        lgbtPercentage: 7,
        timeToBecome: { min: 6, max: 12, unit: 'months' },
        topSkills: ['cleanliness', 'cash handling', 'inventory control'],
        description: seedLine(file, 18),
      },
      'Customer Service Specialist': customerServiceSpecialist(file, 19),
    });
    expect(parse.unrecognised).toEqual([]);
    expect(parse.diagnostics).toEqual([]);
  });
});

describe('pair page 004: Collections, Customer Service vs Customer Service Specialist', () => {
  const file = SEED_FILES.collectionsVsCustomerService;
  const parse = parseSeed(file);

  it('names the occupation by its header title, with the comma, not the mis-pluralised prose form', () => {
    expect(parse.titles).toEqual(['Collections, Customer Service', 'Customer Service Specialist']);
  });

  it('extracts every value, matching "collections, customer service" in the prose to its header', () => {
    expect(factsByTitle(parse)).toEqual({
      'Collections, Customer Service': {
        averageSalary: 32870,
        hourlyRate: 15.8,
        growthRate: -8,
        numberOfJobs: 161544,
        jobSatisfaction: null,
        mostCommonDegree: { level: 'High School Diploma', percent: 33 },
        averageAge: 46,
        yearsOfExperience: 12,
        salaryRange: { min: 27000, max: 39000 },
        highestPayingCity: 'Danvers, MA',
        highestPayingState: 'Virginia',
        bestPayingCompany: 'University of California',
        bestPayingIndustry: 'Automotive',
        mostCommonMajor: 'Business',
        mostCommonCollege: null,
        genderSplit: { male: 29.3, female: 70.7 },
        raceRatio: race(11.4, 4.2, 20.3, 3.8, 59.8, 0.5),
        lgbtPercentage: 8,
        timeToBecome: { min: 6, max: 12, unit: 'months' },
        topSkills: ['strong customer service', 'customer service', 'payment arrangements'],
        description: seedLine(file, 18),
      },
      'Customer Service Specialist': customerServiceSpecialist(file, 19),
    });
    expect(parse.unrecognised).toEqual([]);
    expect(parse.diagnostics).toEqual([]);
  });

  it('gives the "collections agent" paragraph to Collections, Customer Service', () => {
    const facts = factsByTitle(parse);
    expect(facts['Collections, Customer Service']?.description).toMatch(/^A collections customer service or collections agent/);
    expect(facts['Customer Service Specialist']?.description).toMatch(/^Customer service specialists are employees/);
  });
});

describe('career article 002: What Does an Order Processor Do?', () => {
  const file = SEED_FILES.orderProcessorArticle;
  const parse = parseSeed(file);
  const facts = factsByTitle(parse)['Order Processor'];

  it('is recognised as an article about one occupation', () => {
    expect(parse.format).toBe('career-article');
    expect(parse.titles).toEqual(['Order Processor']);
  });

  it('extracts the summary, without the stock subtitle', () => {
    expect(facts?.summary).toBe(seedLine(file, 7));
    expect(String(facts?.summary)).not.toMatch(/^Find out what/);
  });

  it('extracts all eight duties', () => {
    expect(facts?.duties).toEqual([
      'Review and verify customer orders for accuracy, including product specifications, pricing, and delivery details.',
      'Enter order data into the company’s computer system, ensuring all information is accurate and complete for processing.',
      'Coordinate with inventory management to check product availability, and if necessary, communicate any stock issues or delays to customers.',
      'Generate invoices and shipping documents, such as packing slips and labels, to prepare orders for dispatch.',
      'Liaise with shipping and logistics departments to schedule pickups and deliveries, ensuring orders are shipped in a timely manner.',
      'Process returns and exchanges, including updating inventory records and issuing refunds or credits according to company policies.',
      'Handle customer inquiries related to their orders, providing updates on order status, shipping information, and resolving any issues or discrepancies.',
      'Perform end-of-day reconciliation tasks, including verifying that all orders have been correctly processed and addressing any discrepancies.',
    ]);
  });

  it('extracts median and top 10% pay, yearly and hourly', () => {
    expect(facts?.medianSalary).toEqual({ yearly: 41475, hourly: 19.94 });
    expect(facts?.top10Salary).toEqual({ yearly: 60500, hourly: 29.09 });
    expect(facts?.salaryFactors).toBe(seedLine(file, 22));
  });

  it('extracts the outlook: direction, its sentence and the explanation', () => {
    expect(facts?.outlook).toEqual({
      direction: 'decline',
      sentence: 'The employment of order processors is expected to decline over the next decade.',
      details: [seedLine(file, 29)],
    });
  });

  it('extracts the requirements', () => {
    expect(facts?.educationRequirement).toBe(seedLine(file, 33).replace(/^Education: /, ''));
    expect(facts?.experienceRequirement).toBe(seedLine(file, 35).replace(/^Experience: /, ''));
    expect(facts?.certificationRequirement).toBe(
      'No specific certifications or licenses are typically required for the job of an Order Processor.',
    );
  });

  it('extracts the six skills with their descriptions', () => {
    const skills = facts?.skills;
    expect(Array.isArray(skills) ? skills.map((s: { name: string }) => s.name) : skills).toEqual([
      'Inventory Management',
      'Order Entry Software',
      'Customer Service',
      'Data Analysis',
      'Shipping and Receiving Coordination',
      'Quality Control Checks',
    ]);
    expect(Array.isArray(skills) ? skills[5] : undefined).toEqual({
      name: 'Quality Control Checks',
      description: seedLine(file, 51).replace(/^Quality Control Checks: /, ''),
    });
  });

  it('extracts work environment and advancement paragraphs, and drops the trailing navigation', () => {
    expect(facts?.workEnvironment).toEqual([55, 57, 59, 61].map((n) => seedLine(file, n)));
    expect(facts?.advancement).toEqual([65, 67, 69].map((n) => seedLine(file, n)));
    const all = JSON.stringify(parse.observations);
    expect(all).not.toContain('Concrete Superintendent');
    expect(all).not.toContain('Back to Career Development');
  });

  it('extracts exactly these facts and recognises every line', () => {
    expect(Object.keys(facts ?? {}).sort()).toEqual(
      [
        'summary', 'duties', 'medianSalary', 'top10Salary', 'salaryFactors', 'outlook', 'educationRequirement',
        'experienceRequirement', 'certificationRequirement', 'skills', 'workEnvironment', 'advancement',
      ].sort(),
    );
    expect(parse.unrecognised).toEqual([]);
    expect(parse.diagnostics).toEqual([]);
  });
});
