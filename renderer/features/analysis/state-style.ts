// Colours of the four segment states (shared by the analysis views; the chain map may reuse them).
import type { SegmentState } from '../../../shared/analysis/schemas.js';

export const STATE_COLOR: Record<SegmentState, string> = {
  missing: 'red',
  broken: 'volcano',
  weak: 'gold',
  strong: 'green',
};

export const pctText = (rate: number | null): string =>
  rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
