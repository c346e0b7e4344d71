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
import type { HandbookPage } from './handbook-page';
import { industryTableIntro, parsePayCell, parseWageParagraph, specialtyWagesIntro, wageCaption, type Period, type WageParagraph } from './handbook-values';
import type { Block } from './tab-blocks';

type Paragraph = Extract<Block, { kind: 'paragraph' }>;
type Table = Extract<Block, { kind: 'table' }>;

/** The table right after a block (a sentence ending "were as follows:"), if nothing else comes between. */
function tableAfter(blocks: readonly Block[], index: number): Table | undefined {
  const next = blocks[index + 1];
  return next?.kind === 'table' ? next : undefined;
}

/** Rows of "name | amount" from a two-column table. */
function nameAmountRows(table: Table, period: Period) {
  const rows: { name: string; pay: NonNullable<ReturnType<typeof parsePayCell>>; node: Table['rows'][number]['element'] }[] = [];
  for (const row of table.rows) {
    const [name, amount] = row.cells;
    if (!name || !amount || row.cells.length !== 2) continue;
    const pay = parsePayCell(amount.text, period);
    if (pay && name.text !== '') rows.push({ name: name.text, pay, node: row.element });
  }
  return rows;
}

export interface PayContext {
  /** The Quick Facts median, to tell the occupation's own wage sentence from a specialty's. */
  quickFactsMedian: FactValue<'medianPay'> | null | undefined;
}

function samePay(a: WageParagraph, median: FactValue<'medianPay'> | null | undefined): boolean {
  const stated = a.period === 'year' ? median?.yearly : median?.hourly;
  return stated !== undefined && stated.amount === a.median.amount && stated.bound === a.median.bound;
}

export function readPay(page: HandbookPage, blocks: readonly Block[], context: PayContext): void {
  const used = new Set<Block>();
  let caption: ReturnType<typeof wageCaption>;
  let chartDone = false;
  const wages: { wage: WageParagraph; block: Paragraph }[] = [];
  const industryTables: { intro: NonNullable<ReturnType<typeof industryTableIntro>>; table: Table; block: Paragraph }[] = [];
  const details: Paragraph[] = [];

  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const captionHere = wageCaption(block.text);
      if (captionHere && !chartDone && block.text.length < 80) {
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
      if (specialtyIntro && table) {
        used.add(table);
        for (const row of nameAmountRows(table, specialtyIntro.period)) {
          const specialty = page.specialty(row.name, row.node);
          specialty.medianPay ??= { ...row.pay, ...(specialtyIntro.year ? { year: specialtyIntro.year } : {}) };
        }
        return;
      }
      const industryIntro = industryTableIntro(block.text);
      if (industryIntro && table) {
        used.add(table);
        industryTables.push({ intro: industryIntro, table, block });
        return;
      }
      details.push(block);
    } else if (block.kind === 'chart' && !chartDone) {
      chartDone = true;
      readChart(page, block, caption, context.quickFactsMedian);
    } else if (block.kind === 'table' && !used.has(block)) {
      for (const row of block.rows) page.unrecognised('pay table', row.cells.map((c) => c.text).join(' | '), row.element);
    }
  });

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
    const specialty = page.specialty(wage.subject, block.element);
    specialty.medianPay ??= { ...wage.median, period: wage.period, ...(wage.year ? { year: wage.year } : {}) };
    if (percentiles) specialty.wagePercentiles ??= percentiles;
  }

  for (const { intro, table, block } of industryTables) {
    const rows = nameAmountRows(table, intro.period);
    const mine = page.isAbout(intro.subject) || (own !== undefined && own.wage.subject === intro.subject);
    if (rows.length === 0) continue;
    const industryPay = {
      ...(intro.year ? { year: intro.year } : {}),
      period: intro.period,
      industries: rows.map((r) => ({ industry: r.name, pay: { amount: r.pay.amount, bound: r.pay.bound } })),
    };
    if (mine) page.observe('industryPay', industryPay, block.element);
    else page.specialty(intro.subject, block.element).industryPay ??= industryPay;
  }

  const [firstDetail] = details;
  if (firstDetail) page.observe('payDetails', details.map((d) => d.text), firstDetail.element);
}

/**
 * The bar chart of medians: the occupation's own bar, its group's, and all
 * occupations'. The bars come in either order; the occupation's own bar is
 * the one named for it or showing its Quick Facts median, and the group's
 * is read only once the occupation's own bar is known.
 */
function readChart(page: HandbookPage, chart: Extract<Block, { kind: 'chart' }>, caption: ReturnType<typeof wageCaption>, median: FactValue<'medianPay'> | null | undefined): void {
  if (!caption) return;
  const stated = caption.period === 'year' ? median?.yearly : median?.hourly;
  const bars = chart.bars.map((bar) => ({ ...bar, pay: parsePayCell(bar.value, caption.period), total: /^total,? all occupations$/i.test(bar.label) }));
  const own =
    bars.find((b) => !b.total && page.isAbout(b.label)) ??
    bars.find((b) => !b.total && stated !== undefined && b.pay?.amount === stated.amount && b.pay.bound === stated.bound);
  let group = false;
  for (const bar of bars) {
    if (bar === own || !bar.pay) continue;
    const total = bar.total;
    // One group per page, and only beside the occupation's own bar: otherwise which bar is which is a guess.
    if (!total && (group || !own)) continue;
    group ||= !total;
    const value = {
      ...(caption.year ? { year: caption.year } : {}),
      period: caption.period,
      title: bar.label,
      pay: { amount: bar.pay.amount, bound: bar.pay.bound },
    };
    page.observe(total ? 'allOccupationsMedianPay' : 'groupMedianPay', value, bar.element);
  }
}
