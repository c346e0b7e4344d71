import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Profile } from '@/lib/profile-schema';
import {
  breadcrumbJsonLd,
  comparisonPageJsonLd,
  occupationJsonLd,
  occupationPageJsonLd,
  serializeJsonLd,
  type JsonLdValue,
} from '@/lib/seo/json-ld';
import { emptyProfile, seedProfile } from '../helpers/seed-profiles';

const BASE = 'https://careers.example.com';
const urlOf = (slug: string) => `${BASE}/occupations/${slug}`;

/** The nodes of a page's @graph, checked to be objects. */
function graphOf(ld: { readonly [key: string]: JsonLdValue }): Record<string, unknown>[] {
  return z.array(z.record(z.string(), z.unknown())).parse(ld['@graph']);
}

/** Every key path whose value is null, undefined or a non-finite number. */
function badValues(value: unknown, path = '$'): string[] {
  if (value === null || value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v: unknown, i: number) => badValues(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => badValues(v, `${path}.${k}`));
  return [];
}

describe('occupationJsonLd', () => {
  it('Order Processor (career article): median and top-10% pay as a distribution, requirements as text', () => {
    const ld = occupationJsonLd(seedProfile('order-processor'), urlOf('order-processor'));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      '@id': `${BASE}/occupations/order-processor#occupation`,
      name: 'Order Processor',
      url: `${BASE}/occupations/order-processor`,
      estimatedSalary: [{ '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 41475, percentile90: 60500 }],
      skills: ['Inventory Management', 'Order Entry Software', 'Customer Service', 'Data Analysis', 'Shipping and Receiving Coordination', 'Quality Control Checks'],
      qualifications: 'No specific certifications or licenses are typically required for the job of an Order Processor.',
    });
    expect(ld.description).toMatch(/^The Order Processor plays an integral role within the supply chain/);
    expect(ld.educationRequirements).toMatch(/^An Order Processor typically holds a high school diploma/);
    expect(ld.experienceRequirements).toMatch(/^Order Processors typically have experience in customer service or logistics/);
    expect(ld.responsibilities).toEqual(seedProfile('order-processor').facts.duties?.value);
    // Nothing the page does not give: no average, no category, no location, no alternate names.
    expect(Object.keys(ld).sort()).toEqual(
      ['@context', '@id', '@type', 'description', 'educationRequirements', 'estimatedSalary', 'experienceRequirements', 'name', 'qualifications', 'responsibilities', 'skills', 'url'].sort(),
    );
  });

  it('Order Processing Specialist (comparison pages): the average and range as a yearly MonetaryAmount', () => {
    const ld = occupationJsonLd(seedProfile('order-processing-specialist'), urlOf('order-processing-specialist'));
    expect(ld.estimatedSalary).toEqual([
      {
        '@type': 'MonetaryAmount',
        name: 'average',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', value: 37540, minValue: 26000, maxValue: 52000, unitText: 'YEAR' },
      },
    ]);
    expect(ld.skills).toEqual(['Customer service', 'Data entry', 'Purchase orders']);
    // A most-common degree is what workers hold, and is worded as that.
    expect(ld.educationRequirements).toBe("Most common degree: Bachelor's Degree (39% of workers)");
    expect(ld.description).toMatch(/^An order processing specialist is a business administrator/);
    // "Years of experience: 2" is not an entry requirement, so it is not claimed as one.
    expect(ld).not.toHaveProperty('experienceRequirements');
    expect(ld).not.toHaveProperty('responsibilities');
  });

  it('a profile with nothing reported has only its identity, and no nulls anywhere', () => {
    const ld = occupationJsonLd(emptyProfile('alpha', 'Alpha'), urlOf('alpha'));
    expect(ld).toEqual({ '@context': 'https://schema.org', '@type': 'Occupation', '@id': `${urlOf('alpha')}#occupation`, name: 'Alpha', url: urlOf('alpha') });
  });

  it('facts the pages marked "-" (null) are left out, not written as null', () => {
    const withNulls: Profile = {
      ...emptyProfile('beta', 'Beta'),
      facts: {
        averageSalary: { value: null, sources: [{ file: 'b.txt', lines: [3] }] },
        medianSalary: { value: { yearly: 50000, hourly: null }, sources: [{ file: 'b.txt', lines: [4] }] },
        mostCommonDegree: { value: { level: 'Associate Degree', percent: null }, sources: [{ file: 'b.txt', lines: [5] }] },
        educationRequirement: { value: null, sources: [{ file: 'b.txt', lines: [6] }] },
      },
    };
    const ld = occupationJsonLd(withNulls, urlOf('beta'));
    expect(ld.estimatedSalary).toEqual([{ '@type': 'MonetaryAmountDistribution', name: 'base', currency: 'USD', duration: 'P1Y', median: 50000 }]);
    expect(ld.educationRequirements).toBe('Most common degree: Associate Degree');
    expect(badValues(ld)).toEqual([]);
  });

  it('every seed profile gives JSON-LD with no null, undefined or NaN', () => {
    for (const slug of ['collections-customer-service', 'customer-relations-specialist', 'customer-service-specialist', 'lead-customer-service-representative', 'order-processing-specialist', 'order-processor']) {
      expect(badValues(occupationJsonLd(seedProfile(slug), urlOf(slug))), slug).toEqual([]);
    }
  });

  it('other title forms, an occupational category from front matter, and a country when the caller knows it', () => {
    const base = seedProfile('customer-service-specialist');
    const profile: Profile = {
      ...base,
      titles: ['Customer Service Specialist', 'Customer Service Specialists'],
      sources: [{ file: 'a.txt', format: 'pair-page', meta: { soc_code: 43 } }, { file: 'b.txt', format: 'pair-page', meta: { soc_code: ' 43-4051 ' } }],
    };
    const ld = occupationJsonLd(profile, urlOf(base.slug), { country: 'United States' });
    expect(ld.alternateName).toEqual(['Customer Service Specialists']);
    expect(ld.occupationalCategory).toBe('43-4051');
    expect(ld.occupationLocation).toEqual({ '@type': 'Country', name: 'United States' });
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 and links all that have a URL', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: `${BASE}/` },
        { name: 'Order Processor', url: urlOf('order-processor') },
        { name: 'Order Processor vs Customer Service Specialist' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${BASE}/` },
        { '@type': 'ListItem', position: 2, name: 'Order Processor', item: urlOf('order-processor') },
        { '@type': 'ListItem', position: 3, name: 'Order Processor vs Customer Service Specialist' },
      ],
    });
  });
});

describe('page graphs', () => {
  const pageUrl = `${BASE}/compare/customer-service-specialist-vs-order-processing-specialist`;
  const breadcrumbs = [{ name: 'Home', url: `${BASE}/` }, { name: 'Order Processing Specialist vs Customer Service Specialist', url: pageUrl }];

  it('a comparison page: a WebPage about both Occupations, with its BreadcrumbList, linked by @id', () => {
    const ld = comparisonPageJsonLd({
      url: pageUrl,
      name: 'Order Processing Specialist vs Customer Service Specialist: salary, skills, education',
      description: 'Order Processing Specialist earns more.',
      occupations: [
        { profile: seedProfile('order-processing-specialist'), url: urlOf('order-processing-specialist') },
        { profile: seedProfile('customer-service-specialist'), url: urlOf('customer-service-specialist') },
      ],
      breadcrumbs,
    });
    expect(ld['@context']).toBe('https://schema.org');
    const graph = graphOf(ld);
    expect(graph.map((n) => n['@type'])).toEqual(['WebPage', 'Occupation', 'Occupation', 'BreadcrumbList']);
    const [page, a, b, crumbs] = graph;
    expect(page).toMatchObject({
      '@id': pageUrl,
      url: pageUrl,
      name: 'Order Processing Specialist vs Customer Service Specialist: salary, skills, education',
      description: 'Order Processing Specialist earns more.',
      about: [{ '@id': `${urlOf('order-processing-specialist')}#occupation` }, { '@id': `${urlOf('customer-service-specialist')}#occupation` }],
      breadcrumb: { '@id': `${pageUrl}#breadcrumb` },
    });
    expect(a).toMatchObject({ '@id': `${urlOf('order-processing-specialist')}#occupation`, name: 'Order Processing Specialist' });
    expect(b).toMatchObject({ '@id': `${urlOf('customer-service-specialist')}#occupation`, name: 'Customer Service Specialist' });
    expect(crumbs).toMatchObject({ '@id': `${pageUrl}#breadcrumb`, itemListElement: [{ position: 1 }, { position: 2 }] });
    // Nodes inside a graph carry no @context of their own.
    for (const node of graph) expect(node).not.toHaveProperty('@context');
    expect(badValues(ld)).toEqual([]);
  });

  it('an occupation page: the WebPage whose main entity is the Occupation; no breadcrumbs, no breadcrumb node', () => {
    const url = urlOf('order-processor');
    const ld = occupationPageJsonLd({ url, name: 'Order Processor: salary, skills, education', profile: seedProfile('order-processor') });
    const graph = graphOf(ld);
    expect(graph.map((n) => n['@type'])).toEqual(['WebPage', 'Occupation']);
    expect(graph[0]).toEqual({ '@type': 'WebPage', '@id': url, url, name: 'Order Processor: salary, skills, education', mainEntity: { '@id': `${url}#occupation` } });
    expect(graph[1]).toMatchObject({ '@id': `${url}#occupation` });
  });
});

describe('serializeJsonLd', () => {
  const UNSAFE = /[<>&\u2028\u2029]/;

  it('scraped text that tries to close the script tag stays inside the JSON string', () => {
    const hostile = emptyProfile('evil', 'Evil</script><script>alert("x")</script><!-- & \u2028\u2029 &amp;');
    const ld = occupationJsonLd(hostile, `${BASE}/occupations/evil?a=1&b=<2>`);
    const out = serializeJsonLd(ld);
    expect(out).not.toMatch(UNSAFE);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(out).toContain('Evil\\u003c/script\\u003e\\u003cscript\\u003ealert(\\"x\\")\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u0026amp;');
    expect(JSON.parse(out)).toEqual(ld);
  });

  it('escapes keys too, and leaves ordinary text as JSON.stringify writes it', () => {
    const value: JsonLdValue = { '<k>': ['a&b', 1, true, { nested: '\u2028' }], plain: 'Résumé – “quoted” 😀' };
    const out = serializeJsonLd(value);
    expect(out).toBe('{"\\u003ck\\u003e":["a\\u0026b",1,true,{"nested":"\\u2028"}],"plain":"Résumé – “quoted” 😀"}');
    expect(JSON.parse(out)).toEqual(value);
  });

  it('property: any string round-trips and no unsafe character survives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (key, text) => {
        const value: JsonLdValue = { [key]: [text, { name: `${text}</script>` }] };
        const out = serializeJsonLd(value);
        expect(out).not.toMatch(UNSAFE);
        expect(JSON.parse(out)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
