// Number and empty-value formatting shared by tables and drawers.
export const DASH = '—';

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toLocaleString(undefined, { maximumFractionDigits: digits });
}

export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined) return DASH;
  return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
}

export const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined || value.trim() === '' ? DASH : value;
