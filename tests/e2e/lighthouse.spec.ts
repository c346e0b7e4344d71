import { expect, test } from '@playwright/test';
import { runLighthouse } from '../../scripts/measure/lib/run-lighthouse';

test('Lighthouse scores a pair page 100 for SEO, accessibility and best practices', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { scores, failing } = await runLighthouse(`${baseURL}/compare/order-processing-specialist-vs-customer-service-specialist`);
  test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify(scores) });
  expect({ seo: scores.seo, failing: failing.filter((f) => f.category === 'seo') }).toEqual({ seo: 100, failing: [] });
  expect(scores.accessibility).toBe(100);
  expect(scores['best-practices']).toBe(100);
});
