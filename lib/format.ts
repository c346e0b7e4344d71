/** Display formatting shared by pages; en-US because the data is US pay. */
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatMoney(value: number): string {
  return dollars.format(value);
}
