import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, parseSiteUrl, SiteUrlError, siteUrl } from '@/lib/seo/site-url';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the public site URL', () => {
  it('defaults to http://localhost:3000 when SITE_URL is unset or blank', () => {
    expect(DEFAULT_SITE_URL).toBe('http://localhost:3000');
    expect(siteUrl({})).toBe('http://localhost:3000');
    expect(siteUrl({ SITE_URL: '' })).toBe('http://localhost:3000');
    expect(siteUrl({ SITE_URL: '   ' })).toBe('http://localhost:3000');
  });

  it('reads SITE_URL from the environment by default', () => {
    vi.stubEnv('SITE_URL', 'https://careers.example.com/');
    expect(siteUrl()).toBe('https://careers.example.com');
  });

  it('strips trailing slashes, normalises the host and the default port, keeps a path prefix', () => {
    expect(parseSiteUrl('https://Careers.Example.COM/')).toBe('https://careers.example.com');
    expect(parseSiteUrl('https://careers.example.com:443')).toBe('https://careers.example.com');
    expect(parseSiteUrl('http://127.0.0.1:8080//')).toBe('http://127.0.0.1:8080');
    expect(parseSiteUrl(' https://example.com/careers/ ')).toBe('https://example.com/careers');
  });

  it.each([
    ['example.com', 'is not an absolute URL'],
    ['/just/a/path', 'is not an absolute URL'],
    ['ftp://example.com', 'uses ftp, not http or https'],
    ['javascript:alert(1)', 'uses javascript, not http or https'],
    ['https://user:secret@example.com', 'must not contain credentials'],
    ['https://example.com/?ref=x', 'must not contain a query'],
    ['https://example.com/#top', 'must not contain a fragment'],
    ['https://example.com?', 'must not contain a query'],
  ])('rejects %j with a clear error', (value, why) => {
    expect(() => parseSiteUrl(value)).toThrow(SiteUrlError);
    expect(() => parseSiteUrl(value)).toThrow(`SITE_URL ${JSON.stringify(value)} ${why}; expected an absolute URL such as https://example.com`);
  });

  it('a bad SITE_URL fails when read, not silently', () => {
    expect(() => siteUrl({ SITE_URL: 'not a url' })).toThrow(SiteUrlError);
  });
});

describe('absoluteUrl', () => {
  it('joins the base and a site path with exactly one slash', () => {
    expect(absoluteUrl('/compare/customer-service-specialist-vs-order-processing-specialist', 'https://example.com')).toBe(
      'https://example.com/compare/customer-service-specialist-vs-order-processing-specialist',
    );
    expect(absoluteUrl('/', 'https://example.com')).toBe('https://example.com/');
    expect(absoluteUrl('/occupations/order-processor', 'https://example.com/careers')).toBe('https://example.com/careers/occupations/order-processor');
    expect(absoluteUrl('/compare?o=a&o=b', 'https://example.com')).toBe('https://example.com/compare?o=a&o=b');
  });

  it('uses SITE_URL when no base is given', () => {
    vi.stubEnv('SITE_URL', 'https://careers.example.com/');
    expect(absoluteUrl('/occupations/order-processor')).toBe('https://careers.example.com/occupations/order-processor');
  });

  it('refuses paths that would leave the site', () => {
    expect(() => absoluteUrl('occupations/x', 'https://example.com')).toThrow(TypeError);
    expect(() => absoluteUrl('//evil.example/x', 'https://example.com')).toThrow(TypeError);
    expect(() => absoluteUrl('https://evil.example/x', 'https://example.com')).toThrow(TypeError);
  });
});
