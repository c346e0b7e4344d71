/**
 * Page titles, written from the data: "A vs B: salary, skills, education".
 * Titles keep the order the caller gives (the order the visitor asked for)
 * and carry no site name: the root layout's title template adds it.
 */
import type { Profile } from '../profile-schema';

type Topic = 'salary' | 'skills' | 'education';

function present(value: unknown): boolean {
  return value !== null && value !== undefined;
}

/** Which of the title's topics a profile has any figure for. */
function topicsOf(profile: Profile): Set<Topic> {
  const f = profile.facts;
  const topics = new Set<Topic>();
  if ([f.medianPay, f.averageSalary, f.medianSalary, f.hourlyRate, f.salaryRange, f.top10Salary].some((x) => present(x?.value))) topics.add('salary');
  if ([f.topSkills, f.skills].some((x) => present(x?.value))) topics.add('skills');
  if ([f.entryEducation, f.mostCommonDegree, f.educationRequirement, f.mostCommonMajor, f.mostCommonCollege].some((x) => present(x?.value))) {
    topics.add('education');
  }
  return topics;
}

/** ": salary, skills, education" naming only topics some side reports, so a title never promises a missing section. */
function topicSuffix(profiles: readonly Profile[], fallback: string): string {
  const have = new Set(profiles.flatMap((p) => [...topicsOf(p)]));
  const order: Topic[] = ['salary', 'skills', 'education'];
  const listed = order.filter((t) => have.has(t));
  return listed.length > 0 ? listed.join(', ') : fallback;
}

export function comparisonTitle(profiles: readonly Profile[]): string {
  return `${profiles.map((p) => p.title).join(' vs ')}: ${topicSuffix(profiles, 'career comparison')}`;
}

export function occupationTitle(profile: Profile): string {
  return `${profile.title}: ${topicSuffix([profile], 'career profile')}`;
}
