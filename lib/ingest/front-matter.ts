/**
 * Front matter: the YAML block a file may open with, in raw pages and
 * editorial files alike. Front matter is data, never code: gray-matter picks
 * a parser from the opening line ("---js" evaluates the block as JavaScript,
 * "---coffee" as CoffeeScript), so any language other than YAML is refused
 * with a clear error, and gray-matter is given no engine that could evaluate
 * anything.
 */
import matter from 'gray-matter';

class FrontMatterError extends Error {
  override name = 'FrontMatterError';
  /** File line the problem is on, when known. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** The YAML spellings gray-matter accepts after the opening "---" (none: YAML by default). */
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

function refuse(language: string): () => never {
  return () => {
    throw new FrontMatterError(`front matter in ${language} is not accepted: only YAML front matter is read`, 1);
  };
}

/** Every engine gray-matter could reach other than YAML, each replaced by a refusal. */
const NO_CODE_ENGINES = Object.fromEntries(
  ['javascript', 'js', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((name) => [name, { parse: refuse(name), stringify: refuse(name) }]),
);

/**
 * The language named on a front-matter opening line ("---js" → "js"), or
 * undefined when the text does not open front matter. As gray-matter reads
 * it: "---" then anything but a fourth "-", up to the end of the line.
 */
function frontMatterLanguage(text: string): string | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const end = text.search(/\r?\n/);
  if (end === -1) return undefined;
  return text.slice(3, end).trim().toLowerCase();
}

/** Why front matter in this language (frontMatterLanguage's answer) is refused; undefined for YAML or no front matter. */
function languageRefusal(language: string | undefined): string | undefined {
  if (language === undefined || YAML_LANGUAGES.has(language)) return undefined;
  // gray-matter would run these as code; anything else it cannot read at all.
  const runsCode = ['js', 'javascript', 'coffee', 'coffeescript', 'cson'].includes(language);
  return `front matter in "${language}" is not accepted: only YAML front matter is read${runsCode ? ` ("---${language}" would run the block as code)` : ''}`;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the block. */
  content: string;
}

/**
 * gray-matter restricted to YAML: the front matter's data and the content
 * after it. Throws FrontMatterError for another language, and js-yaml's
 * error (with its `mark`) for YAML that does not parse.
 */
export function readYamlFrontMatter(text: string): FrontMatter {
  const refusal = languageRefusal(frontMatterLanguage(text));
  if (refusal !== undefined) throw new FrontMatterError(refusal, 1);
  return parseYaml(text);
}

/** gray-matter on text whose front matter, if any, is YAML (checked by the caller). */
function parseYaml(text: string): FrontMatter {
  // Options turn off gray-matter's cache (it would keep every file in memory) and its code engines.
  const parsed = matter(text, { language: 'yaml', engines: NO_CODE_ENGINES });
  return { data: parsed.data, content: parsed.content };
}

/**
 * Front matter as scrapers write it, "source: <http(s) URL>", "scraped_at: <YYYY-MM-DD>" and
 * "crawler: nightly-7", read without gray-matter and js-yaml. Only a block whose every line is one
 * of these, each key at most once, with nothing YAML could read differently (no quotes, spaces,
 * '#', '!' or '*' in the URL; a word value that is not a YAML null or boolean), is read here;
 * anything else goes to gray-matter. The result is what gray-matter returns for such a block: the
 * URL as a string, the date as js-yaml's timestamp (UTC midnight via Date.UTC, so an impossible
 * date rolls over exactly as js-yaml's does), and the body after the closing delimiter line.
 */
const SIMPLE_SOURCE = /^source: (https?:\/\/[A-Za-z0-9\-._~/?=&%+]+)$/;
const SIMPLE_SCRAPED_AT = /^scraped_at: ([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
/** Any other key with a one-word value ("crawler: nightly-7"), which YAML reads as that string... */
const SIMPLE_WORD = /^([a-z][a-z0-9_]*): ([A-Za-z][A-Za-z0-9_-]*)$/;
/** ...unless the word is one of YAML's null or boolean spellings (js-yaml's core schema). */
const YAML_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

export function readSimpleFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---\n')) return undefined;
  // gray-matter: the block ends at the first "\n---" after the opening "---".
  const close = text.indexOf('\n---', 3);
  if (close <= 3) return undefined;
  const data: Record<string, unknown> = {};
  let start = 4;
  while (start <= close) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > close) end = close;
    const line = text.slice(start, end);
    start = end + 1;
    // A key given twice is an error in YAML: left to gray-matter, which reports it.
    const source = SIMPLE_SOURCE.exec(line);
    if (source) {
      if (Object.hasOwn(data, 'source')) return undefined;
      data.source = source[1];
      continue;
    }
    const date = SIMPLE_SCRAPED_AT.exec(line);
    if (date) {
      if (Object.hasOwn(data, 'scraped_at')) return undefined;
      data.scraped_at = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
      continue;
    }
    const word = SIMPLE_WORD.exec(line);
    const key = word?.[1];
    const value = word?.[2];
    if (key === undefined || value === undefined || YAML_WORDS.has(value) || Object.hasOwn(data, key)) return undefined;
    if (key === 'source' || key === 'scraped_at') return undefined;
    data[key] = value;
  }
  let content = text.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return { data, content };
}

/** The file line a js-yaml error points at, when it carries one. */
function yamlErrorLine(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'mark' in error) {
    const mark = error.mark;
    if (typeof mark === 'object' && mark !== null && 'line' in mark && typeof mark.line === 'number') {
      // js-yaml counts from 0 within the front matter, which starts on file line 2.
      return mark.line + 2;
    }
  }
  return undefined;
}

type PageFrontMatter = ({ ok: true } & FrontMatter) | { ok: false; message: string; line?: number };

/**
 * A page's front matter and the body after it (no front matter: no data, the whole text), or why
 * the front matter cannot be read: a language other than YAML, or YAML that does not parse.
 */
export function readPageFrontMatter(text: string): PageFrontMatter {
  const language = frontMatterLanguage(text);
  const refusal = languageRefusal(language);
  if (refusal !== undefined) return { ok: false, message: refusal, line: 1 };
  // Any YAML opening ("---", "---yaml", "---yml"; others were refused above) is read as front matter.
  if (language === undefined) return { ok: true, data: {}, content: text };
  try {
    return { ok: true, ...(readSimpleFrontMatter(text) ?? parseYaml(text)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `front matter is not valid YAML: ${reason}`, line: yamlErrorLine(error) };
  }
}

/**
 * The text after YAML-style front matter, if the text opens with some (as
 * gray-matter finds it: "---", then the block up to a line starting "---").
 * For telling HTML from plain text by how the page itself begins, before
 * the front matter is read.
 */
export function afterFrontMatter(text: string): string {
  if (!text.startsWith('---') || text.charAt(3) === '-') return text;
  const close = text.indexOf('\n---', 3);
  if (close === -1) return text;
  const lineEnd = text.indexOf('\n', close + 4);
  return lineEnd === -1 ? '' : text.slice(lineEnd + 1);
}
