/**
 * The occupations a Handbook page lists as similar, matched to the site's
 * own occupations: by the link's address (the page the link points to is
 * one of ours when one of our profiles was read from it), else by a title
 * one of our occupations goes by. Never by resemblance: an unmatched similar
 * occupation stays unmatched.
 */
import { identityKey } from '../ingest/occupation-identity';
import type { FactValue, Profile } from '../profile-schema';

type Similar = FactValue<'similarOccupations'>[number];

/** An address as compared here: no fragment, no "www.", no trailing slash, host in lower case. */
function addressKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    u.hash = '';
    return `${u.protocol}//${u.host.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return undefined;
  }
}

export class SimilarOccupationMatcher {
  readonly #byAddress = new Map<string, string>();
  readonly #byTitle = new Map<string, string>();

  constructor(profiles: Iterable<Profile>) {
    for (const p of profiles) {
      for (const s of p.sources) {
        const key = s.url ? addressKey(s.url) : undefined;
        if (key && !this.#byAddress.has(key)) this.#byAddress.set(key, p.slug);
      }
      for (const t of [p.title, ...p.titles]) {
        const key = identityKey(t);
        if (!this.#byTitle.has(key)) this.#byTitle.set(key, p.slug);
      }
    }
  }

  /** Our slug for a similar occupation, or undefined when we have no page for it. */
  slugFor(similar: Pick<Similar, 'title' | 'url'>): string | undefined {
    const address = similar.url ? addressKey(similar.url) : undefined;
    return (address ? this.#byAddress.get(address) : undefined) ?? this.#byTitle.get(identityKey(similar.title));
  }

  /** The slugs of the similar occupations a profile lists that we have, in its order, without itself. */
  similarSlugs(profile: Profile): string[] {
    const out: string[] = [];
    for (const s of profile.facts.similarOccupations?.value ?? []) {
      const slug = this.slugFor(s);
      if (slug && slug !== profile.slug && !out.includes(slug)) out.push(slug);
    }
    return out;
  }
}

