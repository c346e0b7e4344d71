/**
 * Prints Lighthouse's four category scores for a page of the running site.
 *
 *   npm run lighthouse -- [URL]
 *
 * Default URL: a scraped pair page on http://localhost:3000 (start the site
 * with `npm start` first).
 */
import { CATEGORIES, runLighthouse } from './lib/run-lighthouse';

const url = process.argv[2] ?? 'http://localhost:3000/compare/order-processing-specialist-vs-customer-service-specialist';

const { scores, failing } = await runLighthouse(url);
console.log(`Lighthouse (mobile, default config): ${url}`);
for (const category of CATEGORIES) console.log(`  ${category.padEnd(15)} ${scores[category]}`);
if (failing.length > 0) {
  console.log('Audits below full marks:');
  for (const f of failing) console.log(`  [${f.category}] ${f.id}: ${f.title}`);
}
