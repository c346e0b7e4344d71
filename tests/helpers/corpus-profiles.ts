/** A corpus's profile by slug, for tests: a missing profile fails the test, naming the profiles there are. */
import type { Profile } from '@/lib/profile-schema';

export function profileOf<P extends Profile>(corpus: { readonly profiles: readonly P[] }, slug: string): P {
  const profile = corpus.profiles.find((p) => p.slug === slug);
  if (!profile) throw new Error(`no profile ${slug}; have ${corpus.profiles.map((p) => p.slug).join(', ')}`);
  return profile;
}
