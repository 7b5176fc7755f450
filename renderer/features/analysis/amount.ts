// Amounts on the Analysis page: always with thousands separators and their unit (万元), so 1200 never
// reads as 1,200 yuan; the same grouping the Excel report uses.
import { amount } from '../../../shared/analysis/format.js';

/** (12345.6, '万元') → '12,345.6 万元'; null → '—'. */
export const amountText = (v: number | null, unit: string): string =>
  v === null ? '—' : `${amount(v)} ${unit}`;
