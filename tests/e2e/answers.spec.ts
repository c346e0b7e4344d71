/**
 * The answer first and the move, in Chromium, with JavaScript on and off: a
 * pair, the same pair reversed (the move flips), and a multi-compare that
 * answers as rankings. Screenshots at 375 and 1280 px are kept as artifacts.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshotTests } from '../helpers/page-screenshots';

const PAIR = '/compare/financial-analysts-vs-actuaries';
const REVERSED = '/compare/actuaries-vs-financial-analysts';
const MULTI = '/compare?o=dental-assistants&o=dental-hygienists&o=dentists&o=customer-service-specialist';

async function answers(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const topic of ['pay', 'demand', 'getting-in', 'skills']) out[topic] = (await page.locator(`.summary-${topic}`).innerText()).replace(/\s+/g, ' ').trim();
  return out;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a pair opens with the answers, then what moving from the first to the second takes', async ({ page }) => {
      expect((await page.goto(PAIR))?.status()).toBe(200);
      const said = await answers(page);
      expect(said.pay).toBe('PAY Actuaries earn more: $125,770 a year (median pay, 2024), $23,860 (23.4%) more than Financial Analysts at $101,910.');
      expect(said.demand).toContain('Actuaries have the faster projected job growth: +22% (projected 2024–34), against Financial Analysts +6%.');
      expect(said['getting-in']).toContain("typically need the same education to enter: a bachelor's degree.");
      expect(said.skills).toBe('SKILLS 4 skills are needed in both: analytical skills, communication skills, computer skills and math skills.');
      // What neither reports is named once, under the table that shows it: the key figures name their own.
      await expect(page.locator('#at-a-glance .not-reported-line')).toHaveText('Neither occupation reports: time to become, job satisfaction.');
      await expect(page.locator('#demographics .not-reported-line').first()).toHaveText('Neither occupation reports: gender, average age, LGBT share.');

      const move = page.locator('#move');
      await expect(move.getByRole('heading', { level: 2 })).toHaveText('Moving from Financial Analysts to Actuaries');
      await expect(move).toContainText('What it asks most: 2 skills to learn.');
      await expect(move).toContainText('Pay rises by $23,860 a year (+23.4%): from $101,910 to $125,770 a year (median pay, 2024).');
      await expect(move.locator('.skills-to-learn li')).toHaveCount(2);
      await expect(move.locator('.skills-to-learn')).toContainText('Interpersonal skills Actuaries serve as leaders and members of teams');
      await expect(move.locator('.stepping-stones').getByRole('link', { name: 'Financial Analysts vs Budget Analysts' })).toBeVisible();
    });

    test('the reversed pair reverses the move, and the swap link flips it back', async ({ page }) => {
      await page.goto(REVERSED);
      const move = page.locator('#move');
      await expect(move.getByRole('heading', { level: 2 })).toHaveText('Moving from Actuaries to Financial Analysts');
      await expect(move).toContainText('Pay falls by $23,860 a year (-19%): from $125,770 to $101,910 a year (median pay, 2024).');
      await move.getByRole('link', { name: 'Moving from Financial Analysts to Actuaries instead' }).click();
      await expect(page).toHaveURL(new RegExp(`${PAIR}#move$`));
      await expect(page.locator('#move').getByRole('heading', { level: 2 })).toHaveText('Moving from Financial Analysts to Actuaries');
    });

    test('three or four at once open with the answers as rankings', async ({ page }) => {
      expect((await page.goto(MULTI))?.status()).toBe(200);
      const pay = page.locator('.ranking-pay');
      await expect(pay.getByRole('heading')).toHaveText('Highest pay median pay, 2024');
      await expect(pay.getByRole('listitem')).toHaveText(['Dentists $179,210 a year', 'Dental Hygienists $94,260 a year', 'Dental Assistants $47,300 a year']);
      await expect(pay).toContainText('Not ranked: Customer Service Specialist (average salary $33,238 a year: a different measure).');
      await expect(page.locator('.ranking-way-in').getByRole('listitem')).toHaveText([
        'Dental Assistants Postsecondary nondegree award',
        "Dental Hygienists Associate's degree",
        'Dentists Doctoral or professional degree',
      ]);
      await expect(page.locator('.ranking-growth').getByRole('listitem').first()).toContainText('Dental Hygienists');
      await expect(page.locator('.ranking-skills').getByRole('listitem')).toHaveCount(4);
      // No move for more than two.
      await expect(page.locator('#move')).toHaveCount(0);
    });
  });
}

test('the description and the share image lead with the same answer', async ({ page, request }) => {
  await page.goto('/compare/dental-assistants-vs-dental-hygienists');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    "Dental Hygienists earn 99.3% more than Dental Assistants: $94,260 against $47,300 a year (median pay, 2024). To switch: an associate's degree, one level up.",
  );
  const image = await request.get('/compare/dental-assistants-vs-dental-hygienists/opengraph-image');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});

screenshotTests([
  ['answers-pair', PAIR],
  ['answers-reversed', REVERSED],
  ['answers-multi', MULTI],
]);
