// Number formatting for the explanations the analysis writes (deterministic, no locale data needed).

/** 0.6 → '60.0%'; null → '—'. */
export const pct = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** 12345.678 → '12,345.68' (at most two decimals, trailing zeros dropped). */
export function amount(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Division that says "no data" instead of NaN. */
export const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
