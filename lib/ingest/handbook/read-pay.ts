/**
 * The Pay section: the chart of medians (the occupation, its group, "Total,
 * all occupations"), the paragraph with the median and the 10th and 90th
 * percentiles, the median pay in the top industries, and, on pages that
 * cover several specialties, each specialty's wages.
 *
 * A wage sentence names whose wage it is. It is the occupation's when it
 * names the occupation, or when it is the page's only one and gives the
 * Quick Facts median; otherwise it belongs to a specialty, never to the
 * occupation as a whole.
 */
import type { FactValue } from '../../profile-schema';
import { sameWords, type HandbookPage } from './handbook-page';
import { industryTableIntro, parsePayCell, parseWageParagraph, specialtyWagesIntro, wageCaption, type DatedPeriod, type Period, type WageParagraph, type WagesIntro } from './handbook-values';
import { startsAfter, type Block, type Chart, type Paragraph, type Table } from './tab-blocks';

/** The table right after a block (a sentence ending "were as follows:"), if nothing else comes between, in the tree and in the file. */
function tableAfter(blocks: readonly Block[], index: number): Table | undefined {
  const block = blocks[index];
  const next = blocks[index + 1];
  return block && next?.kind === 'table' && startsAfter(next, block) ? next : undefined;
}

/**
 * Rows of "name | amount" from a two-column table; undefined unless every
 * complete row reads so. A table whose rows are not all pay (the employers'
 * "14" percent, after a lost </table> moved it here) is no pay table.
 */
function nameAmountRows(table: Table, period: Period) {
  const rows: { name: string; pay: NonNullable<ReturnType<typeof parsePayCell>>; node: Table['rows'][number]['element'] }[] = [];
  for (const row of table.rows) {
    const [name, amount] = row.cells;
    // A row without both cells is cut short (the end of a truncated file): it states nothing.
    if (!name || !amount || row.cells.length !== 2) continue;
    const pay = parsePayCell(amount.text, period);
    if (pay === null) continue;
    if (pay === undefined || name.text === '') return undefined;
    rows.push({ name: name.text, pay, node: row.element });
  }
  return rows.length > 0 ? rows : undefined;
}

interface PayContext {
  /** The Quick Facts median, to tell the occupation's own wage sentence from a specialty's. */
  quickFactsMedian: FactValue<'medianPay'> | null | undefined;
}

function samePay(a: WageParagraph, median: FactValue<'medianPay'> | null | undefined): boolean {
  const stated = a.period === 'year' ? median?.yearly : median?.hourly;
  return stated !== undefined && stated.amount === a.median.amount && stated.bound === a.median.bound;
}

export function readPay(page: HandbookPage, blocks: readonly Block[], context: PayContext): void {
  const used = new Set<Block>();
  let caption: DatedPeriod | undefined;
  const wages: { wage: WageParagraph; block: Paragraph }[] = [];
  const industryTables: { intro: WagesIntro; rows: NonNullable<ReturnType<typeof nameAmountRows>>; table: Table; block: Paragraph }[] = [];
  const details: Paragraph[] = [];
  // The section's first chart, read once the wage sentences are known: they name the specialties whose bars it also shows.
  let chart: { block: Chart; caption: DatedPeriod | undefined } | undefined;

  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const captionHere = wageCaption(block.text);
      if (captionHere && !chart && block.text.length < 80) {
        caption = captionHere;
        return;
      }
      if (block.classes.includes('footer') || /^note:/i.test(block.text)) return;
      const wage = parseWageParagraph(block.text);
      if (wage) {
        wages.push({ wage, block });
        return;
      }
      const specialtyIntro = specialtyWagesIntro(block.text);
      const table = tableAfter(blocks, index);
      const specialtyRows = specialtyIntro && table ? nameAmountRows(table, specialtyIntro.period) : undefined;
      // The specialties' wages ("Median annual wages for police and detectives … were as follows:") name this occupation's specialties.
      if (specialtyIntro && table && specialtyRows && page.isAbout(specialtyIntro.subject)) {
        used.add(table);
        for (const row of specialtyRows) {
          const specialty = page.specialty(row.name, row.node);
          specialty.medianPay ??= { ...row.pay, ...(specialtyIntro.year ? { year: specialtyIntro.year } : {}) };
        }
        return;
      }
      const industryIntro = industryTableIntro(block.text);
      const industryRows = industryIntro && table ? nameAmountRows(table, industryIntro.period) : undefined;
      if (industryIntro && table && industryRows) {
        used.add(table);
        industryTables.push({ intro: industryIntro, rows: industryRows, table, block });
        return;
      }
      // "… were as follows:" without its table (cut off, or not a pay table) introduces nothing: no pay detail, kept verbatim.
      if (specialtyIntro || industryIntro) {
        page.unrecognised('pay', block.text, block.element);
        return;
      }
      details.push(block);
    } else if (block.kind === 'chart' && !chart) {
      chart = { block, caption };
    } else if (block.kind === 'table' && !used.has(block)) {
      page.unrecognisedRows('pay table', block);
    }
  });

  if (chart) readChart(page, chart.block, chart.caption, context.quickFactsMedian, wages.map((w) => w.wage.subject));
  const own =
    wages.find((w) => page.isAbout(w.wage.subject)) ??
    (wages.length === 1 && wages[0] && samePay(wages[0].wage, context.quickFactsMedian) ? wages[0] : undefined);
  for (const entry of wages) {
    const { wage, block } = entry;
    const percentiles = wage.percentiles ? { ...(wage.year ? { year: wage.year } : {}), period: wage.period, ...wage.percentiles } : undefined;
    if (entry === own) {
      if (percentiles) page.observe('wagePercentiles', percentiles, block.element);
      continue;
    }
    // Another occupation's wage is a specialty's only if the page names that specialty (projections or specialties' wage table).
    const specialty = page.knownSpecialty(wage.subject);
    if (!specialty) {
      page.unrecognised('pay', block.text, block.element);
      continue;
    }
    specialty.medianPay ??= { ...wage.median, period: wage.period, ...(wage.year ? { year: wage.year } : {}) };
    if (percentiles) specialty.wagePercentiles ??= percentiles;
  }

  for (const { intro, rows, table, block } of industryTables) {
    const mine = page.isAbout(intro.subject) || (own !== undefined && own.wage.subject === intro.subject);
    const industryPay = {
      ...(intro.year ? { year: intro.year } : {}),
      period: intro.period,
      industries: rows.map((r) => ({ industry: r.name, pay: { amount: r.pay.amount, bound: r.pay.bound } })),
    };
    const specialty = mine ? undefined : page.knownSpecialty(intro.subject);
    if (mine) page.observe('industryPay', industryPay, block.element);
    else if (specialty) specialty.industryPay ??= industryPay;
    else {
      page.unrecognised('pay', block.text, block.element);
      page.unrecognisedRows('pay table', table);
    }
  }

  const [firstDetail] = details;
  if (firstDetail) page.observe('payDetails', details.map((d) => d.text), firstDetail.element);
}

/**
 * The bar chart of medians: the occupation's own bar, its group's, and all
 * occupations'; on a page covering several specialties, theirs too. The
 * bars come in any order; the occupation's own bar is the one named for it
 * or showing its Quick Facts median, a specialty's bar is named for one of
 * the page's specialties, and the group's is the one bar left, read only
 * when exactly one is left.
 */
function readChart(page: HandbookPage, chart: Chart, caption: DatedPeriod | undefined, median: FactValue<'medianPay'> | null | undefined, subjects: readonly string[]): void {
  if (!caption) return;
  const stated = caption.period === 'year' ? median?.yearly : median?.hourly;
  // Only named bars that read as pay (flatMap, so the type knows `pay` is there).
  const bars = chart.bars.flatMap((bar) => {
    const pay = parsePayCell(bar.value, caption.period);
    return bar.label !== '' && pay ? [{ ...bar, pay, total: /^total,? all occupations$/i.test(bar.label) }] : [];
  });
  const own =
    bars.find((b) => !b.total && page.isAbout(b.label)) ??
    bars.find((b) => !b.total && stated !== undefined && b.pay.amount === stated.amount && b.pay.bound === stated.bound);
  const specialty = (label: string) => page.knownSpecialty(label) !== undefined || subjects.some((s) => sameWords(s, label));
  const rest = bars.filter((b) => b !== own && !b.total && !specialty(b.label));
  const group = own !== undefined && rest.length === 1 ? rest[0] : undefined;
  let totalDone = false;
  for (const bar of bars) {
    if (!bar.total && bar !== group) continue;
    // One "Total, all occupations" bar: a second (two charts run together) would state it twice.
    if (bar.total && totalDone) continue;
    totalDone ||= bar.total;
    const value = {
      ...(caption.year ? { year: caption.year } : {}),
      period: caption.period,
      title: bar.label,
      pay: { amount: bar.pay.amount, bound: bar.pay.bound },
    };
    page.observe(bar.total ? 'allOccupationsMedianPay' : 'groupMedianPay', value, bar.element);
  }
}
