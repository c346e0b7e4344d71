/**
 * Lighthouse against a running site, in the system's Chromium (no browser
 * download). Used by `npm run lighthouse` and by the e2e suite.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Audits that did not pass, for explaining a score below 100. */
  failing: { category: Category; id: string; title: string }[];
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Runs Lighthouse's default (mobile) configuration on one URL. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    const scores = { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 };
    const failing: LighthouseResult['failing'] = [];
    for (const category of CATEGORIES) {
      const c = lhr.categories[category];
      scores[category] = Math.round((c?.score ?? 0) * 100);
      for (const ref of c?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push({ category, id: ref.id, title: audit.title });
      }
    }
    return { scores, failing };
  } finally {
    chrome.kill();
  }
}
