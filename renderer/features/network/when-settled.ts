// Runs a restyle once a zoom or pan gesture has ended: restyling names on every wheel step would
// redraw Cytoscape's cached layers each time and make the gesture stutter.
import type { Core } from 'cytoscape';

/** Quiet time after the last step of a gesture. */
export const SETTLE_MS = 150;

/** Calls `fn` when `events` have been quiet for SETTLE_MS; answers the function that stops it. */
export function whenSettled(cy: Core, events: string, fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onEvent = (): void => {
    clearTimeout(timer);
    timer = setTimeout(fn, SETTLE_MS);
  };
  cy.on(events, onEvent);
  return () => {
    clearTimeout(timer);
    cy.removeListener(events, onEvent);
  };
}
