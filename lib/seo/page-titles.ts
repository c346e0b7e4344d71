/**
 * Page titles, written from the data: "A vs B: salary, skills, education".
 * Titles keep the order the caller gives (the order the visitor asked for)
 * and carry no site name: the root layout's title template adds it.
 */
import { hasValue } from '../compare/reported';
import type { FactKey, Profile } from '../profile-schema';

type Topic = 'salary' | 'skills' | 'education';

/** The facts that let a title promise each topic. */
const TOPIC_FACTS: readonly [Topic, readonly FactKey[]][] = [
  ['salary', ['medianPay', 'averageSalary', 'medianSalary', 'hourlyRate', 'salaryRange', 'top10Salary']],
  ['skills', ['topSkills', 'skills']],
  ['education', ['entryEducation', 'mostCommonDegree', 'educationRequirement', 'mostCommonMajor', 'mostCommonCollege']],
];

/** ": salary, skills, education" naming only topics some side reports, so a title never promises a missing section. */
function topicSuffix(profiles: readonly Profile[], fallback: string): string {
  const listed = TOPIC_FACTS.filter(([, keys]) => profiles.some((p) => keys.some((key) => hasValue(p, key)))).map(([topic]) => topic);
  return listed.length > 0 ? listed.join(', ') : fallback;
}

export function comparisonTitle(profiles: readonly Profile[]): string {
  return `${profiles.map((p) => p.title).join(' vs ')}: ${topicSuffix(profiles, 'career comparison')}`;
}

export function occupationTitle(profile: Profile): string {
  return `${profile.title}: ${topicSuffix([profile], 'career profile')}`;
}
