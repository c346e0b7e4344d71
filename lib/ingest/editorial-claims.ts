/**
 * Editorial files claim drafts: by an alias title's identity, or by the slug
 * the draft would otherwise get (the file's own slug or an alias slug). The
 * drafts one file claims become one occupation under the file's slug, and
 * every slug they would have had becomes an alias that redirects to it.
 */
import { slugForKey } from '../text/slug';
import type { Editorial } from './load-editorial';
import { mergeDrafts, type OccupationDraft } from './occupation-drafts';
import { identityKey } from './occupation-identity';
import type { Diagnostic } from './report-schema';

interface ClaimedDraft {
  draft: OccupationDraft;
  edit?: Editorial;
  aliases: string[];
}

export function claimDrafts(drafts: readonly OccupationDraft[], editorial: readonly Editorial[], diagnostics: Diagnostic[]): ClaimedDraft[] {
  if (editorial.length === 0) return drafts.map((draft) => ({ draft, aliases: [] }));
  const byKey = new Map<string, Editorial>();
  const bySlug = new Map<string, Editorial>();
  for (const edit of editorial) {
    for (const title of edit.aliasTitles) if (!byKey.has(identityKey(title))) byKey.set(identityKey(title), edit);
    for (const slug of [edit.slug, ...edit.aliasSlugs]) if (!bySlug.has(slug)) bySlug.set(slug, edit);
  }
  const claimed = new Map<Editorial, OccupationDraft[]>();
  const out: ClaimedDraft[] = [];
  for (const draft of drafts) {
    const edit = bySlug.get(slugForKey(draft.key)) ?? byKey.get(draft.key);
    if (!edit) {
      out.push({ draft, aliases: [] });
      continue;
    }
    const list = claimed.get(edit) ?? [];
    list.push(draft);
    claimed.set(edit, list);
  }
  for (const edit of editorial) {
    const group = claimed.get(edit);
    if (!group) {
      diagnostics.push({ file: edit.file, severity: 'warning', code: 'unmatched-editorial', message: `no scraped occupation has the slug "${edit.slug}", an alias slug or an alias title of this file; it was not used` });
      continue;
    }
    const merged = mergeDrafts(group);
    const aliases = new Set(edit.aliasSlugs);
    for (const d of group) aliases.add(slugForKey(d.key));
    aliases.delete(edit.slug);
    out.push({ draft: merged, edit, aliases: [...aliases].sort() });
  }
  return out;
}
