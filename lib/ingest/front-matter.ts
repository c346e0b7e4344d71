/**
 * Front matter is data, never code. gray-matter picks a parser from the
 * opening line ("---js" evaluates the block as JavaScript, "---coffee" as
 * CoffeeScript), so a scraped page or an editorial file could run code
 * during the ingest. Only YAML is read here, in raw pages and editorial
 * files alike: any other language is refused with a clear error, and
 * gray-matter is given no engine that could evaluate anything.
 */
import matter from 'gray-matter';

export class FrontMatterError extends Error {
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
export function frontMatterLanguage(text: string): string | undefined {
  if (!text.startsWith('---') || text.charAt(3) === '-') return undefined;
  const end = text.search(/\r?\n/);
  if (end === -1) return undefined;
  return text.slice(3, end).trim().toLowerCase();
}

/** Throws FrontMatterError when the text opens front matter in a language other than YAML. */
export function assertYamlFrontMatter(text: string): void {
  const language = frontMatterLanguage(text);
  if (language !== undefined && !YAML_LANGUAGES.has(language)) {
    // gray-matter would run these as code; anything else it cannot read at all.
    const runsCode = ['js', 'javascript', 'coffee', 'coffeescript', 'cson'].includes(language);
    throw new FrontMatterError(
      `front matter in "${language}" is not accepted: only YAML front matter is read${runsCode ? ` ("---${language}" would run the block as code)` : ''}`,
      1,
    );
  }
}

/**
 * gray-matter restricted to YAML: the front matter's data and the content
 * after it. Throws FrontMatterError for another language, and js-yaml's
 * error (with its `mark`) for YAML that does not parse.
 */
export function readYamlFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  assertYamlFrontMatter(text);
  // Options turn off gray-matter's cache (it would keep every file in memory) and its code engines.
  const parsed = matter(text, { language: 'yaml', engines: NO_CODE_ENGINES });
  return { data: parsed.data, content: parsed.content };
}
