// The steps of drawing a supply link on the network view, as a pure function of the state and what
// the user did: pick the supplier, then the buyer, look for links already joining the two, then the
// link form. Refusals (the same firm twice, a group) keep the step and say why; read-only ends it.
import type { LinkWithFirm } from '../../../../shared/ipc/contract.js';

export type DrawFirm = { id: number; name: string };

/** Why a click did not pick a firm; the screen words each kind. */
export type DrawRefusal =
  | { kind: 'self'; name: string }
  | { kind: 'collapsedGroup'; name: string }
  | { kind: 'expandedGroup'; name: string };

export type DrawState =
  | { step: 'off' }
  | { step: 'supplier'; refusal: DrawRefusal | null }
  | { step: 'buyer'; supplier: DrawFirm; refusal: DrawRefusal | null }
  /** Asking the workspace for links that already go from supplier to buyer. */
  | { step: 'checking'; supplier: DrawFirm; buyer: DrawFirm }
  /** Links already join the two: edit one of them, or add another (a second product, segment). */
  | { step: 'existing'; supplier: DrawFirm; buyer: DrawFirm; links: LinkWithFirm[] }
  /** The link form is open: a new link (edit null) or one of the existing ones. */
  | { step: 'form'; supplier: DrawFirm; buyer: DrawFirm; edit: LinkWithFirm | null };

export type DrawEvent =
  | { type: 'toggle' }
  | { type: 'escape' }
  | { type: 'tapFirm'; firm: DrawFirm }
  | { type: 'tapGroup'; name: string; collapsed: boolean }
  | { type: 'tapBackground' }
  /** The network was drawn again (a group opened, a filter changed): an old refusal no longer applies. */
  | { type: 'redrawn' }
  /** The links found from supplier to buyer (the buyer's suppliers that are this supplier). */
  | { type: 'checked'; links: LinkWithFirm[] }
  | { type: 'editExisting'; link: LinkWithFirm }
  | { type: 'addAnother' }
  /** The existing-links question or the form closed, saved or not: ready for the next link. */
  | { type: 'closed' };

/** canDraw: the workspace is writable and firms are on the canvas. */
export type DrawContext = { canDraw: boolean };

export const DRAW_OFF: DrawState = { step: 'off' };

type Picking = Extract<DrawState, { step: 'supplier' | 'buyer' }>;
const picking = (s: DrawState): s is Picking => s.step === 'supplier' || s.step === 'buyer';

/** The next state; the same object when the event changes nothing. */
export function drawLinkStep(state: DrawState, event: DrawEvent, ctx: DrawContext): DrawState {
  // Nothing to draw on, or nothing may be written: the mode cannot start and ends if it was on.
  if (!ctx.canDraw) return state.step === 'off' ? state : DRAW_OFF;
  switch (event.type) {
    case 'toggle':
      if (state.step === 'off') return { step: 'supplier', refusal: null };
      // While the question or the form is open, it is theirs to close.
      return picking(state) ? DRAW_OFF : state;
    case 'escape':
      return picking(state) ? DRAW_OFF : state;
    case 'tapFirm':
      if (state.step === 'supplier') return { step: 'buyer', supplier: event.firm, refusal: null };
      if (state.step !== 'buyer') return state;
      if (event.firm.id === state.supplier.id)
        return { ...state, refusal: { kind: 'self', name: event.firm.name } };
      return { step: 'checking', supplier: state.supplier, buyer: event.firm };
    case 'tapGroup': {
      const kind = event.collapsed ? 'collapsedGroup' : 'expandedGroup';
      const refusal: DrawRefusal = { kind, name: event.name };
      if (state.step === 'supplier') return { step: 'supplier', refusal };
      return state.step === 'buyer' ? { ...state, refusal } : state;
    }
    case 'tapBackground':
      // A click on empty canvas lets go of the chosen supplier (and clears any refusal).
      return picking(state) ? { step: 'supplier', refusal: null } : state;
    case 'redrawn':
      return picking(state) && state.refusal !== null ? { ...state, refusal: null } : state;
    case 'checked':
      if (state.step !== 'checking') return state;
      return event.links.length === 0
        ? { step: 'form', supplier: state.supplier, buyer: state.buyer, edit: null }
        : { step: 'existing', supplier: state.supplier, buyer: state.buyer, links: event.links };
    case 'editExisting':
      if (state.step !== 'existing') return state;
      return { step: 'form', supplier: state.supplier, buyer: state.buyer, edit: event.link };
    case 'addAnother':
      if (state.step !== 'existing') return state;
      return { step: 'form', supplier: state.supplier, buyer: state.buyer, edit: null };
    case 'closed':
      return state.step === 'form' || state.step === 'existing' || state.step === 'checking'
        ? { step: 'supplier', refusal: null }
        : state;
  }
}

/** The supplier to highlight on the canvas, if one is chosen. */
export function chosenSupplier(state: DrawState): DrawFirm | null {
  return state.step === 'off' || state.step === 'supplier' ? null : state.supplier;
}
