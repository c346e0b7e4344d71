/**
 * Collect: one profile per occupation from its draft, once every page is in:
 * editorial files claim their drafts, each fact is resolved from its readings
 * (resolve-conflicts.ts), and the profile is parsed by the profile schema. A
 * value that fails its fact's schema is kept aside, verbatim, with a warning;
 * it never becomes a fact.
 */
import type { FactKey, FactSource, SourcePage } from '../profile-schema';
import { bySlug, compareCodeUnits } from '../sort-order';
import { slugForKey } from '../text/slug';
import { claimDrafts } from './editorial-claims';
import type { Editorial } from './load-editorial';
import type { AcceptedPage, OccupationDraft, OccupationDrafts, PageUnrecognised } from './occupation-drafts';
import { pageOrigin } from './page-date';
import type { Conflict, Diagnostic } from './report-schema';
import { FACT_KEYS, mergeReadings, type Merged } from './resolve-conflicts';
import { byFileThenLine } from './source-order';
import { stableStringify } from './stable-json';
import { ValidatedProfile } from './validated-output';

export interface Collected {
  profiles: ValidatedProfile[];
  conflicts: Conflict[];
  /** Observations whose value failed the profile schema: kept aside, never written as facts. */
  diagnostics: Diagnostic[];
  /** Unrecognised text that belongs to no single occupation. */
  pageUnrecognised: PageUnrecognised[];
}

/** The profiles, parsed by ProfileSchema (by slug), with every conflict and every value kept aside. */
export function collectProfiles(drafts: OccupationDrafts, editorial: readonly Editorial[] = []): Collected {
  const diagnostics: Diagnostic[] = [];
  const conflicts: Conflict[] = [];
  const profiles: ValidatedProfile[] = [];
  const slugOwners = new Map<string, string>();
  for (const { draft, edit, aliases } of claimDrafts(drafts.sorted(), editorial, diagnostics)) {
    profiles.push(buildProfile(draft, edit, aliases, slugOwners, conflicts, diagnostics));
  }
  profiles.sort(bySlug);
  return { profiles, conflicts, diagnostics, pageUnrecognised: drafts.pageUnrecognised() };
}

/** One occupation's profile from its draft: merged facts (conflicts noted, bad values kept aside), sources, titles. */
function buildProfile(
  draft: OccupationDraft,
  edit: Editorial | undefined,
  aliases: string[],
  slugOwners: Map<string, string>,
  conflicts: Conflict[],
  diagnostics: Diagnostic[],
): ValidatedProfile {
  const title = edit?.title ?? chooseTitle(draft.titleForms);
  const slug = edit?.slug ?? slugForKey(draft.key);
  const owner = slugOwners.get(slug);
  if (owner !== undefined) {
    // slugForKey is one-to-one by construction and editorial slugs claim their drafts; reaching this is a bug.
    throw new Error(`slug "${slug}" would name both "${owner}" and "${draft.key}"`);
  }
  slugOwners.set(slug, draft.key);

  const pageOf = (file: string) => draft.pages.get(file);
  const merge = (checked: ReadonlySet<FactKey>) => {
    const merged: { field: FactKey; result: Merged }[] = [];
    for (const field of FACT_KEYS) {
      const readings = draft.readings.get(field);
      if (readings) merged.push({ field, result: mergeReadings(field, readings, pageOf, checked.has(field)) });
    }
    return merged;
  };
  const profileOf = (merged: readonly { field: FactKey; result: Merged }[]) => {
    const facts: Record<string, { value: unknown; sources: FactSource[] }> = {};
    const unrecognised = [...draft.unrecognised];
    for (const { field, result } of merged) {
      if (result.fact) facts[field] = result.fact;
      for (const { reading } of result.rejected) {
        unrecognised.push({ label: field, text: stableStringify(reading.value), source: { file: reading.file, line: reading.line } });
      }
    }
    const titles = [...draft.titleForms.keys()].sort();
    return ValidatedProfile.safeParse({
      slug,
      title,
      titles: titles.length > 0 ? titles : [title],
      facts,
      sources: [...draft.pages.values()].sort((a, b) => compareCodeUnits(a.file, b.file)).map(sourcePage),
      unrecognised: unrecognised.sort((a, b) => byFileThenLine(a.source, b.source)),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(edit?.introduction ? { introduction: edit.introduction } : {}),
    });
  };

  // Values nearly always pass their schema, so the profile is parsed as merged; only when some
  // fact's value fails are that fact's values checked one by one (a bad one must not win).
  let merged = merge(new Set());
  let parsed = profileOf(merged);
  if (!parsed.success) {
    const { issues } = parsed.error;
    const failing = new Set(FACT_KEYS.filter((k) => issues.some((i) => i.path[0] === 'facts' && i.path[1] === k)));
    if (failing.size === 0) throw new Error(`profile "${slug}" is invalid: ${parsed.error.message}`);
    merged = merge(failing);
    parsed = profileOf(merged);
    if (!parsed.success) throw new Error(`profile "${slug}" is invalid: ${parsed.error.message}`);
  }
  for (const { field, result } of merged) {
    for (const { reading, reason } of result.rejected) {
      diagnostics.push({ file: reading.file, line: reading.line, severity: 'warning', code: 'unparsed-value', message: `${field} of ${title}: ${reason}; kept verbatim` });
    }
    if (result.conflict) conflicts.push({ occupation: slug, field, ...result.conflict });
  }
  return parsed.data;
}

/** A page as a profile lists it among its sources. */
function sourcePage(page: AcceptedPage): SourcePage {
  return {
    file: page.file,
    format: page.format,
    ...pageOrigin(page),
    ...(Object.keys(page.meta).length > 0 ? { meta: page.meta } : {}),
  };
}

/** The title form most pages use in their headers; ties go to the alphabetically first. */
function chooseTitle(forms: Map<string, Set<string>>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, files] of [...forms.entries()].sort((a, b) => compareCodeUnits(a[0], b[0]))) {
    if (files.size > bestCount) {
      best = form;
      bestCount = files.size;
    }
  }
  return best;
}
