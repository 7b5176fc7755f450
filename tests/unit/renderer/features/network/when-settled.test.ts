// A restyle after a gesture: once when the steps have been quiet for a moment, not on every step, and
// never after the view is gone.
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SETTLE_MS, whenSettled } from '../../../../../renderer/features/network/when-settled.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('whenSettled', () => {
  it('runs once after the last of many zoom steps, and not after it is stopped', () => {
    vi.useFakeTimers();
    const cy = cytoscape({ headless: true });
    const fn = vi.fn();
    const stop = whenSettled(cy, 'zoom', fn);
    for (let i = 0; i < 5; i++) {
      cy.emit('zoom');
      vi.advanceTimersByTime(SETTLE_MS - 1);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    cy.emit('zoom');
    stop();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    cy.emit('zoom');
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
