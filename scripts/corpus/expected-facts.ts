/**
 * The profile facts an ingest should produce for a synthetic occupation,
 * written from the generator's own numbers (not from parsing its pages), so
 * a test can compare them with what the real pipeline extracted.
 */
import type { FactKey, FactValue } from '../../lib/profile-schema';
import { fromCents, fromTenths } from './format-values';
import type { SyntheticOccupation } from './synthetic-occupations';

export type ExpectedFacts = { [K in FactKey]?: FactValue<K> | null };

export function expectedFacts(o: SyntheticOccupation, on: { pairPage: boolean; article: boolean }): ExpectedFacts {
  const facts: ExpectedFacts = {};
  if (on.pairPage) {
    Object.assign(facts, {
      averageSalary: o.pay.averageSalary,
      hourlyRate: fromCents(o.pay.hourlyCents),
      salaryRange: o.pay.salaryRange,
      highestPayingCity: o.pay.highestPayingCity,
      highestPayingState: o.pay.highestPayingState,
      bestPayingCompany: o.pay.bestPayingCompany,
      bestPayingIndustry: o.pay.bestPayingIndustry,
      growthRate: o.market.growthRate,
      numberOfJobs: o.market.numberOfJobs,
      jobSatisfaction: o.market.jobSatisfaction,
      mostCommonDegree: o.education.degree,
      mostCommonMajor: o.education.major,
      mostCommonCollege: o.education.college,
      averageAge: o.people.averageAge,
      yearsOfExperience: o.people.yearsOfExperience,
      genderSplit: { male: fromTenths(o.people.maleTenths), female: fromTenths(1000 - o.people.maleTenths) },
      raceRatio: o.people.raceTenths.map((r) => ({ group: r.group, percent: fromTenths(r.tenths) })),
      lgbtPercentage: o.people.lgbtPercent,
      timeToBecome: o.timeToBecome,
      topSkills: o.topSkills,
      description: o.description,
    } satisfies ExpectedFacts);
  }
  if (on.article) {
    const { texts, median, top10, outlook, skills } = o.article;
    Object.assign(facts, {
      summary: texts.summary,
      duties: texts.duties,
      medianSalary: { yearly: median.yearly, hourly: fromCents(median.hourlyCents) },
      top10Salary: { yearly: top10.yearly, hourly: fromCents(top10.hourlyCents) },
      salaryFactors: texts.salaryFactors,
      outlook: { direction: outlook.direction, sentence: outlook.sentence, details: texts.outlookDetails },
      educationRequirement: texts.education,
      experienceRequirement: texts.experience,
      certificationRequirement: texts.certification,
      skills,
      workEnvironment: texts.workEnvironment,
      advancement: texts.advancement,
    } satisfies ExpectedFacts);
  }
  return facts;
}
