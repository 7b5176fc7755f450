// The network page's "draw a link" mode: its state, the L / Esc keys, the canvas binding while it is
// on, and the look-up of links that already join the chosen supplier and buyer. The page renders
// DrawLinkButton and DrawLinkPanel with what this returns, and leaves firm clicks to it while active.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

import { call } from '../../../api.js';
import { useReadOnly } from '../../../app/use-read-only.js';
import { isTextEntry } from '../../../components/undo/undo-shortcut.js';
import type { CanvasHandle } from '../NetworkCanvas.js';
import type { NetworkAnswer } from '../use-network.js';
import { bindDrawLink } from './draw-link-canvas.js';
import {
  chosenSupplier,
  DRAW_OFF,
  drawLinkStep,
  type DrawEvent,
  type DrawState,
} from './draw-link-state.js';

export type DrawLink = {
  state: DrawState;
  /** The mode is on: clicks on firms pick the link's ends instead of opening the drawer. */
  active: boolean;
  /** The mode can be switched on: a writable workspace and firms on the canvas. */
  available: boolean;
  readOnly: boolean;
  dispatch: (event: DrawEvent) => void;
};

export function useDrawLink(
  canvas: RefObject<CanvasHandle | null>,
  answer: NetworkAnswer | undefined,
): DrawLink {
  const readOnly = useReadOnly();
  const available = !readOnly && answer !== undefined && answer.firmCount > 0;
  const [state, setState] = useState<DrawState>(DRAW_OFF);
  // Read by the stable dispatch, so listeners bound once always see the current flag.
  const canDraw = useRef(available);
  useLayoutEffect(() => {
    canDraw.current = available;
  });
  const dispatch = useCallback((event: DrawEvent) => {
    setState((s) => drawLinkStep(s, event, { canDraw: canDraw.current }));
  }, []);

  // Adjusted while rendering (React's way to follow a prop): turning read-only (a refused write
  // re-reads the workspace) or an empty canvas ends the mode, and a redrawn picture (a group
  // opened, a filter changed) clears a refusal it made out of date.
  const [seen, setSeen] = useState({ available, answer });
  if (seen.available !== available || seen.answer !== answer) {
    setSeen({ available, answer });
    setState((s) => drawLinkStep(s, { type: 'redrawn' }, { canDraw: available }));
  }
  const active = state.step !== 'off';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTextEntry(e.target)) return;
      if (e.key === 'Escape') dispatch({ type: 'escape' });
      else if (e.key.toLowerCase() === 'l') dispatch({ type: 'toggle' });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [dispatch]);

  // Bound again whenever the picture is redrawn (elements replaced) or the supplier changes. The
  // canvas's own effects run before this one, so the new elements are already there to ring.
  const supplierId = chosenSupplier(state)?.id ?? null;
  useEffect(() => {
    if (!active) return;
    const view = canvas.current?.view();
    if (!view) return;
    const node = supplierId === null ? null : `f:${String(supplierId)}`;
    const binding = bindDrawLink(view.cy, node, dispatch);
    return () => {
      binding.destroy();
    };
  }, [active, supplierId, answer, canvas, dispatch]);

  // Links from this supplier to this buyer, read from the buyer's own suppliers (every link, not
  // only those the current filter draws). A failed look-up opens the form: its save still warns.
  const checking = state.step === 'checking' ? state : null;
  useEffect(() => {
    if (!checking) return;
    let current = true;
    call('enterprise:get', { id: checking.buyer.id }).then(
      (detail) => {
        const links = detail.suppliers.filter((l) => l.firm.id === checking.supplier.id);
        if (current) dispatch({ type: 'checked', links });
      },
      () => {
        if (current) dispatch({ type: 'checked', links: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [checking, dispatch]);

  return { state, active, available, readOnly, dispatch };
}
