import type { SourceNumbering } from '@/lib/compare/source-numbering';
import { formatChange, formatCount, formatHourly, formatMedianPay, formatMoney, formatProjectedGrowth, formatSpan } from '@/lib/format';
import { factRow } from './fact-row';
import type { FactRow } from './facts-table';

/**
 * Rows the key figures share with the pay and outlook sections, so a figure
 * has one label, one source note and one rendering wherever it appears.
 */

/** "429,000 (2024)". */
export function countInYear(v: { count: number; year: number }): string {
  return `${formatCount(v.count)} (${v.year})`;
}

export function medianPayRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'medianPay', 'Median pay', (v) => `${formatMedianPay(v)}${v.year ? ` (${v.year})` : ''}`, 'Occupational Outlook Handbook');
}

export function averageSalaryRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'averageSalary', 'Average salary', formatMoney, 'comparison pages');
}

export function hourlyRateRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'hourlyRate', 'Hourly rate', formatHourly, 'average, comparison pages');
}

export function jobsRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'employment', 'Jobs', countInYear, 'Occupational Outlook Handbook');
}

export function numberOfJobsRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'numberOfJobs', 'Number of jobs', formatCount, 'comparison pages');
}

export function projectedGrowthRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'projectedGrowth', 'Projected job growth', (v) => `${formatProjectedGrowth(v)}, ${formatSpan(v)}`, 'Occupational Outlook Handbook');
}

export function growthRateRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'growthRate', 'Job growth', formatChange, 'comparison pages, period not stated');
}

export function annualOpeningsRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'annualOpenings', 'Openings each year', formatCount, 'projected, on average, Occupational Outlook Handbook');
}

/** The Handbook's own words for the three directions ("little or no change", not "stable"). */
const OUTLOOK_WORDS = { grow: 'Growing', stable: 'Little or no change', decline: 'Declining' } as const;

export function outlookRow(numbering: SourceNumbering): FactRow {
  return factRow(numbering, 'outlook', 'Outlook', (o) => OUTLOOK_WORDS[o.direction]);
}
