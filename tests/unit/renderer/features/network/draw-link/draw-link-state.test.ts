// Drawing a link on the network view, step by step as a user clicks: supplier, buyer, the check for
// links already there, the form; the refusals a user would otherwise be puzzled by (the same firm
// twice, a group), Esc and L, and read-only or an empty canvas ending the mode.
import { describe, expect, it } from 'vitest';

import {
  chosenSupplier,
  DRAW_OFF,
  drawLinkStep,
  type DrawEvent,
  type DrawState,
} from '../../../../../../renderer/features/network/draw-link/draw-link-state.js';
import type { LinkWithFirm } from '../../../../../../shared/ipc/contract.js';

const KOMATSU = { id: 7, name: '小松（山东）工程机械有限公司' };
const DAHE = { id: 12, name: '济宁大和油缸有限公司' };
const can = { canDraw: true };
const run = (events: DrawEvent[], ctx = can, from: DrawState = DRAW_OFF): DrawState =>
  events.reduce((s, e) => drawLinkStep(s, e, ctx), from);

const existing: LinkWithFirm = {
  id: 99,
  supplierId: DAHE.id,
  buyerId: KOMATSU.id,
  product: '液压油缸',
  segmentId: null,
  amount: 1200,
  share: null,
  source: 'verified',
  yearFrom: 2020,
  yearTo: null,
  firm: { id: DAHE.id, name: DAHE.name, isLocal: true },
  segmentName: null,
};

describe('draw-a-link steps', () => {
  it('picks the supplier, then the buyer, and opens a new link form when none joins them', () => {
    const picking = run([{ type: 'toggle' }]);
    expect(picking).toEqual({ step: 'supplier', refusal: null });
    const buyer = run([{ type: 'tapFirm', firm: DAHE }], can, picking);
    expect(buyer).toEqual({ step: 'buyer', supplier: DAHE, refusal: null });
    expect(chosenSupplier(buyer)).toEqual(DAHE);
    const checking = run([{ type: 'tapFirm', firm: KOMATSU }], can, buyer);
    expect(checking).toEqual({ step: 'checking', supplier: DAHE, buyer: KOMATSU });
    expect(run([{ type: 'checked', links: [] }], can, checking)).toEqual({
      step: 'form',
      supplier: DAHE,
      buyer: KOMATSU,
      edit: null,
    });
  });

  it('refuses the supplier as its own buyer and keeps the supplier chosen', () => {
    const s = run([
      { type: 'toggle' },
      { type: 'tapFirm', firm: DAHE },
      { type: 'tapFirm', firm: DAHE },
    ]);
    expect(s).toEqual({
      step: 'buyer',
      supplier: DAHE,
      refusal: { kind: 'self', name: DAHE.name },
    });
    // Another firm then is taken as the buyer.
    expect(run([{ type: 'tapFirm', firm: KOMATSU }], can, s).step).toBe('checking');
  });

  it('refuses a collapsed group (expand it first) and an open group, at either end', () => {
    const collapsed = run([
      { type: 'toggle' },
      { type: 'tapGroup', name: '高端装备（40 家）', collapsed: true },
    ]);
    expect(collapsed).toEqual({
      step: 'supplier',
      refusal: { kind: 'collapsedGroup', name: '高端装备（40 家）' },
    });
    const open = run(
      [
        { type: 'tapFirm', firm: DAHE },
        { type: 'tapGroup', name: '医养健康（9 家）', collapsed: false },
      ],
      can,
      collapsed,
    );
    expect(open).toEqual({
      step: 'buyer',
      supplier: DAHE,
      refusal: { kind: 'expandedGroup', name: '医养健康（9 家）' },
    });
    // The group opening redraws the network: the refusal is out of date, the supplier stays.
    expect(run([{ type: 'redrawn' }], can, open)).toEqual({
      step: 'buyer',
      supplier: DAHE,
      refusal: null,
    });
  });

  it('offers the links already there: edit one, or add another', () => {
    const asked = run([
      { type: 'toggle' },
      { type: 'tapFirm', firm: DAHE },
      { type: 'tapFirm', firm: KOMATSU },
      { type: 'checked', links: [existing] },
    ]);
    expect(asked).toEqual({ step: 'existing', supplier: DAHE, buyer: KOMATSU, links: [existing] });
    expect(run([{ type: 'editExisting', link: existing }], can, asked)).toMatchObject({
      step: 'form',
      edit: existing,
    });
    expect(run([{ type: 'addAnother' }], can, asked)).toMatchObject({ step: 'form', edit: null });
    expect(run([{ type: 'closed' }], can, asked)).toEqual({ step: 'supplier', refusal: null });
  });

  it('after the form closes (saved or cancelled) waits for the next supplier', () => {
    const s = run([
      { type: 'toggle' },
      { type: 'tapFirm', firm: DAHE },
      { type: 'tapFirm', firm: KOMATSU },
      { type: 'checked', links: [] },
      { type: 'closed' },
    ]);
    expect(s).toEqual({ step: 'supplier', refusal: null });
  });

  it('leaves with Esc or L while picking, but not while the form or question is open', () => {
    const buyer = run([{ type: 'toggle' }, { type: 'tapFirm', firm: DAHE }]);
    expect(run([{ type: 'escape' }], can, buyer)).toBe(DRAW_OFF);
    expect(run([{ type: 'toggle' }], can, buyer)).toBe(DRAW_OFF);
    const form = run(
      [
        { type: 'tapFirm', firm: KOMATSU },
        { type: 'checked', links: [] },
      ],
      can,
      buyer,
    );
    // Esc there is the dialog's: it closes the form, which then reports 'closed'.
    expect(run([{ type: 'escape' }], can, form)).toBe(form);
    expect(run([{ type: 'toggle' }], can, form)).toBe(form);
    // Firm clicks behind an open dialog change nothing.
    expect(run([{ type: 'tapFirm', firm: DAHE }], can, form)).toBe(form);
  });

  it('a click on empty canvas lets go of the supplier', () => {
    const s = run([{ type: 'toggle' }, { type: 'tapFirm', firm: DAHE }, { type: 'tapBackground' }]);
    expect(s).toEqual({ step: 'supplier', refusal: null });
    expect(chosenSupplier(s)).toBeNull();
  });

  it('cannot start on a read-only workspace or an empty canvas, and ends when either happens', () => {
    const blocked = { canDraw: false };
    expect(run([{ type: 'toggle' }], blocked)).toBe(DRAW_OFF);
    const buyer = run([{ type: 'toggle' }, { type: 'tapFirm', firm: DAHE }]);
    expect(run([{ type: 'redrawn' }], blocked, buyer)).toBe(DRAW_OFF);
    expect(run([{ type: 'tapFirm', firm: KOMATSU }], blocked, buyer)).toBe(DRAW_OFF);
  });

  it('ignores a stale look-up answer once the user has moved on', () => {
    const picking = run([{ type: 'toggle' }]);
    expect(run([{ type: 'checked', links: [existing] }], can, picking)).toBe(picking);
  });
});
