/**
 * Editorial files: content/occupations/<slug>.md. The file name is the slug
 * an occupation is published under; the front matter can set its display
 * title and aliases (earlier slugs that must keep working, and other scraped
 * titles to merge into it); the Markdown body is its introduction.
 *
 *   ---
 *   title: Order Processor
 *   aliases:
 *     slugs: [order-processing-clerk]
 *     titles: [Order Processing Clerk, Order Entry Processor]
 *   ---
 *   Order processors turn purchase orders into shipments…
 */
import { z } from 'zod';
import { Slug, SLUG_PATTERN, Text } from '../profile-schema';
import { bySlug } from '../sort-order';
import { readYamlFrontMatter, type FrontMatter } from './front-matter';
import type { Diagnostic } from './report-schema';

const EditorialFrontMatter = z
  .object({
    title: Text.optional(),
    aliases: z
      .object({ slugs: z.array(Slug).default([]), titles: z.array(Text).default([]) })
      .strict()
      .default({ slugs: [], titles: [] }),
  })
  .strict();

export interface Editorial {
  /** The published slug: the file name without ".md". */
  slug: string;
  file: string;
  title?: string;
  aliasSlugs: string[];
  aliasTitles: string[];
  introduction?: string;
}

export interface EditorialInput {
  file: string;
  read: () => string;
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ');
}

/** Reads every editorial file; a bad one is reported and skipped, never fatal. */
export function loadEditorial(inputs: Iterable<EditorialInput>): { entries: Editorial[]; diagnostics: Diagnostic[] } {
  const entries: Editorial[] = [];
  const diagnostics: Diagnostic[] = [];
  const bad = (file: string, message: string) => diagnostics.push({ file, severity: 'error', code: 'bad-editorial', message });
  for (const { file, read } of inputs) {
    const name = file.replace(/^.*[\\/]/, '');
    const slug = name.replace(/\.md$/, '');
    if (!name.endsWith('.md') || !SLUG_PATTERN.test(slug)) {
      bad(file, `editorial file names are <slug>.md with a slug of lower-case letters, digits and single hyphens; "${name}" is not`);
      continue;
    }
    let parsed: FrontMatter;
    try {
      // YAML only: "---js" front matter would otherwise run as code.
      parsed = readYamlFrontMatter(read());
    } catch (error) {
      bad(file, `unreadable front matter: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const front = EditorialFrontMatter.safeParse(parsed.data);
    if (!front.success) {
      bad(file, `invalid front matter: ${describe(front.error)}`);
      continue;
    }
    const introduction = parsed.content.trim();
    entries.push({
      slug,
      file,
      ...(front.data.title ? { title: front.data.title } : {}),
      aliasSlugs: front.data.aliases.slugs.filter((s) => s !== slug),
      aliasTitles: front.data.aliases.titles,
      ...(introduction ? { introduction } : {}),
    });
  }
  return { entries: entries.sort(bySlug), diagnostics };
}
