/**
 * Detect format: which known page format a loaded page is, from its content
 * alone (never its file name). Plain text is a comparison page or a
 * career-guide article; HTML is an Occupational Outlook Handbook profile.
 * Formats are tried most specific first.
 */
import type { PageFormat } from '../profile-schema';
import { textOf } from './html/html-document';
import { looksLikeHandbookPage, parseHandbookPage } from './handbook/parse-handbook-page';
import type { LoadedPage } from './load-page';
import type { PageParse } from './page-parse';
import { looksLikeArticle, parseArticlePage } from './parse-article-page';
import { looksLikePairPage, parsePairPage } from './parse-pair-page';
import type { Diagnostic } from './report-schema';

interface RecognisedPage {
  format: PageFormat;
  parse: () => PageParse;
}

const TEXT_FORMATS = [
  { format: 'career-article', detect: looksLikeArticle, parse: parseArticlePage },
  { format: 'pair-page', detect: looksLikePairPage, parse: parsePairPage },
] as const;

export function recognisePage(page: LoadedPage): RecognisedPage | undefined {
  if (page.markup === 'html') {
    const { document } = page;
    if (!looksLikeHandbookPage(document)) return undefined;
    return { format: 'handbook-profile', parse: () => parseHandbookPage(document, page.url) };
  }
  const spec = TEXT_FORMATS.find((f) => f.detect(page.lines));
  return spec ? { format: spec.format, parse: () => spec.parse(page) } : undefined;
}

/** Why a page is of no known format, in words that help whoever saved it. */
function unknownFormatMessage(page: LoadedPage): string {
  if (page.markup === 'text') {
    return 'unknown page format: neither a comparison page (a table headed by occupation titles) nor a "What Does an X Do?" article';
  }
  const titleElement = page.document.elements('title')[0];
  const title = titleElement ? textOf(titleElement).slice(0, 120) : '';
  const named = title ? ` "${title}"` : '';
  const errorLike = /\b(?:not found|404|403|error|access denied|forbidden|sign in|log ?in|unavailable|captcha|just a moment)\b/i.test(title);
  return errorLike
    ? `unknown page format: HTML page${named} looks like a saved error or login page, not an occupation profile`
    : `unknown page format: HTML page${named} is not an Occupational Outlook Handbook occupation profile (no Quick Facts table and no profile sections)`;
}

type ParsedPage = { ok: true; format: PageFormat; parse: PageParse } | { ok: false; format: PageFormat | null; diagnostic: Diagnostic };

/** The page's format and parse, or why it is rejected: no known format, or a format but no occupation named. */
export function parsePage(page: LoadedPage): ParsedPage {
  const recognised = recognisePage(page);
  if (!recognised) {
    return { ok: false, format: null, diagnostic: { file: page.file, line: page.firstLine, severity: 'error', code: 'unknown-format', message: unknownFormatMessage(page) } };
  }
  const { format } = recognised;
  const parse = recognised.parse();
  if (parse.titles.length > 0) return { ok: true, format, parse };
  const reason = parse.diagnostics.find((d) => d.code === 'no-occupations');
  const message = reason?.message ?? `no occupation titles found in this ${format}`;
  return { ok: false, format, diagnostic: { file: page.file, line: reason?.line ?? page.firstLine, severity: 'error', code: 'no-occupations', message } };
}
